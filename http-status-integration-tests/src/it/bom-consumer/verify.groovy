// The consumer ran, and the BOM brought it our two modules' versions and nothing else.
def log = new File(basedir, 'build.log').text
assert log.contains('consumer: 499 is treated as Bad Request; 62 codes')

def pom = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/effective-pom.xml'))
def managed = pom.dependencyManagement.dependencies.dependency.collect { "${it.groupId}:${it.artifactId}:${it.version}".toString() }
assert managed as Set == ["io.github.httpstatus:http-status-core:${projectVersion}".toString(),
                          "io.github.httpstatus:http-status-client-compat:${projectVersion}".toString()] as Set
def repositories = pom.repositories.repository.collect { it.id.text() }
assert repositories.every { it == 'central' || it == 'local.it' } : "the BOM brought repositories: ${repositories}"
def dependencies = pom.dependencies.dependency.collect { "${it.groupId}:${it.artifactId}".toString() }
assert dependencies == ['io.github.httpstatus:http-status-core', 'io.github.httpstatus:http-status-client-compat']
return true
