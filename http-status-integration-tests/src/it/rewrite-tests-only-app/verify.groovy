// Only the tests use our constants now, so the dependency came in the test scope, and they compile.
def test = new File(basedir, 'src/test/java/org/example/only/ClientTest.java').text
assert test.contains('assertEquals(HttpStatusCodes.OK, connection.getResponseCode());')
assert new File(basedir, 'target/test-classes/org/example/only/ClientTest.class').isFile()

def pom = new groovy.xml.XmlSlurper().parse(new File(basedir, 'pom.xml'))
def compat = pom.dependencies.dependency.find { it.artifactId.text() == 'http-status-client-compat' }
assert compat.version.text() == projectVersion
assert compat.scope.text() == 'test'
return true
