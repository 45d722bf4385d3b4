package io.github.httpstatus.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.httpstatus.HttpStatus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Literals where they stand for a status become constants; every other literal stays. */
class ReplaceStatusCodeLiteralsTest {

    private static final String RECIPE = ReplaceStatusCodeLiterals.class.getName();

    /**
     * Generated from the enum: each code from 100 to 599, compared with a response's status. Half a
     * minute, so mutation testing leaves it to the cases below.
     */
    @Test
    @Tag("exhaustive")
    void everyRegisteredCode_becomesItsConstant_andEveryOtherCodeStays() {
        StringBuilder before = new StringBuilder("class Codes {\n"
                + "    boolean[] check(java.net.HttpURLConnection connection) throws Exception {\n"
                + "        return new boolean[] {\n");
        StringBuilder after = new StringBuilder("import io.github.httpstatus.client.HttpStatusCodes;\n\n")
                .append(before);
        for (int code = 100; code <= 599; code++) {
            Optional<HttpStatus> status = HttpStatus.find(code);
            before.append("            connection.getResponseCode() == ").append(code).append(",\n");
            after.append("            connection.getResponseCode() == ")
                    .append(status.map(s -> "HttpStatusCodes." + s.name()).orElse(String.valueOf(code))).append(",\n");
        }
        String end = "        };\n    }\n}\n";
        assertEquals(after.append(end).toString(), RecipeRunner.run(RECIPE, before.append(end).toString()));
    }

    @Test
    void comparisonsWithEachStatusReader_eitherSide_equalAndNotEqual() {
        assertEquals(""
                + "import io.github.httpstatus.client.HttpStatusCodes;\n"
                + "\n"
                + "class Readers {\n"
                + "    boolean[] check(java.net.HttpURLConnection connection, javax.net.ssl.HttpsURLConnection secure,\n"
                + "            java.net.http.HttpResponse<String> response, jakarta.servlet.http.HttpServletResponse jakarta,\n"
                + "            javax.servlet.http.HttpServletResponse javax, org.apache.hc.core5.http.ClassicHttpResponse core5,\n"
                + "            org.apache.http.HttpResponse core4) throws Exception {\n"
                + "        return new boolean[] {\n"
                + "            connection.getResponseCode() == HttpStatusCodes.OK,\n"
                + "            HttpStatusCodes.NOT_FOUND != secure.getResponseCode(),\n"
                + "            response.statusCode() == HttpStatusCodes.CREATED,\n"
                + "            jakarta.getStatus() != HttpStatusCodes.NO_CONTENT,\n"
                + "            javax.getStatus() == HttpStatusCodes.GONE,\n"
                + "            (core5.getCode()) == HttpStatusCodes.TOO_MANY_REQUESTS,\n"
                + "            core4.getStatusLine().getStatusCode() == HttpStatusCodes.SERVICE_UNAVAILABLE,\n"
                + "        };\n"
                + "    }\n"
                + "}\n",
                RecipeRunner.run(RECIPE, ""
                + "class Readers {\n"
                + "    boolean[] check(java.net.HttpURLConnection connection, javax.net.ssl.HttpsURLConnection secure,\n"
                + "            java.net.http.HttpResponse<String> response, jakarta.servlet.http.HttpServletResponse jakarta,\n"
                + "            javax.servlet.http.HttpServletResponse javax, org.apache.hc.core5.http.ClassicHttpResponse core5,\n"
                + "            org.apache.http.HttpResponse core4) throws Exception {\n"
                + "        return new boolean[] {\n"
                + "            connection.getResponseCode() == 200,\n"
                + "            404 != secure.getResponseCode(),\n"
                + "            response.statusCode() == 201,\n"
                + "            jakarta.getStatus() != 204,\n"
                + "            javax.getStatus() == 410,\n"
                + "            (core5.getCode()) == 429,\n"
                + "            core4.getStatusLine().getStatusCode() == 503,\n"
                + "        };\n"
                + "    }\n"
                + "}\n"));
    }

    @Test
    void switchOnAStatus_andALocalVariableInitialisedFromOneAndNeverReassigned() {
        assertEquals(""
                + "import io.github.httpstatus.client.HttpStatusCodes;\n"
                + "\n"
                + "class Decide {\n"
                + "    String decide(java.net.HttpURLConnection connection) throws Exception {\n"
                + "        int status = connection.getResponseCode();\n"
                + "        if (status == HttpStatusCodes.NOT_MODIFIED) {\n"
                + "            return \"use the cache\";\n"
                + "        }\n"
                + "        switch (status) {\n"
                + "            case HttpStatusCodes.OK:\n"
                + "                return \"read\";\n"
                + "            case 499:\n"
                + "                return \"client went away\";\n"
                + "            default:\n"
                + "                switch (connection.getResponseCode()) {\n"
                + "                    case HttpStatusCodes.SERVICE_UNAVAILABLE:\n"
                + "                        return \"retry\";\n"
                + "                    default:\n"
                + "                        return \"fail\";\n"
                + "                }\n"
                + "        }\n"
                + "    }\n"
                + "}\n",
                RecipeRunner.run(RECIPE, ""
                + "class Decide {\n"
                + "    String decide(java.net.HttpURLConnection connection) throws Exception {\n"
                + "        int status = connection.getResponseCode();\n"
                + "        if (status == 304) {\n"
                + "            return \"use the cache\";\n"
                + "        }\n"
                + "        switch (status) {\n"
                + "            case 200:\n"
                + "                return \"read\";\n"
                + "            case 499:\n"
                + "                return \"client went away\";\n"
                + "            default:\n"
                + "                switch (connection.getResponseCode()) {\n"
                + "                    case 503:\n"
                + "                        return \"retry\";\n"
                + "                    default:\n"
                + "                        return \"fail\";\n"
                + "                }\n"
                + "        }\n"
                + "    }\n"
                + "}\n"));
    }

    @Test
    void statusArgumentsOfSettersAndSenders() {
        assertEquals(""
                + "import io.github.httpstatus.client.HttpStatusCodes;\n"
                + "\n"
                + "class Senders {\n"
                + "    void send(jakarta.servlet.http.HttpServletResponse jakarta, javax.servlet.http.HttpServletResponse javax,\n"
                + "            com.sun.net.httpserver.HttpExchange exchange) throws Exception {\n"
                + "        jakarta.setStatus(HttpStatusCodes.CREATED);\n"
                + "        jakarta.sendError(HttpStatusCodes.NOT_FOUND);\n"
                + "        javax.setStatus(HttpStatusCodes.ACCEPTED);\n"
                + "        javax.sendError(HttpStatusCodes.FORBIDDEN, \"no\");\n"
                + "        exchange.sendResponseHeaders(HttpStatusCodes.NO_CONTENT, -1);\n"
                + "    }\n"
                + "}\n",
                RecipeRunner.run(RECIPE, ""
                + "class Senders {\n"
                + "    void send(jakarta.servlet.http.HttpServletResponse jakarta, javax.servlet.http.HttpServletResponse javax,\n"
                + "            com.sun.net.httpserver.HttpExchange exchange) throws Exception {\n"
                + "        jakarta.setStatus(201);\n"
                + "        jakarta.sendError(404);\n"
                + "        javax.setStatus(202);\n"
                + "        javax.sendError(403, \"no\");\n"
                + "        exchange.sendResponseHeaders(204, -1);\n"
                + "    }\n"
                + "}\n"));
    }

    @Test
    void switchExpressions_andAStatusVariableReadButNotChanged() {
        assertEquals(""
                + "import io.github.httpstatus.client.HttpStatusCodes;\n"
                + "\n"
                + "class Arrows {\n"
                + "    String decide(java.net.http.HttpResponse<?> response) {\n"
                + "        int status = response.statusCode();\n"
                + "        int negative = -status;\n"
                + "        return switch (status) {\n"
                + "            case HttpStatusCodes.OK, HttpStatusCodes.NO_CONTENT -> \"done\";\n"
                + "            case 299 -> \"odd\";\n"
                + "            default -> status != HttpStatusCodes.NOT_FOUND ? \"retry\" : \"missing\";\n"
                + "        };\n"
                + "    }\n"
                + "}\n",
                RecipeRunner.run(RECIPE, ""
                + "class Arrows {\n"
                + "    String decide(java.net.http.HttpResponse<?> response) {\n"
                + "        int status = response.statusCode();\n"
                + "        int negative = -status;\n"
                + "        return switch (status) {\n"
                + "            case 200, 204 -> \"done\";\n"
                + "            case 299 -> \"odd\";\n"
                + "            default -> status != 404 ? \"retry\" : \"missing\";\n"
                + "        };\n"
                + "    }\n"
                + "}\n"));
    }

    /** Each body also reads a status, so that the recipe looks at the file at all. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // not a status
        "int timeout = 404; return timeout == 404;",
        "int timeout = 404; switch (timeout) { case 404: return true; default: return false; }",
        "return Integer.valueOf(404) != null;",
        "return connection.getContentLength() == 200;",
        "return connection.getResponseCode() / 100 == 2;",
        "return connection.getResponseCode() > 400;",
        // unregistered codes
        "return connection.getResponseCode() == 499;",
        "response.setStatus(419); return true;",
        // a status variable that is reassigned, or assigned later
        "int status = connection.getResponseCode(); status = 0; return status == 404;",
        "int status = connection.getResponseCode(); status++; return status == 404;",
        "int status = connection.getResponseCode(); status += 1; return status == 404;",
        "int status; status = connection.getResponseCode(); return status == 404;",
        // a literal that is not the status argument
        "exchange.sendResponseHeaders(connection.getResponseCode(), 200); return true;",
    })
    void literalsThatDoNotStandForAStatus_stay(String body) {
        String source = ""
                + "class Unchanged {\n"
                + "    boolean check(java.net.HttpURLConnection connection, jakarta.servlet.http.HttpServletResponse response,\n"
                + "            com.sun.net.httpserver.HttpExchange exchange) throws Exception {\n"
                + "        connection.getResponseCode();\n"
                + "        " + body + "\n"
                + "    }\n"
                + "}\n";
        assertEquals(source, RecipeRunner.run(RECIPE, source));
    }

    // Assertions and matchers: where tests keep most of their codes.

    @Test
    void assertionsOnAStatusRead_eitherArgument_withAMessage_andHamcrestMatchers() {
        assertEquals(""
                + "import io.github.httpstatus.client.HttpStatusCodes;\n"
                + "\n"
                + "import static org.assertj.core.api.Assertions.assertThat;\n"
                + "import static org.hamcrest.Matchers.equalTo;\n"
                + "import static org.hamcrest.Matchers.is;\n"
                + "import static org.junit.jupiter.api.Assertions.assertEquals;\n"
                + "import static org.junit.jupiter.api.Assertions.assertNotEquals;\n"
                + "\n"
                + "class ClientTest {\n"
                + "    void check(java.net.HttpURLConnection connection) throws Exception {\n"
                + "        int status = connection.getResponseCode();\n"
                + "        assertEquals(HttpStatusCodes.OK, connection.getResponseCode());\n"
                + "        assertEquals(connection.getResponseCode(), HttpStatusCodes.OK, \"the status\");\n"
                + "        assertNotEquals(HttpStatusCodes.NOT_FOUND, status);\n"
                + "        org.junit.Assert.assertEquals(\"the status\", HttpStatusCodes.OK, status);\n"
                + "        assertThat(status).isEqualTo(HttpStatusCodes.OK);\n"
                + "        assertThat(connection.getResponseCode()).isNotEqualTo(HttpStatusCodes.GONE);\n"
                + "        org.hamcrest.MatcherAssert.assertThat(status, is(HttpStatusCodes.OK));\n"
                + "        org.hamcrest.MatcherAssert.assertThat(status, equalTo(HttpStatusCodes.OK));\n"
                + "        org.junit.Assert.assertThat(status, org.hamcrest.CoreMatchers.is(HttpStatusCodes.OK));\n"
                + "    }\n"
                + "}\n",
                RecipeRunner.run(RECIPE, ""
                + "import static org.assertj.core.api.Assertions.assertThat;\n"
                + "import static org.hamcrest.Matchers.equalTo;\n"
                + "import static org.hamcrest.Matchers.is;\n"
                + "import static org.junit.jupiter.api.Assertions.assertEquals;\n"
                + "import static org.junit.jupiter.api.Assertions.assertNotEquals;\n"
                + "\n"
                + "class ClientTest {\n"
                + "    void check(java.net.HttpURLConnection connection) throws Exception {\n"
                + "        int status = connection.getResponseCode();\n"
                + "        assertEquals(200, connection.getResponseCode());\n"
                + "        assertEquals(connection.getResponseCode(), 200, \"the status\");\n"
                + "        assertNotEquals(404, status);\n"
                + "        org.junit.Assert.assertEquals(\"the status\", 200, status);\n"
                + "        assertThat(status).isEqualTo(200);\n"
                + "        assertThat(connection.getResponseCode()).isNotEqualTo(410);\n"
                + "        org.hamcrest.MatcherAssert.assertThat(status, is(200));\n"
                + "        org.hamcrest.MatcherAssert.assertThat(status, equalTo(200));\n"
                + "        org.junit.Assert.assertThat(status, org.hamcrest.CoreMatchers.is(200));\n"
                + "    }\n"
                + "}\n"));
    }

    /** The same assertions and matchers on numbers that are no status, and codes in other arguments. */
    @Test
    void assertionsAndMatchersOnOtherNumbers_stay() {
        String source = ""
                + "import static org.assertj.core.api.Assertions.assertThat;\n"
                + "import static org.hamcrest.Matchers.equalTo;\n"
                + "import static org.hamcrest.Matchers.is;\n"
                + "import static org.junit.jupiter.api.Assertions.assertEquals;\n"
                + "\n"
                + "class ClientTest {\n"
                + "    void check(java.net.HttpURLConnection connection, java.util.List<Integer> codes,\n"
                + "            jakarta.servlet.http.HttpServletResponse response) throws Exception {\n"
                + "        int status = connection.getResponseCode();\n"
                + "        int retries = 404;\n"
                + "        assertEquals(404, codes.size());\n"
                + "        assertEquals(404, retries);\n"
                + "        assertEquals(499, status);\n"
                + "        assertThat(codes.size()).isEqualTo(404);\n"
                + "        assertThat(Math.max(status, 1)).isEqualTo(404);\n"
                + "        assertThat(status).isGreaterThan(404);\n"
                + "        org.hamcrest.MatcherAssert.assertThat(codes.size(), is(404));\n"
                + "        org.hamcrest.MatcherAssert.assertThat(codes, org.hamcrest.Matchers.hasItem(equalTo(404)));\n"
                + "        response.sendError(499, String.valueOf(404));\n"
                + "        response.setHeader(\"Retry-After\", String.valueOf(equalTo(404)));\n"
                + "    }\n"
                + "}\n";
        assertEquals(source, RecipeRunner.run(RECIPE, source));
    }

    /** A constructor's status, wherever its row says it is; the other numbers stay. */
    @Test
    void statusArgumentsOfConstructors_atThePositionTheirRowsName() {
        assertEquals(""
                + "import io.github.httpstatus.client.HttpStatusCodes;\n"
                + "\n"
                + "class Failures {\n"
                + "    Exception[] failures(Throwable cause) {\n"
                + "        return new Exception[] {\n"
                + "            new jakarta.ws.rs.WebApplicationException(HttpStatusCodes.SERVICE_UNAVAILABLE),\n"
                + "            new jakarta.ws.rs.WebApplicationException(\"busy\", HttpStatusCodes.SERVICE_UNAVAILABLE),\n"
                + "            new jakarta.ws.rs.WebApplicationException(\"busy\", cause, HttpStatusCodes.SERVICE_UNAVAILABLE),\n"
                + "            new jakarta.ws.rs.ClientErrorException(\"gone\", HttpStatusCodes.GONE, cause),\n"
                + "            new org.apache.http.client.HttpResponseException(HttpStatusCodes.NOT_FOUND, \"404\"),\n"
                + "            new java.net.SocketTimeoutException(\"503\"),\n"
                + "            new IllegalStateException(String.valueOf(503)),\n"
                + "        };\n"
                + "    }\n"
                + "}\n", RecipeRunner.run(RECIPE, ""
                + "class Failures {\n"
                + "    Exception[] failures(Throwable cause) {\n"
                + "        return new Exception[] {\n"
                + "            new jakarta.ws.rs.WebApplicationException(503),\n"
                + "            new jakarta.ws.rs.WebApplicationException(\"busy\", 503),\n"
                + "            new jakarta.ws.rs.WebApplicationException(\"busy\", cause, 503),\n"
                + "            new jakarta.ws.rs.ClientErrorException(\"gone\", 410, cause),\n"
                + "            new org.apache.http.client.HttpResponseException(404, \"404\"),\n"
                + "            new java.net.SocketTimeoutException(\"503\"),\n"
                + "            new IllegalStateException(String.valueOf(503)),\n"
                + "        };\n"
                + "    }\n"
                + "}\n"));
    }

    /**
     * A subclass's {@code super(...)} calls the row's constructor; the subclass's own constructor is
     * not the row's, so what it is called with stays, even where its parameters look the same.
     */
    @Test
    void superCallsOfASubclass_becomeConstants_butTheSubclasssOwnConstructorsArgumentsStay() {
        List<String> after = RecipeRunner.run(RECIPE, ""
                + "class Throttled extends feign.FeignException {\n"
                + "    Throttled(int retries, String message) {\n"
                + "        super(429, message + \" after \" + retries);\n"
                + "    }\n"
                + "}\n", ""
                + "class Busy extends jakarta.ws.rs.WebApplicationException {\n"
                + "    Busy(int seconds) {\n"
                + "        super(\"retry in \" + seconds, 503);\n"
                + "    }\n"
                + "\n"
                + "    static Exception[] failures() {\n"
                + "        return new Exception[] {new Busy(404), new Throttled(404, \"slow down\"),\n"
                + "                new jakarta.ws.rs.WebApplicationException(404) {}};\n"
                + "    }\n"
                + "}\n");
        assertEquals(""
                + "import io.github.httpstatus.client.HttpStatusCodes;\n"
                + "\n"
                + "class Throttled extends feign.FeignException {\n"
                + "    Throttled(int retries, String message) {\n"
                + "        super(HttpStatusCodes.TOO_MANY_REQUESTS, message + \" after \" + retries);\n"
                + "    }\n"
                + "}\n", after.get(0));
        assertEquals(""
                + "import io.github.httpstatus.client.HttpStatusCodes;\n"
                + "\n"
                + "class Busy extends jakarta.ws.rs.WebApplicationException {\n"
                + "    Busy(int seconds) {\n"
                + "        super(\"retry in \" + seconds, HttpStatusCodes.SERVICE_UNAVAILABLE);\n"
                + "    }\n"
                + "\n"
                + "    static Exception[] failures() {\n"
                + "        return new Exception[] {new Busy(404), new Throttled(404, \"slow down\"),\n"
                + "                new jakarta.ws.rs.WebApplicationException(404) {}};\n"
                + "    }\n"
                + "}\n", after.get(1));
    }

    /** OpenAPI's builders and models take a status as a String of three digits, like its annotations. */
    @Test
    void openApiBuildersAndModels_takeStringStatuses_whichBecomeStringConstants() {
        assertEquals(""
                + "import io.github.httpstatus.client.HttpStatusCodeStrings;\n"
                + "import io.swagger.v3.oas.models.responses.ApiResponse;\n"
                + "import io.swagger.v3.oas.models.responses.ApiResponses;\n"
                + "import org.springdoc.core.fn.builders.apiresponse.Builder;\n"
                + "\n"
                + "class Documented {\n"
                + "    void describe(ApiResponses responses) {\n"
                + "        Builder.responseBuilder().responseCode(HttpStatusCodeStrings.OK).description(\"200\");\n"
                + "        Builder.responseBuilder().responseCode(\"2XX\");\n"
                + "        Builder.responseBuilder().responseCode(\"499\");\n"
                + "        responses.addApiResponse(HttpStatusCodeStrings.NOT_FOUND, new ApiResponse().description(\"404\"));\n"
                + "        responses.addApiResponse(\"default\", new ApiResponse());\n"
                + "    }\n"
                + "}\n", RecipeRunner.run(RECIPE, ""
                + "import io.swagger.v3.oas.models.responses.ApiResponse;\n"
                + "import io.swagger.v3.oas.models.responses.ApiResponses;\n"
                + "import org.springdoc.core.fn.builders.apiresponse.Builder;\n"
                + "\n"
                + "class Documented {\n"
                + "    void describe(ApiResponses responses) {\n"
                + "        Builder.responseBuilder().responseCode(\"200\").description(\"200\");\n"
                + "        Builder.responseBuilder().responseCode(\"2XX\");\n"
                + "        Builder.responseBuilder().responseCode(\"499\");\n"
                + "        responses.addApiResponse(\"404\", new ApiResponse().description(\"404\"));\n"
                + "        responses.addApiResponse(\"default\", new ApiResponse());\n"
                + "    }\n"
                + "}\n"));
    }

    /**
     * A parameterized test's values are statuses where its parameter is used as one: compared with
     * a status read, passed to a setter; not where it is something else, is changed, or is one of
     * several parameters, nor where a local is the status; and no other number of the test is.
     */
    @Test
    void valueSourceInts_areStatuses_whereTheTestsOneParameterIsUsedAsAStatus() {
        String tests = ""
                + "abstract class StatusTests {\n"
                + "    jakarta.servlet.http.HttpServletResponse response;\n"
                + "\n"
                + "    abstract java.net.HttpURLConnection connection();\n"
                + "\n"
                + "    @org.junit.jupiter.params.ParameterizedTest\n"
                + "    @org.junit.jupiter.params.provider.ValueSource(ints = {%s, %s})\n"
                + "    void succeeds(int status) throws Exception {\n"
                + "        org.junit.jupiter.api.Assertions.assertEquals(status, connection().getResponseCode());\n"
                + "        connection().setReadTimeout(500);\n"
                + "    }\n"
                + "\n"
                + "    @org.junit.jupiter.params.ParameterizedTest\n"
                + "    @org.junit.jupiter.params.provider.ValueSource(ints = %s)\n"
                + "    void sends(int status) {\n"
                + "        response.setStatus(status);\n"
                + "    }\n"
                + "\n"
                + "    @org.junit.jupiter.params.ParameterizedTest\n"
                + "    @org.junit.jupiter.params.provider.ValueSource(ints = {200, 404})\n"
                + "    void retries(int attempts) throws Exception {\n"
                + "        org.junit.jupiter.api.Assertions.assertEquals(attempts, connection().getReadTimeout());\n"
                + "    }\n"
                + "\n"
                + "    @org.junit.jupiter.params.ParameterizedTest\n"
                + "    @org.junit.jupiter.params.provider.ValueSource(ints = {200, 404})\n"
                + "    void changed(int status) throws Exception {\n"
                + "        status += 100;\n"
                + "        org.junit.jupiter.api.Assertions.assertEquals(status, connection().getResponseCode());\n"
                + "    }\n"
                + "\n"
                + "    @org.junit.jupiter.params.ParameterizedTest\n"
                + "    @org.junit.jupiter.params.provider.ValueSource(ints = {200, 404})\n"
                + "    void assigned(int status) throws Exception {\n"
                + "        status = connection().getReadTimeout();\n"
                + "        org.junit.jupiter.api.Assertions.assertEquals(status, connection().getResponseCode());\n"
                + "    }\n"
                + "\n"
                + "    @org.junit.jupiter.params.ParameterizedTest\n"
                + "    @org.junit.jupiter.params.provider.ValueSource(ints = {200, 404})\n"
                + "    void incremented(int status) throws Exception {\n"
                + "        status++;\n"
                + "        org.junit.jupiter.api.Assertions.assertEquals(status, connection().getResponseCode());\n"
                + "    }\n"
                + "\n"
                + "    @org.junit.jupiter.params.ParameterizedTest\n"
                + "    @org.junit.jupiter.params.provider.ValueSource(ints = {200, 404})\n"
                + "    void aLocalIsTheStatus(int attempts) throws Exception {\n"
                + "        int status = connection().getResponseCode();\n"
                + "        response.setStatus(status);\n"
                + "        connection().setReadTimeout(attempts);\n"
                + "    }\n"
                + "\n"
                + "    @org.junit.jupiter.params.ParameterizedTest\n"
                + "    @org.junit.jupiter.params.provider.ValueSource(ints = {200, 404})\n"
                + "    void twoParameters(int status, org.junit.jupiter.api.TestInfo info) throws Exception {\n"
                + "        org.junit.jupiter.api.Assertions.assertEquals(status, connection().getResponseCode());\n"
                + "    }\n"
                + "\n"
                + "    @org.junit.jupiter.params.ParameterizedTest\n"
                + "    @org.junit.jupiter.params.provider.ValueSource(ints = {200, 404})\n"
                + "    void inALocalClass(int status) throws Exception {\n"
                + "        class Check {\n"
                + "            boolean check(int status) throws Exception {\n"
                + "                return connection().getResponseCode() == status;\n"
                + "            }\n"
                + "        }\n"
                + "        new Check().check(status + 0);\n"
                + "    }\n"
                + "\n"
                + "    @org.junit.jupiter.params.ParameterizedTest\n"
                + "    @org.junit.jupiter.params.provider.ValueSource\n"
                + "    @Codes(ints = {200, 404})\n"
                + "    void otherAnnotation(int status) {\n"
                + "        response.setStatus(status);\n"
                + "    }\n"
                + "\n"
                + "    @org.junit.jupiter.params.ParameterizedTest\n"
                + "    @org.junit.jupiter.params.provider.ValueSource(ints = {200, 404})\n"
                + "    void noParameter() throws Exception {\n"
                + "        int status = connection().getResponseCode();\n"
                + "        response.setStatus(status);\n"
                + "    }\n"
                + "}\n"
                + "\n"
                + "@interface Codes {\n"
                + "    int[] ints();\n"
                + "}\n";
        assertEquals("import io.github.httpstatus.client.HttpStatusCodes;\n\n"
                        + String.format(tests, "HttpStatusCodes.OK", "HttpStatusCodes.NO_CONTENT", "HttpStatusCodes.NOT_FOUND"),
                RecipeRunner.run(RECIPE, String.format(tests, "200", "204", "404")));
    }

    /**
     * A factory's {@code Arguments.of(...)} rows are statuses at the place of a parameter that every
     * test it feeds uses as a status; the factory is a method of the test's own class without
     * parameters, named by {@code @MethodSource} or, where it names none, named as the test.
     */
    @Test
    void methodSourceArguments_areStatuses_atTheParameterEveryTestItFeedsUsesAsAStatus() {
        String tests = ""
                + "import java.util.stream.Stream;\n"
                + "import org.junit.jupiter.params.ParameterizedTest;\n"
                + "import org.junit.jupiter.params.provider.Arguments;\n"
                + "import org.junit.jupiter.params.provider.MethodSource;\n"
                + "\n"
                + "abstract class StatusTable {\n"
                + "    jakarta.servlet.http.HttpServletResponse response;\n"
                + "\n"
                + "    abstract java.net.HttpURLConnection connection();\n"
                + "\n"
                + "    static Stream<Arguments> answers() {\n"
                + "        return Stream.of(Arguments.of(%s, \"OK\", 200), Arguments.arguments(%s, \"Not Found\", 404));\n"
                + "    }\n"
                + "\n"
                + "    @ParameterizedTest\n"
                + "    @MethodSource(value = \"answers\")\n"
                + "    void answersWith(int status, String phrase, int millis) throws Exception {\n"
                + "        org.junit.jupiter.api.Assertions.assertEquals(status, connection().getResponseCode());\n"
                + "        org.junit.jupiter.api.Assertions.assertEquals(millis, connection().getReadTimeout());\n"
                + "    }\n"
                + "\n"
                + "    @ParameterizedTest\n"
                + "    @MethodSource({\"StatusTable#answers\", \"answers()\", \"other\", \"listed\"})\n"
                + "    void elsewhere(int status) {\n"
                + "        response.setStatus(status);\n"
                + "    }\n"
                + "\n"
                + "    @ParameterizedTest\n"
                + "    @MethodSource(\"other\")\n"
                + "    void otherToo(int status) throws Exception {\n"
                + "        org.junit.jupiter.api.Assertions.assertEquals(status, connection().getResponseCode());\n"
                + "    }\n"
                + "\n"
                + "    static Stream<Arguments> other() {\n"
                + "        return Stream.of(Arguments.of(%s), Arguments.of());\n"
                + "    }\n"
                + "\n"
                + "    static Stream<Arguments> listed() {\n"
                + "        return Stream.of(Arguments.of(%s));\n"
                + "    }\n"
                + "\n"
                + "    static Stream<Arguments> sends() {\n"
                + "        class Rows {\n"
                + "            Arguments row() {\n"
                + "                return Arguments.of(\"nested\", 200);\n"
                + "            }\n"
                + "        }\n"
                + "        return Stream.of(Arguments.of(\"gone\", %s), new Rows().row(), Arguments.of(\"too short\"));\n"
                + "    }\n"
                + "\n"
                + "    static Stream<Arguments> sends(int unused) {\n"
                + "        return Stream.of(Arguments.of(\"with a parameter\", 200));\n"
                + "    }\n"
                + "\n"
                + "    @ParameterizedTest\n"
                + "    @MethodSource\n"
                + "    void sends(String reason, int status) {\n"
                + "        response.setStatus(status);\n"
                + "    }\n"
                + "\n"
                + "    static Stream<Arguments> shared() {\n"
                + "        return Stream.of(Arguments.of(200), Arguments.of(404));\n"
                + "    }\n"
                + "\n"
                + "    @ParameterizedTest\n"
                + "    @MethodSource(\"shared\")\n"
                + "    void sharedAsAStatus(int status) throws Exception {\n"
                + "        org.junit.jupiter.api.Assertions.assertEquals(status, connection().getResponseCode());\n"
                + "    }\n"
                + "\n"
                + "    @ParameterizedTest\n"
                + "    @MethodSource(\"shared\")\n"
                + "    void sharedAsATimeout(int millis) throws Exception {\n"
                + "        org.junit.jupiter.api.Assertions.assertEquals(millis, connection().getReadTimeout());\n"
                + "    }\n"
                + "\n"
                + "    static Stream<Arguments> changed() {\n"
                + "        return Stream.of(Arguments.of(200), Arguments.of(\"short\"));\n"
                + "    }\n"
                + "\n"
                + "    @ParameterizedTest\n"
                + "    @MethodSource(\"changed\")\n"
                + "    void changedStatus(int status) throws Exception {\n"
                + "        status = connection().getReadTimeout();\n"
                + "        org.junit.jupiter.api.Assertions.assertEquals(status, connection().getResponseCode());\n"
                + "    }\n"
                + "\n"
                + "    void notATest(int status) {\n"
                + "        response.setStatus(status);\n"
                + "    }\n"
                + "}\n";
        assertEquals(String.format(tests.replace("import java.util.stream.Stream;\n",
                                "import io.github.httpstatus.client.HttpStatusCodes;\nimport java.util.stream.Stream;\n"),
                        "HttpStatusCodes.OK", "HttpStatusCodes.NOT_FOUND", "HttpStatusCodes.CREATED", "HttpStatusCodes.ACCEPTED",
                        "HttpStatusCodes.GONE"),
                RecipeRunner.run(RECIPE, String.format(tests, "200", "404", "201", "202", "410")));
    }

    /** A project's own reader and setter, as the options add them; a pattern OpenRewrite cannot read is reported. */
    @Test
    void optionsAddAProjectsOwnReadersAndSetters_andAreValidated() {
        ReplaceStatusCodeLiterals recipe = new ReplaceStatusCodeLiterals(List.of("com.acme.Reply code()"), List.of("com.acme.Reply send(int)", "com.acme.Reply <constructor>(int)"));
        List<String> after = RecipeRunner.run(recipe, ""
                + "package com.acme;\n"
                + "\n"
                + "public class Reply {\n"
                + "    public Reply(int status) {\n"
                + "    }\n"
                + "\n"
                + "    public int code() {\n"
                + "        return 0;\n"
                + "    }\n"
                + "\n"
                + "    public void send(int status) {\n"
                + "    }\n"
                + "}\n", ""
                + "package com.acme;\n"
                + "\n"
                + "class Use {\n"
                + "    void use(Reply reply) {\n"
                + "        if (reply.code() == 404) {\n"
                + "            reply.send(410);\n"
                + "            new Reply(503);\n"
                + "        }\n"
                + "    }\n"
                + "}\n");
        assertEquals(""
                + "package com.acme;\n"
                + "\n"
                + "import io.github.httpstatus.client.HttpStatusCodes;\n"
                + "\n"
                + "class Use {\n"
                + "    void use(Reply reply) {\n"
                + "        if (reply.code() == HttpStatusCodes.NOT_FOUND) {\n"
                + "            reply.send(HttpStatusCodes.GONE);\n"
                + "            new Reply(HttpStatusCodes.SERVICE_UNAVAILABLE);\n"
                + "        }\n"
                + "    }\n"
                + "}\n", after.get(1));
        assertEquals(List.of("com.acme.Reply code()"), recipe.getStatusReaders());
        assertEquals(List.of("com.acme.Reply send(int)", "com.acme.Reply <constructor>(int)"), recipe.getStatusSetters());
        assertTrue(recipe.validate().isValid());
        assertTrue(new ReplaceStatusCodeLiterals().validate().isValid());
        assertFalse(new ReplaceStatusCodeLiterals(List.of("com.acme.Reply code("), null).validate().isValid());
        assertFalse(new ReplaceStatusCodeLiterals(null, List.of("not a pattern")).validate().isValid());
    }

    /** Each code of Feign's {@code ErrorCodes}, an array attribute, also where it is one of {@code ErrorHandling}'s; another annotation's ints stay. */
    @Test
    void feignErrorCodes_eachCodeOfTheArray_becomesAConstant() {
        String source = ""
                + "import feign.error.ErrorCodes;\n"
                + "import feign.error.ErrorHandling;\n"
                + "\n"
                + "interface Orders {\n"
                + "    @ErrorHandling(codeSpecific = {\n"
                + "            @ErrorCodes(codes = {%s, %s}, generate = IllegalArgumentException.class),\n"
                + "            @ErrorCodes(codes = %s, generate = IllegalStateException.class)\n"
                + "    }, defaultException = RuntimeException.class)\n"
                + "    @Limits(ints = {404, 499})\n"
                + "    void order(@ErrorCodes(codes = {%s, 499}, generate = IllegalStateException.class) String id);\n"
                + "}\n"
                + "\n"
                + "@interface Limits {\n"
                + "    int[] ints();\n"
                + "}\n";
        assertEquals(String.format(source.replace("import feign.error.ErrorHandling;\n",
                                "import feign.error.ErrorHandling;\nimport io.github.httpstatus.client.HttpStatusCodes;\n"),
                        "HttpStatusCodes.BAD_REQUEST", "HttpStatusCodes.NOT_FOUND", "HttpStatusCodes.CONFLICT", "HttpStatusCodes.GONE"),
                RecipeRunner.run(RECIPE, String.format(source, "400", "404", "409", "410")));
    }

    // Annotations: OpenAPI's response codes.

    @Test
    void openApi3ResponseCodes_becomeStringConstants_swaggers_andMicroProfiles() {
        assertEquals(""
                + "import io.github.httpstatus.client.HttpStatusCodeStrings;\n"
                + "import io.swagger.v3.oas.annotations.responses.ApiResponse;\n"
                + "import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;\n"
                + "\n"
                + "interface Orders {\n"
                + "    @ApiResponse(responseCode = HttpStatusCodeStrings.OK, description = \"200\")\n"
                + "    @ApiResponse(responseCode = HttpStatusCodeStrings.NOT_FOUND, description = \"no such order\")\n"
                + "    @ApiResponse(responseCode = \"default\", description = \"anything else\")\n"
                + "    @ApiResponse(responseCode = \"499\", description = \"unregistered\")\n"
                + "    @ApiResponse(responseCode = \"0404\", description = \"not how a code is written\")\n"
                + "    String find(String id);\n"
                + "\n"
                + "    @APIResponse(responseCode = HttpStatusCodeStrings.CREATED)\n"
                + "    String create(String order);\n"
                + "}\n", RecipeRunner.run(RECIPE, ""
                + "import io.swagger.v3.oas.annotations.responses.ApiResponse;\n"
                + "import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;\n"
                + "\n"
                + "interface Orders {\n"
                + "    @ApiResponse(responseCode = \"200\", description = \"200\")\n"
                + "    @ApiResponse(responseCode = \"404\", description = \"no such order\")\n"
                + "    @ApiResponse(responseCode = \"default\", description = \"anything else\")\n"
                + "    @ApiResponse(responseCode = \"499\", description = \"unregistered\")\n"
                + "    @ApiResponse(responseCode = \"0404\", description = \"not how a code is written\")\n"
                + "    String find(String id);\n"
                + "\n"
                + "    @APIResponse(responseCode = \"201\")\n"
                + "    String create(String order);\n"
                + "}\n"));
    }

    @Test
    void swagger2ResponseCodes_becomeIntConstants() {
        assertEquals(""
                + "import io.github.httpstatus.client.HttpStatusCodes;\n"
                + "import io.swagger.annotations.ApiResponse;\n"
                + "import io.swagger.annotations.ApiResponses;\n"
                + "\n"
                + "interface Orders {\n"
                + "    @ApiResponses({\n"
                + "            @ApiResponse(code = HttpStatusCodes.NOT_FOUND, message = \"no such order\"),\n"
                + "            @ApiResponse(code = 499, message = \"unregistered\")})\n"
                + "    String find(String id);\n"
                + "}\n", RecipeRunner.run(RECIPE, ""
                + "import io.swagger.annotations.ApiResponse;\n"
                + "import io.swagger.annotations.ApiResponses;\n"
                + "\n"
                + "interface Orders {\n"
                + "    @ApiResponses({\n"
                + "            @ApiResponse(code = 404, message = \"no such order\"),\n"
                + "            @ApiResponse(code = 499, message = \"unregistered\")})\n"
                + "    String find(String id);\n"
                + "}\n"));
    }

    /** Another annotation's attributes of the same names are no status. */
    @Test
    void otherAnnotations_codeAndResponseCode_stay() {
        String source = ""
                + "@interface Reply {\n"
                + "    int code();\n"
                + "\n"
                + "    String responseCode();\n"
                + "}\n"
                + "\n"
                + "interface Orders {\n"
                + "    @Reply(code = 404, responseCode = \"404\")\n"
                + "    @io.swagger.v3.oas.annotations.responses.ApiResponse(description = \"404\")\n"
                + "    String find(String id);\n"
                + "}\n";
        assertEquals(source, RecipeRunner.run(RECIPE, source));
    }

    /** A reader's row covers overrides: a wrapper of the response, which the file names instead of its interface. */
    @Test
    void aReaderCalledOnASubtype_countsToo() {
        String source = ""
                + "class Wrapped {\n"
                + "    boolean missing(jakarta.servlet.http.HttpServletResponseWrapper response) {\n"
                + "        return response.getStatus() == 404;\n"
                + "    }\n"
                + "}\n";
        assertEquals("import io.github.httpstatus.client.HttpStatusCodes;\n\n"
                + source.replace("== 404", "== HttpStatusCodes.NOT_FOUND"), RecipeRunner.run(RECIPE, source));
    }
}
