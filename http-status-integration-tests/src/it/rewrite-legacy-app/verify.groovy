// The migrated application prints exactly what the legacy one printed, no migrated status constant
// is left, the literals that stand for a status became constants, and the dependency was added.
def before = new File(basedir, 'before.txt').text
def after = new File(basedir, 'after.txt').text
assert before.readLines().size() == 22 : "before.txt:\n${before}"
assert after == before

def patch = new File(basedir, 'target/rewrite/rewrite.patch')
assert patch.isFile() && patch.text.contains('+import io.github.httpstatus.client.HttpStatusCodes;')

def sources = new File(basedir, 'src/main/java/org/example/legacy')
def code = sources.listFiles().findAll { it.name.endsWith('.java') }.collectEntries { [(it.name): it.text] }
def leftOver = code.values().collect { (it =~ /\b(HTTP|SC)_[A-Z_]+\b/).collect { it[0] } }.flatten() as Set
// The project's own constants, HttpCore 5's class marker, and the codes IANA never registered.
assert leftOver == ['HTTP_OK', 'SC_NOT_FOUND', 'SC_SERVER_ERROR', 'SC_METHOD_FAILURE',
                    'SC_INSUFFICIENT_SPACE_ON_RESOURCE'] as Set : "left over: ${leftOver}"
assert code['LoopbackServer.java'].contains('exchange.sendResponseHeaders(HttpStatusCodes.NO_CONTENT, -1);')
assert code['Clients.java'].contains('case HttpStatusCodes.TOO_MANY_REQUESTS:')
assert code['Clients.java'].contains('case 499:')
assert code['Legacy.java'].contains('int timeout = 404;')
// Where a static import of ours would be shadowed, or an import of ours would hide the project's own
// HttpStatusCodes, the constant is qualified instead.
assert code['Shadowing.java'].contains('return code == HttpStatusCodes.OK ? OK : FAILED;')
assert code['OwnCodes.java'].contains('if (code == io.github.httpstatus.client.HttpStatusCodes.CREATED) {')
assert code['HttpStatusCodes.java'].contains('static boolean isSuccess(int code)')

def pom = new groovy.xml.XmlSlurper().parse(new File(basedir, 'pom.xml'))
def compat = pom.dependencies.dependency.find { it.artifactId.text() == 'http-status-client-compat' }
assert compat.groupId.text() == 'io.github.httpstatus' && compat.version.text() == projectVersion
assert compat.scope.text() == 'provided' : 'after.txt came from a run without it'
return true
