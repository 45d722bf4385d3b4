package io.github.httpstatus.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.openrewrite.Recipe;

import org.junit.jupiter.api.Test;

/** The search marks what the migration leaves where a status stands, and only that. */
class FindUnmigratedStatusCodesTest {

    private static final String RECIPE = FindUnmigratedStatusCodes.class.getName();

    private static final String RANGE = "/*~~(a bound of a range of statuses: a status class says it, as "
            + "StatusCode.of(status).statusClass())~~>*/";
    private static final String UNREGISTERED = "/*~~(a code nobody registered, where a status stands: no constant has it)~~>*/";

    @Test
    void rangeBounds_unregisteredCodes_andStatusLines_areMarked_otherNumbersAndMigratedCodesAreNot() {
        String source = ""
                + "class Review {\n"
                + "    Object[] check(java.net.HttpURLConnection connection, jakarta.servlet.http.HttpServletResponse response)\n"
                + "            throws Exception {\n"
                + "        int status = connection.getResponseCode();\n"
                + "        response.setStatus(%s499);\n"
                + "        response.setStatus(404);\n"
                + "        return new Object[] {\n"
                + "            status >= %s500, %s400 <= connection.getResponseCode(), status < %s300, status > %s199,\n"
                + "            status <= %s599, status >= %s100, status == 404, status == %s499, status + 100, status >= 600, status >= 99,\n"
                + "            connection.getReadTimeout() >= 500, connection.getReadTimeout() == 499,\n"
                + "            \"HTTP/1.1 \" + %s200, \"HTTP/2 \" + %s404, \"code \" + 200, 200 + \"HTTP/1.1 \",\n"
                + "            %s\"HTTP/1.1 404 Not Found\", \"HTTP/1.1 4040\", \"HTTP/ 404\", \"404\",\n"
                + "        };\n"
                + "    }\n"
                + "\n"
                + "    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = %s\"499\")\n"
                + "    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = \"2XX\")\n"
                + "    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = \"404\", description = \"499\")\n"
                + "    void documented() {\n"
                + "    }\n"
                + "}\n";
        String line = "/*~~(the code of a status line in a string)~~>*/";
        String inAString = "/*~~(a status line in a string)~~>*/";
        Object[] marks = {UNREGISTERED, RANGE, RANGE, RANGE, RANGE, RANGE, RANGE, UNREGISTERED, line, line, inAString, UNREGISTERED};

        assertEquals(String.format(source, marks), RecipeRunner.run(RECIPE, String.format(source, (Object[]) blanks(marks.length))));
    }

    /** An unregistered value of a parameterized test whose parameter is a status is marked; a file with nothing left stays as it is. */
    @Test
    void anUnregisteredValueOfAStatusParameter_isMarked_andAFileWithNothingLeftIsUnchanged() {
        String tests = ""
                + "abstract class StatusTests {\n"
                + "    abstract java.net.HttpURLConnection connection();\n"
                + "\n"
                + "    @org.junit.jupiter.params.ParameterizedTest\n"
                + "    @org.junit.jupiter.params.provider.ValueSource(ints = {200, %s499})\n"
                + "    void answers(int status) throws Exception {\n"
                + "        org.junit.jupiter.api.Assertions.assertEquals(status, connection().getResponseCode());\n"
                + "    }\n"
                + "\n"
                + "    @org.junit.jupiter.params.ParameterizedTest\n"
                + "    @org.junit.jupiter.params.provider.ValueSource(ints = {200, 499})\n"
                + "    void waits(int millis) throws Exception {\n"
                + "        org.junit.jupiter.api.Assertions.assertEquals(millis, connection().getReadTimeout());\n"
                + "    }\n"
                + "}\n";
        String nothingLeft = ""
                + "class Clean {\n"
                + "    boolean found(java.net.HttpURLConnection connection) throws Exception {\n"
                + "        return connection.getResponseCode() == 404 && connection.getReadTimeout() >= 500;\n"
                + "    }\n"
                + "}\n";

        assertEquals(List.of(String.format(tests, UNREGISTERED), nothingLeft),
                RecipeRunner.run(RECIPE, String.format(tests, ""), nothingLeft));
    }

    /** A project's own reader and setter, as the options add them, are seen as the migration sees them; a pattern OpenRewrite cannot read is reported. */
    @Test
    void optionsAddAProjectsOwnReadersAndSetters_andAreValidated() {
        FindUnmigratedStatusCodes search = new FindUnmigratedStatusCodes(List.of("com.acme.Reply code()"), List.of("com.acme.Reply send(int)"));
        String reply = ""
                + "package com.acme;\n"
                + "\n"
                + "public class Reply {\n"
                + "    public int code() {\n"
                + "        return 0;\n"
                + "    }\n"
                + "\n"
                + "    public void send(int status) {\n"
                + "    }\n"
                + "}\n";
        String use = ""
                + "package com.acme;\n"
                + "\n"
                + "class Use {\n"
                + "    boolean use(Reply reply) {\n"
                + "        reply.send(%s499);\n"
                + "        return reply.code() >= %s500;\n"
                + "    }\n"
                + "}\n";

        assertEquals(List.of(reply, String.format(use, UNREGISTERED, RANGE)),
                RecipeRunner.run(search, reply, String.format(use, "", "")));
        assertEquals(List.of(reply, String.format(use, "", "")),
                RecipeRunner.run(new FindUnmigratedStatusCodes(), reply, String.format(use, "", "")));
        assertEquals(List.of("com.acme.Reply code()"), search.getStatusReaders());
        assertEquals(List.of("com.acme.Reply send(int)"), search.getStatusSetters());
        assertTrue(search.validate().isValid());
        assertTrue(new FindUnmigratedStatusCodes().validate().isValid());
        assertFalse(new FindUnmigratedStatusCodes(List.of("com.acme.Reply code("), null).validate().isValid());
        assertFalse(new FindUnmigratedStatusCodes(null, List.of("not a pattern")).validate().isValid());
    }

    /** What the build plugin lists: a name that says it finds, and a description that says what, as a sentence. */
    @Test
    void theSearch_saysWhatItFinds() {
        Recipe search = RecipeRunner.recipe(RECIPE);
        assertTrue(search.getDisplayName().startsWith("Find status codes"), search.getDisplayName());
        assertTrue(search.getDescription().startsWith("Marks the numbers") && search.getDescription().endsWith("."),
                search.getDescription());
    }

    private static String[] blanks(int count) {
        String[] blanks = new String[count];
        java.util.Arrays.fill(blanks, "");
        return blanks;
    }
}
