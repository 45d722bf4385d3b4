// Only the tests use our constants now, so the dependency came in the test scope, and they compile.
def test = new File(basedir, 'src/test/java/org/example/only/ClientTest.java').text
assert test.contains('assertEquals(HttpStatusCodes.OK, connection.getResponseCode());')
assert new File(basedir, 'target/test-classes/org/example/only/ClientTest.class').isFile()

def pom = new groovy.xml.XmlSlurper().parse(new File(basedir, 'pom.xml'))
def compat = pom.dependencies.dependency.find { it.artifactId.text() == 'http-status-client-compat' }
assert compat.version.text() == projectVersion
assert compat.scope.text() == 'test'
// The check failed on the literal before the migration, for that reason, and passed after it.
def log = new File(basedir, 'build.log').text
assert log.contains('src/test/java/org/example/only/ClientTest.java') : 'the failing check names the file'
assert log.contains('BUILD FAILURE') && log.contains('BUILD SUCCESS')
// The review marked the range the migration left, in its patch, and changed no file.
def patch = new File(basedir, 'target/rewrite/rewrite.patch').text
assert patch.contains('connection.getResponseCode() >= /*~~(a bound of a range of statuses') : patch
assert test.contains('connection.getResponseCode() >= 500;')
return true
