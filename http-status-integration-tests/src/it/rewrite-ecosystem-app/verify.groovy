// The migrated application prints exactly what the original printed; every source of a status
// number was migrated, the numbers that are no status were not, and the dependency was added.
def before = new File(basedir, 'before.txt').text
def after = new File(basedir, 'after.txt').text
assert before.readLines().size() == 20 : "before.txt:\n${before}"
assert after == before

def main = new File(basedir, 'src/main/java/org/example/eco')
def code = main.listFiles().collectEntries { [(it.name): it.text] }
def test = new File(basedir, 'src/test/java/org/example/eco/OrdersTest.java').text
def mocked = new File(basedir, 'src/test/java/org/example/eco/MockedServersTest.java').text

// Constants of Jetty, Undertow (misspelt), Google HTTP Client, Commons HttpClient 3 and the AWS
// SDK (one statically imported); the unregistered 420s, Jetty's methods, Undertow's phrases and
// the SDK's HttpStatusFamily stay.
assert code['ServerCodes.java'].contains('case HttpStatusCodes.OK:')
assert code['ServerCodes.java'].contains('case HttpStatusCodes.FOUND:')
assert code['ServerCodes.java'].contains('case HttpStatus.ENHANCE_YOUR_CALM_420:')
assert code['ServerCodes.java'].contains('HttpStatus.isClientError(code)')
assert code['ServerCodes.java'].contains('if (code == MOVED_PERMANENTLY) {')
assert code['ServerCodes.java'].contains('code == HttpStatusCodes.REQUEST_TIMEOUT || code == HttpStatusCodes.GATEWAY_TIMEOUT')
assert code['ServerCodes.java'].contains('StatusCodes.NOT_FOUND_STRING')
assert code['ClientCodes.java'].contains('code == HttpStatusCodes.INTERNAL_SERVER_ERROR')
assert !code['ClientCodes.java'].contains('com.google')
assert code['ClientCodes.java'].contains('code == HttpStatusCodes.CONTENT_TOO_LARGE')
assert code['ClientCodes.java'].contains('code == HttpStatus.SC_METHOD_FAILURE')
assert code['ClientCodes.java'].contains('import static io.github.httpstatus.client.HttpStatusCodes.TOO_MANY_REQUESTS;')
assert code['ClientCodes.java'].contains('if (code == TOO_MANY_REQUESTS) {')
assert code['ClientCodes.java'].count('code == HttpStatusCodes.CONTENT_TOO_LARGE') == 2
assert code['ClientCodes.java'].contains('HttpStatusFamily.of(code) == HttpStatusFamily.SERVER_ERROR')
assert !code['ClientCodes.java'].contains('awssdk.http.HttpStatusCode')

// Literals beside OkHttp's, Spring's, Apache's and Google's status reads, and the team's own reader
// and setter from rewrite.yml; a literal that is no status stays, and so does an unregistered code.
assert code['Reads.java'].contains('response.code() == HttpStatusCodes.NOT_FOUND')
assert code['Reads.java'].contains('response.code() != HttpStatusCodes.OK')
assert code['Reads.java'].contains('case HttpStatusCodes.CREATED:')
assert code['Reads.java'].contains('failure.getStatusCode() == HttpStatusCodes.SERVICE_UNAVAILABLE')
assert code['Reads.java'].contains('failure.getStatusCode() == HttpStatusCodes.TOO_MANY_REQUESTS')
assert code['Reads.java'].contains('reply.statusCode() == HttpStatusCodes.NOT_FOUND')
assert code['Reads.java'].contains('replies.reply(HttpStatusCodes.NOT_FOUND, "no such order")')
assert code['Reads.java'].contains('replies.reply(499, "gave up")')
assert code['Reads.java'].contains('int timeout = 404;')
assert code['Reads.java'].contains('response.status() == HttpStatusCodes.NOT_FOUND')
assert code['Reads.java'].contains('failure.status() == HttpStatusCodes.SERVICE_UNAVAILABLE')

// Code on JAX-RS, Jetty's client, Undertow and Vert.x, compiled before and after but not run.
assert code['Elsewhere.java'].contains('Response.status(HttpStatusCodes.NOT_FOUND, "no such order")')
assert code['Elsewhere.java'].contains('response.getStatus() == HttpStatusCodes.CREATED')
assert code['Elsewhere.java'].contains('response.getStatus() != HttpStatusCodes.NOT_FOUND')
assert code['Elsewhere.java'].contains('exchange.getStatusCode() == HttpStatusCodes.INTERNAL_SERVER_ERROR')
assert code['Elsewhere.java'].contains('exchange.setStatusCode(HttpStatusCodes.SERVICE_UNAVAILABLE)')
assert code['Elsewhere.java'].contains('exchange.setResponseCode(HttpStatusCodes.NO_CONTENT)')
assert code['Elsewhere.java'].contains('upstream.statusCode() == HttpStatusCodes.OK')
assert code['Elsewhere.java'].contains('response.setStatusCode(HttpStatusCodes.BAD_GATEWAY)')
assert new File(basedir, 'target/classes/org/example/eco/Elsewhere.class').isFile()

// OpenAPI 3's String codes (Swagger's and MicroProfile's annotations) and Swagger 2's int codes.
assert code['OrdersApi.java'].contains('APIResponse(responseCode = HttpStatusCodeStrings.NOT_FOUND, description = "no such order")')
assert code['OrdersApi.java'].contains('APIResponse(responseCode = HttpStatusCodeStrings.NO_CONTENT, description = "cancelled")')
assert code['OrdersApi.java'].contains('@ApiResponse(responseCode = HttpStatusCodeStrings.NOT_FOUND, description = "no such order")')
assert code['OrdersApi.java'].contains('@ApiResponse(responseCode = "default", description = "anything else")')
assert code['OrdersApi.java'].contains('@io.swagger.annotations.ApiResponse(code = HttpStatusCodes.CONFLICT, message = "already there")')

// The tests, which were compiled after the change too.
assert test.contains('.then().statusCode(HttpStatusCodes.NOT_FOUND);')
assert test.contains('.then().statusCode(equalTo(HttpStatusCodes.NOT_FOUND));')
assert test.contains('assertEquals(HttpStatusCodes.OK, response.code());')
assert test.contains('assertThat(response.code()).isEqualTo(HttpStatusCodes.OK);')
assert test.contains('assertThat(response.code(), is(HttpStatusCodes.OK));')
assert test.contains('assertEquals(3, response.headers().size());')
assert new File(basedir, 'target/test-classes/org/example/eco/OrdersTest.class').isFile()
assert mocked.contains('.andExpect(MockMvcResultMatchers.status().is(HttpStatusCodes.NOT_FOUND));')
assert mocked.contains('.exchange().expectStatus().isEqualTo(HttpStatusCodes.NOT_FOUND);')
assert mocked.contains('WireMock.aResponse().withStatus(HttpStatusCodes.SERVICE_UNAVAILABLE)')
assert mocked.contains('WireMock.status(HttpStatusCodes.NOT_FOUND)')
assert mocked.contains('new MockResponse().setResponseCode(HttpStatusCodes.TOO_MANY_REQUESTS);')
assert mocked.contains('new mockwebserver3.MockResponse.Builder().code(HttpStatusCodes.NOT_FOUND)')
assert mocked.contains('assertEquals(2, tooMany.getHeaders().size() + missing.getHeaders().size());')
assert new File(basedir, 'target/test-classes/org/example/eco/MockedServersTest.class').isFile()

// Main code uses our constants, which javac inlines: the dependency is for compiling only, and the
// application ran without it.
def pom = new groovy.xml.XmlSlurper().parse(new File(basedir, 'pom.xml'))
def compat = pom.dependencies.dependency.find { it.artifactId.text() == 'http-status-client-compat' }
assert compat.groupId.text() == 'io.github.httpstatus' && compat.version.text() == projectVersion
assert compat.scope.text() == 'provided'
return true
