package io.github.httpstatus.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where a number stands for a status, by its position: a {@code case} label, not a case's result;
 * the expected value of an assertion, not its delta; a comparison with a status variable, which is
 * a local nothing reassigns, through parentheses or not, initialised from a status read or from
 * another status variable.
 */
class StatusPositionsTest {

    private static final String LITERALS = ReplaceStatusCodeLiterals.class.getName();

    @Test
    void switchExpressionResults_areNoLabels() {
        String source = ""
                + "class Backoff {\n"
                + "    int delay(java.net.HttpURLConnection connection) throws Exception {\n"
                + "        return switch (connection.getResponseCode()) {\n"
                + "            case 503 -> 300;\n"
                + "            case 429, 502 -> {\n"
                + "                yield 500;\n"
                + "            }\n"
                + "            default -> 500;\n"
                + "        };\n"
                + "    }\n"
                + "}\n";
        assertEquals("import io.github.httpstatus.client.HttpStatusCodes;\n\n" + source
                        .replace("case 503", "case HttpStatusCodes.SERVICE_UNAVAILABLE")
                        .replace("case 429, 502", "case HttpStatusCodes.TOO_MANY_REQUESTS, HttpStatusCodes.BAD_GATEWAY"),
                RecipeRunner.run(LITERALS, source));
    }

    @Test
    void switchStatementCaseBodies_areNoLabels() {
        String source = ""
                + "class Backoff {\n"
                + "    int delay(java.net.HttpURLConnection connection) throws Exception {\n"
                + "        int delay = 0;\n"
                + "        switch (connection.getResponseCode()) {\n"
                + "            case 503 -> delay = 300;\n"
                + "            case 429 -> { delay = 500; }\n"
                + "            default -> delay = 404;\n"
                + "        }\n"
                + "        return delay;\n"
                + "    }\n"
                + "}\n";
        assertEquals("import io.github.httpstatus.client.HttpStatusCodes;\n\n" + source
                        .replace("case 503", "case HttpStatusCodes.SERVICE_UNAVAILABLE")
                        .replace("case 429", "case HttpStatusCodes.TOO_MANY_REQUESTS"),
                RecipeRunner.run(LITERALS, source));
    }

    /** A copy counts only while what it copies is never reassigned, wherever the reassignment stands. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "int n = connection.getResponseCode();\n        n = items.size();\n        int count = n;\n",
        "int n = connection.getResponseCode();\n        int count = n;\n        n = items.size();\n",
        "int n = connection.getResponseCode();\n        int copy = n;\n        int count = copy;\n        n += items.size();\n",
        "int n = connection.getResponseCode();\n        (n) = items.size();\n        int count = n;\n",
        "int n = connection.getResponseCode();\n        (n)++;\n        int count = n;\n",
        "int n = connection.getResponseCode();\n        --((n));\n        int count = n;\n",
        "int count = connection.getResponseCode();\n        (count) = items.size();\n",
        "int count = connection.getResponseCode();\n        ((count)) -= 1;\n",
    })
    void aLocalReassignedAnywhere_isNoStatus_norIsItsCopy(String declarations) {
        String source = ""
                + "class Count {\n"
                + "    boolean check(java.net.HttpURLConnection connection, java.util.List<String> items) throws Exception {\n"
                + "        " + declarations
                + "        return count == 200;\n"
                + "    }\n"
                + "}\n";
        assertEquals(source, RecipeRunner.run(LITERALS, source));
    }

    @Test
    void copiesOfAStatusVariable_neverReassigned_areStatusVariables() {
        String source = ""
                + "class Count {\n"
                + "    boolean check(java.net.HttpURLConnection connection) throws Exception {\n"
                + "        int status = connection.getResponseCode();\n"
                + "        int copy = status;\n"
                + "        int count = (copy);\n"
                + "        return count == 200 || copy == 201;\n"
                + "    }\n"
                + "}\n";
        assertEquals("import io.github.httpstatus.client.HttpStatusCodes;\n\n" + source
                        .replace("count == 200", "count == HttpStatusCodes.OK")
                        .replace("copy == 201", "copy == HttpStatusCodes.CREATED"),
                RecipeRunner.run(LITERALS, source));
    }

    /** Only the compared values of an assertion are statuses: not a delta, a message or a count. */
    @Test
    void theOtherArgumentsOfAnAssertion_stay() {
        String source = ""
                + "import static org.junit.jupiter.api.Assertions.assertEquals;\n"
                + "\n"
                + "class ClientTest {\n"
                + "    void check(java.net.HttpURLConnection connection) throws Exception {\n"
                + "        assertEquals(200, connection.getResponseCode(), 100);\n"
                + "        assertEquals(connection.getResponseCode(), 201, 404);\n"
                + "        assertEquals(202, connection.getResponseCode(), () -> String.valueOf(404));\n"
                + "        org.junit.Assert.assertEquals(204, connection.getResponseCode(), 301);\n"
                + "        org.junit.Assert.assertEquals(\"the status\", 206, connection.getResponseCode(), 302);\n"
                + "    }\n"
                + "}\n";
        assertEquals(source
                        .replace("import static", "import io.github.httpstatus.client.HttpStatusCodes;\n\nimport static")
                        .replace("(200,", "(HttpStatusCodes.OK,")
                        .replace(", 201,", ", HttpStatusCodes.CREATED,")
                        .replace("(202,", "(HttpStatusCodes.ACCEPTED,")
                        .replace("(204,", "(HttpStatusCodes.NO_CONTENT,")
                        .replace(", 206,", ", HttpStatusCodes.PARTIAL_CONTENT,"),
                RecipeRunner.run(LITERALS, source));
    }

    /**
     * A private method's parameter is a status where every call in the file passes it a status
     * read, through another such parameter too; not where one call passes something else, nothing
     * calls it, it is assigned, referenced as a method, takes varargs, or shares its name and number
     * of parameters with another, nor where the method is not private.
     */
    @Test
    void aPrivateMethodsParameter_isAStatus_whereEveryCallPassesOne() {
        String source = ""
                + "class Errors {\n"
                + "    RuntimeException errorFor(java.net.HttpURLConnection connection) throws Exception {\n"
                + "        int status = connection.getResponseCode();\n"
                + "        if (timeoutIs(connection.getReadTimeout()) || mixed(status) || mixed(7) || reassigned(status)\n"
                + "                || notPrivate(status) || varargs(status) || overloaded(status) || overloaded(\"404\")) {\n"
                + "            java.util.function.IntPredicate referenced = this::referenced;\n"
                + "            return referenced.test(status) && referenced(status) ? null : new RuntimeException();\n"
                + "        }\n"
                + "        return status >= 500 ? serverError(connection.getResponseCode()) : clientError(status);\n"
                + "    }\n"
                + "\n"
                + "    private RuntimeException clientError(int status) {\n"
                + "        switch (status) {\n"
                + "            case 400:\n"
                + "                return new IllegalArgumentException();\n"
                + "            case 409:\n"
                + "                return new IllegalStateException();\n"
                + "            default:\n"
                + "                return new RuntimeException();\n"
                + "        }\n"
                + "    }\n"
                + "\n"
                + "    private RuntimeException serverError(int status) {\n"
                + "        return status == 501 ? new UnsupportedOperationException() : relayed(\"bad gateway\", (status));\n"
                + "    }\n"
                + "\n"
                + "    private RuntimeException relayed(String message, int code) {\n"
                + "        return code == 502 ? new IllegalStateException(message) : null;\n"
                + "    }\n"
                + "\n"
                + "    private boolean timeoutIs(int millis) {\n"
                + "        return millis == 404;\n"
                + "    }\n"
                + "\n"
                + "    private boolean mixed(int code) {\n"
                + "        return code == 404;\n"
                + "    }\n"
                + "\n"
                + "    private boolean reassigned(int code) {\n"
                + "        code = code + 0;\n"
                + "        return code == 404;\n"
                + "    }\n"
                + "\n"
                + "    boolean notPrivate(int code) {\n"
                + "        return code == 404;\n"
                + "    }\n"
                + "\n"
                + "    private boolean varargs(int code, int... more) {\n"
                + "        return code == 404 && more.length == 0;\n"
                + "    }\n"
                + "\n"
                + "    private boolean overloaded(int code) {\n"
                + "        return code == 404;\n"
                + "    }\n"
                + "\n"
                + "    private boolean overloaded(String code) {\n"
                + "        return code.isEmpty();\n"
                + "    }\n"
                + "\n"
                + "    private boolean referenced(int code) {\n"
                + "        return code == 404;\n"
                + "    }\n"
                + "\n"
                + "    private boolean neverCalled(int code) {\n"
                + "        return code == 404;\n"
                + "    }\n"
                + "}\n";
        assertEquals("import io.github.httpstatus.client.HttpStatusCodes;\n\n" + source
                        .replace("case 400", "case HttpStatusCodes.BAD_REQUEST")
                        .replace("case 409", "case HttpStatusCodes.CONFLICT")
                        .replace("status == 501", "status == HttpStatusCodes.NOT_IMPLEMENTED")
                        .replace("code == 502", "code == HttpStatusCodes.BAD_GATEWAY"),
                RecipeRunner.run(LITERALS, source));
    }

    /** A call without types may be a call of the private method of its name, so that method's parameters stay unknown. */
    @Test
    void aCallWithoutTypes_leavesThePrivateMethodOfItsNameUnknown() {
        String source = ""
                + "class Errors {\n"
                + "    boolean check(java.net.HttpURLConnection connection) throws Exception {\n"
                + "        return connection.getResponseCode() == 200 && gone(connection.getResponseCode())%s;\n"
                + "    }\n"
                + "\n"
                + "    private boolean gone(int status) {\n"
                + "        return status == 410;\n"
                + "    }\n"
                + "}\n";
        StatusMethods methods = StatusMethods.of(null, null);
        assertEquals(2, StatusLiterals.find(RecipeRunner.parse(RecipeRunner.NAMED_LIBRARIES, false,
                String.format(source, "")).get(0), methods).size());
        assertEquals(1, StatusLiterals.find(RecipeRunner.parse(RecipeRunner.NAMED_LIBRARIES, false,
                String.format(source, " && com.example.Missing.gone(404)")).get(0), methods).size());
    }
}
