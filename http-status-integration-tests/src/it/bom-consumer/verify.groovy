// The consumer ran, and the BOM brought it our modules' versions and nothing else. BomIT checks
// that the BOM manages exactly the published modules.
def log = new File(basedir, 'build.log').text
assert log =~ /consumer: 499 is treated as Bad Request; responses\(\) has a phrase for each of the \d+ codes/

def pom = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/effective-pom.xml'))
def managed = pom.dependencyManagement.dependencies.dependency.collect { "${it.groupId}:${it.artifactId}:${it.version}".toString() }
assert managed.every { it ==~ /io\.github\.httpstatus:http-status-[a-z-]+:${java.util.regex.Pattern.quote(projectVersion)}/ } : "the BOM brought ${managed}"
assert managed.containsAll(["io.github.httpstatus:http-status-core:${projectVersion}".toString(),
                            "io.github.httpstatus:http-status-client-compat:${projectVersion}".toString()])
def repositories = pom.repositories.repository.collect { it.id.text() }
assert repositories.every { it == 'central' || it == 'local.it' } : "the BOM brought repositories: ${repositories}"
def dependencies = pom.dependencies.dependency.collect { "${it.groupId}:${it.artifactId}".toString() }
assert dependencies == ['io.github.httpstatus:http-status-core', 'io.github.httpstatus:http-status-client-compat']
return true
