package io.github.httpstatus.rewrite;

import static io.github.httpstatus.rewrite.Mappings.ALL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Code where the obvious rewrite would change what a name means: a name our constant would take is
 * already in scope, our class's simple name is taken, or two locals share a name. Every case also
 * passes {@link MeaningOracle} inside {@link RecipeRunner}; these say how the result reads.
 */
class MeaningPreservedTest {

    private static final String LITERALS = ReplaceStatusCodeLiterals.class.getName();

    // A static import whose name is taken is written as HttpStatusCodes.X instead.

    @Test
    void staticImport_whoseNameAFieldOfTheClassTakes_isQualified() {
        assertEquals(""
                + "import io.github.httpstatus.client.HttpStatusCodes;\n"
                + "\n"
                + "class Result {\n"
                + "    static final int OK = 0;\n"
                + "    static final int FAILED = 1;\n"
                + "\n"
                + "    int result(int code) {\n"
                + "        return code == HttpStatusCodes.OK ? OK : FAILED;\n"
                + "    }\n"
                + "}\n",
                RecipeRunner.run(ALL, ""
                + "import static java.net.HttpURLConnection.HTTP_OK;\n"
                + "\n"
                + "class Result {\n"
                + "    static final int OK = 0;\n"
                + "    static final int FAILED = 1;\n"
                + "\n"
                + "    int result(int code) {\n"
                + "        return code == HTTP_OK ? OK : FAILED;\n"
                + "    }\n"
                + "}\n"));
    }

    @Test
    void staticImport_whoseNameIsFree_staysAStaticImport() {
        assertEquals(""
                + "import static io.github.httpstatus.client.HttpStatusCodes.OK;\n"
                + "\n"
                + "class Result {\n"
                + "    static final int SUCCESS = 0;\n"
                + "\n"
                + "    int result(int code) {\n"
                + "        return code == OK ? SUCCESS : 1;\n"
                + "    }\n"
                + "}\n",
                RecipeRunner.run(ALL, ""
                + "import static java.net.HttpURLConnection.HTTP_OK;\n"
                + "\n"
                + "class Result {\n"
                + "    static final int SUCCESS = 0;\n"
                + "\n"
                + "    int result(int code) {\n"
                + "        return code == HTTP_OK ? SUCCESS : 1;\n"
                + "    }\n"
                + "}\n"));
    }

    /**
     * Each source uses {@code HTTP_MOVED_TEMP} by a static import where something else named {@code
     * FOUND} is, or may be, in scope; the result must read {@code HttpStatusCodes.FOUND}.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // a field of a superclass in the same file
        "class Base { static final boolean FOUND = true; }\n"
                + "class Redirects extends Base { boolean follow(int code) { return code == HTTP_MOVED_TEMP && FOUND; } }\n",
        // a field of an outer class
        "class Redirects { static final int FOUND = 1;\n"
                + "    static class Inner { int follow(int code) { return code == HTTP_MOVED_TEMP ? FOUND : 0; } } }\n",
        // a parameter
        "class Redirects { boolean follow(int code, boolean FOUND) { return code == HTTP_MOVED_TEMP && FOUND; } }\n",
        // a lambda parameter
        "class Redirects { java.util.function.IntPredicate follow = FOUND -> FOUND == HTTP_MOVED_TEMP; }\n",
        // a local in a sibling block: not in scope, but the rewrite does not need to know that
        "class Redirects { boolean follow(int code) { { boolean FOUND = false; } return code == HTTP_MOVED_TEMP; } }\n",
        // a pattern variable
        "class Redirects { boolean follow(Object o, int code) { return o instanceof Integer FOUND && FOUND == HTTP_MOVED_TEMP; } }\n",
        // a wildcard static import with a field of another type
        "class Redirects { boolean FOUND; boolean follow(int code) { return code == HTTP_MOVED_TEMP || FOUND; } }\n",
    })
    void staticImport_whoseNameSomethingElseTakes_isQualified(String body) {
        for (String imports : List.of("import static java.net.HttpURLConnection.*;\n",
                "import static java.net.HttpURLConnection.HTTP_MOVED_TEMP;\nimport static java.net.HttpURLConnection.HTTP_OK;\n")) {
            String after = RecipeRunner.run(ALL, imports + "\n" + body);
            assertTrue(after.contains("== HttpStatusCodes.FOUND"), after);
            assertTrue(after.startsWith("import io.github.httpstatus.client.HttpStatusCodes;\n"), after);
        }
    }

    /** ConfirmationCallback, on the class path, has a field {@code OK} of 3. */
    @Test
    void staticImport_whoseNameASuperclassOnTheClassPathTakes_isQualified() {
        assertEquals(""
                + "import io.github.httpstatus.client.HttpStatusCodes;\n"
                + "\n"
                + "import static io.github.httpstatus.client.HttpStatusCodes.FOUND;\n"
                + "\n"
                + "class Prompt extends javax.security.auth.callback.ConfirmationCallback {\n"
                + "    Prompt() { super(INFORMATION, OK_CANCEL_OPTION, OK); }\n"
                + "    boolean done(int code) { return code == FOUND || code == HttpStatusCodes.OK; }\n"
                + "}\n",
                RecipeRunner.run(ALL, ""
                + "import static java.net.HttpURLConnection.HTTP_MOVED_TEMP;\n"
                + "import static java.net.HttpURLConnection.HTTP_OK;\n"
                + "\n"
                + "class Prompt extends javax.security.auth.callback.ConfirmationCallback {\n"
                + "    Prompt() { super(INFORMATION, OK_CANCEL_OPTION, OK); }\n"
                + "    boolean done(int code) { return code == HTTP_MOVED_TEMP || code == HTTP_OK; }\n"
                + "}\n"));
    }

    @Test
    void anotherStaticImportOfTheName_keepsItsMeaning() {
        assertEquals(""
                + "import io.github.httpstatus.client.HttpStatusCodes;\n"
                + "\n"
                + "import static javax.security.auth.callback.ConfirmationCallback.OK;\n"
                + "\n"
                + "class Answers {\n"
                + "    int answer(int code) {\n"
                + "        return code == HttpStatusCodes.OK ? OK : -1;\n"
                + "    }\n"
                + "}\n",
                RecipeRunner.run(ALL, ""
                + "import static java.net.HttpURLConnection.HTTP_OK;\n"
                + "import static javax.security.auth.callback.ConfirmationCallback.OK;\n"
                + "\n"
                + "class Answers {\n"
                + "    int answer(int code) {\n"
                + "        return code == HTTP_OK ? OK : -1;\n"
                + "    }\n"
                + "}\n"));
    }

    /** Even unused, a static import of another {@code OK} would make ours ambiguous. */
    @Test
    void anUnusedStaticImportOfTheName_stillTakesIt() {
        String after = RecipeRunner.run(ALL, ""
                + "import static java.net.HttpURLConnection.HTTP_OK;\n"
                + "import static javax.security.auth.callback.ConfirmationCallback.OK;\n"
                + "\n"
                + "class Answers {\n"
                + "    boolean ok(int code) {\n"
                + "        return code == HTTP_OK;\n"
                + "    }\n"
                + "}\n");
        assertTrue(after.contains("return code == HttpStatusCodes.OK;"), after);
    }

    /** An enum constant's body is an anonymous class without a class name of its own. */
    @Test
    void anEnumConstantWithABody_isMigratedLikeAnyClass() {
        String after = RecipeRunner.run(ALL, ""
                + "import static java.net.HttpURLConnection.HTTP_OK;\n"
                + "\n"
                + "enum Check {\n"
                + "    STRICT {\n"
                + "        boolean ok(int code) {\n"
                + "            return code == HTTP_OK;\n"
                + "        }\n"
                + "    };\n"
                + "\n"
                + "    abstract boolean ok(int code);\n"
                + "}\n");
        assertTrue(after.contains("return code == OK;"), after);
    }

    /**
     * Another class's wildcard static import shares a name with ours ({@code OK}): a static import
     * of ours would shadow its {@code OK}, so that constant is qualified; the others, which it does
     * not have, are imported one by one beside it.
     */
    @Test
    void anotherWildcardStaticImportSharingOurNames_keepsItsNames() {
        String after = RecipeRunner.run(ALL, ""
                + "import static java.net.HttpURLConnection.*;\n"
                + "import static javax.security.auth.callback.ConfirmationCallback.*;\n"
                + "\n"
                + "class Answers {\n"
                + "    int answer(int code) {\n"
                + "        switch (code) {\n"
                + "            case HTTP_OK: return YES;\n"
                + "            case HTTP_ACCEPTED: return OK;\n"
                + "            case HTTP_NO_CONTENT: return NO;\n"
                + "            default: return ERROR;\n"
                + "        }\n"
                + "    }\n"
                + "}\n");
        assertTrue(after.contains("case HttpStatusCodes.OK: return YES;"), after);
        assertTrue(after.contains("case ACCEPTED: return OK;"), after);
        assertTrue(after.contains("import static io.github.httpstatus.client.HttpStatusCodes.NO_CONTENT;"), after);
        assertTrue(!after.contains("HttpStatusCodes.*"), after);
    }

    // Fields a class inherits from another file: the file never mentions them.

    private static final String BASE = ""
            + "package com.acme;\n"
            + "\n"
            + "public class Base {\n"
            + "    protected static final boolean FOUND = true;\n"
            + "}\n";
    private static final String MIDDLE = ""
            + "package com.acme;\n"
            + "\n"
            + "public class Middle extends Base {\n"
            + "}\n";
    private static final String CONSTANTS = ""
            + "package com.acme;\n"
            + "\n"
            + "public interface Constants {\n"
            + "    int FOUND = 1;\n"
            + "}\n";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "class Redirects extends com.acme.Middle {\n    boolean follow(int code) { return code == HTTP_MOVED_TEMP; }\n}\n",
        "class Redirects implements com.acme.Constants {\n    boolean follow(int code) { return code == HTTP_MOVED_TEMP; }\n}\n",
        "class Redirects {\n    Object follow(int code) {\n        return new com.acme.Middle() {\n"
                + "            boolean found() { return code == HTTP_MOVED_TEMP; }\n        };\n    }\n}\n",
    })
    void staticImport_whoseNameAnInheritedFieldTakes_isQualified(String body) {
        List<String> after = RecipeRunner.run(ALL, BASE, MIDDLE, CONSTANTS,
                "import static java.net.HttpURLConnection.HTTP_MOVED_TEMP;\n\n" + body);
        assertTrue(after.get(3).contains("code == HttpStatusCodes.FOUND"), after.get(3));
    }

    /**
     * A legacy constant of our constant's name (Undertow's {@code StatusCodes.OK} is one): its
     * static import goes, so ours may take the name.
     */
    @Test
    void aLegacyConstantOfOurName_becomesAStaticImportOfOurs() {
        String legacy = ""
                + "package com.acme;\n"
                + "\n"
                + "public class Codes {\n"
                + "    public static final int OK = 200;\n"
                + "}\n";
        List<String> after = RecipeRunner.run(
                new ReplaceLegacyConstants("com.acme.Codes", Map.of("OK", "OK")), legacy, ""
                + "import static com.acme.Codes.OK;\n"
                + "\n"
                + "class Client {\n"
                + "    boolean ok(int code) {\n"
                + "        return code == OK;\n"
                + "    }\n"
                + "}\n");
        assertEquals(""
                + "import static io.github.httpstatus.client.HttpStatusCodes.OK;\n"
                + "\n"
                + "class Client {\n"
                + "    boolean ok(int code) {\n"
                + "        return code == OK;\n"
                + "    }\n"
                + "}\n", after.get(1));
    }

    // Our class's simple name taken: the constant is written fully qualified.

    private static final String OTHER_CODES = ""
            + "package com.acme.http;\n"
            + "\n"
            + "public class HttpStatusCodes {\n"
            + "    public static final int STATUS_CODE_OK = 200;\n"
            + "\n"
            + "    public static boolean isSuccess(int code) {\n"
            + "        return code / 100 == 2;\n"
            + "    }\n"
            + "}\n";

    @Test
    void anotherHttpStatusCodesOfTheSamePackage_keepsItsName() {
        List<String> after = RecipeRunner.run(ALL, OTHER_CODES, ""
                + "package com.acme.http;\n"
                + "\n"
                + "import java.net.HttpURLConnection;\n"
                + "\n"
                + "class Client {\n"
                + "    boolean done(HttpURLConnection connection) throws Exception {\n"
                + "        int code = connection.getResponseCode();\n"
                + "        return code == HttpURLConnection.HTTP_NO_CONTENT || code == 404 || HttpStatusCodes.isSuccess(code);\n"
                + "    }\n"
                + "}\n");
        assertEquals(OTHER_CODES, after.get(0));
        assertEquals(""
                + "package com.acme.http;\n"
                + "\n"
                + "import java.net.HttpURLConnection;\n"
                + "\n"
                + "class Client {\n"
                + "    boolean done(HttpURLConnection connection) throws Exception {\n"
                + "        int code = connection.getResponseCode();\n"
                + "        return code == io.github.httpstatus.client.HttpStatusCodes.NO_CONTENT"
                + " || code == io.github.httpstatus.client.HttpStatusCodes.NOT_FOUND || HttpStatusCodes.isSuccess(code);\n"
                + "    }\n"
                + "}\n", after.get(1));
    }

    @Test
    void anotherHttpStatusCodesOfAWildcardImportedPackage_keepsItsName() {
        List<String> after = RecipeRunner.run(ALL, OTHER_CODES, ""
                + "import static java.net.HttpURLConnection.HTTP_OK;\n"
                + "\n"
                + "import com.acme.http.*;\n"
                + "\n"
                + "class Client {\n"
                + "    static final int OK = 1;\n"
                + "\n"
                + "    int check(int code) {\n"
                + "        return code == HTTP_OK && code == HttpStatusCodes.STATUS_CODE_OK ? OK : 0;\n"
                + "    }\n"
                + "}\n");
        assertEquals(""
                + "import com.acme.http.*;\n"
                + "\n"
                + "class Client {\n"
                + "    static final int OK = 1;\n"
                + "\n"
                + "    int check(int code) {\n"
                + "        return code == io.github.httpstatus.client.HttpStatusCodes.OK && code == HttpStatusCodes.STATUS_CODE_OK ? OK : 0;\n"
                + "    }\n"
                + "}\n", after.get(1));
    }

    @Test
    void anotherHttpStatusCodesImportedByName_keepsItsName() {
        List<String> after = RecipeRunner.run(ALL, OTHER_CODES, ""
                + "import com.acme.http.HttpStatusCodes;\n"
                + "\n"
                + "class Client {\n"
                + "    boolean ok(java.net.HttpURLConnection connection) throws Exception {\n"
                + "        return connection.getResponseCode() == 200 && HttpStatusCodes.isSuccess(java.net.HttpURLConnection.HTTP_ACCEPTED);\n"
                + "    }\n"
                + "}\n");
        assertEquals(""
                + "import com.acme.http.HttpStatusCodes;\n"
                + "\n"
                + "class Client {\n"
                + "    boolean ok(java.net.HttpURLConnection connection) throws Exception {\n"
                + "        return connection.getResponseCode() == io.github.httpstatus.client.HttpStatusCodes.OK"
                + " && HttpStatusCodes.isSuccess(io.github.httpstatus.client.HttpStatusCodes.ACCEPTED);\n"
                + "    }\n"
                + "}\n", after.get(1));
    }

    /** An unused single-type import of another HttpStatusCodes still forbids an import of ours. */
    @Test
    void anUnusedImportOfAnotherHttpStatusCodes_keepsItsName() {
        String client = ""
                + "import com.acme.http.HttpStatusCodes;\n"
                + "\n"
                + "class Client {\n"
                + "    boolean ok(java.net.HttpURLConnection connection) throws Exception {\n"
                + "        return connection.getResponseCode() == 200;\n"
                + "    }\n"
                + "}\n";
        assertEquals(client.replace("== 200", "== io.github.httpstatus.client.HttpStatusCodes.OK"),
                RecipeRunner.run(LITERALS, OTHER_CODES, client).get(1));
    }

    @Test
    void aClassOfOurNameDeclaredInTheFile_keepsItsName() {
        String source = ""
                + "class Client {\n"
                + "    static class HttpStatusCodes {\n"
                + "        static final int MINE = 1;\n"
                + "    }\n"
                + "\n"
                + "    int check(java.net.HttpURLConnection connection) throws Exception {\n"
                + "        return connection.getResponseCode() == 410 ? HttpStatusCodes.MINE : 0;\n"
                + "    }\n"
                + "}\n";
        assertEquals(source.replace("== 410", "== io.github.httpstatus.client.HttpStatusCodes.GONE"),
                RecipeRunner.run(LITERALS, source));
    }

    /** A variable of our class's name would obscure the class in {@code HttpStatusCodes.OK}. */
    @Test
    void aVariableOfOurClassesName_keepsItsName() {
        String source = ""
                + "class Client {\n"
                + "    String HttpStatusCodes = \"mine\";\n"
                + "\n"
                + "    boolean ok(java.net.HttpURLConnection connection) throws Exception {\n"
                + "        return connection.getResponseCode() == 200 && !HttpStatusCodes.isEmpty();\n"
                + "    }\n"
                + "}\n";
        assertEquals(source.replace("== 200", "== io.github.httpstatus.client.HttpStatusCodes.OK"),
                RecipeRunner.run(LITERALS, source));
    }

    /** With {@code HttpStatusCodes} taken and a local {@code io} obscuring the package, no form is safe. */
    @Test
    void whenNoFormOfOurConstantIsSafe_theCodeIsLeftAlone() {
        String client = ""
                + "import com.acme.http.HttpStatusCodes;\n"
                + "\n"
                + "class Client {\n"
                + "    boolean ok(java.net.HttpURLConnection connection) throws Exception {\n"
                + "        int io = 0;\n"
                + "        int code = connection.getResponseCode();\n"
                + "        return code == java.net.HttpURLConnection.HTTP_OK || code == 201 || HttpStatusCodes.isSuccess(io);\n"
                + "    }\n"
                + "}\n";
        assertEquals(List.of(OTHER_CODES, client), RecipeRunner.run(ALL, OTHER_CODES, client));
    }

    /** Dropping {@code connection()} would drop its call; javac evaluates it even for a static field. */
    @Test
    void aConstantReachedThroughAnInstance_isLeftAlone() {
        String source = ""
                + "class Calls {\n"
                + "    int calls;\n"
                + "\n"
                + "    java.net.HttpURLConnection connection() {\n"
                + "        calls++;\n"
                + "        return null;\n"
                + "    }\n"
                + "\n"
                + "    @SuppressWarnings(\"static\")\n"
                + "    int ok() {\n"
                + "        return connection().HTTP_OK;\n"
                + "    }\n"
                + "}\n";
        assertEquals(source, RecipeRunner.run(ALL, source));
    }

    // Locals are told apart by their declarations, not their names.

    @Test
    void aLaterLocalOfTheSameName_isAnotherVariable() {
        assertEquals(""
                + "import io.github.httpstatus.client.HttpStatusCodes;\n"
                + "\n"
                + "class Limits {\n"
                + "    int check(java.net.HttpURLConnection connection, int[] limits) throws Exception {\n"
                + "        {\n"
                + "            int code = connection.getResponseCode();\n"
                + "            if (code == HttpStatusCodes.NOT_FOUND) {\n"
                + "                return -1;\n"
                + "            }\n"
                + "        }\n"
                + "        for (int code : limits) {\n"
                + "            if (code == 500) {\n"
                + "                return code;\n"
                + "            }\n"
                + "        }\n"
                + "        return 0;\n"
                + "    }\n"
                + "}\n",
                RecipeRunner.run(LITERALS, ""
                + "class Limits {\n"
                + "    int check(java.net.HttpURLConnection connection, int[] limits) throws Exception {\n"
                + "        {\n"
                + "            int code = connection.getResponseCode();\n"
                + "            if (code == 404) {\n"
                + "                return -1;\n"
                + "            }\n"
                + "        }\n"
                + "        for (int code : limits) {\n"
                + "            if (code == 500) {\n"
                + "                return code;\n"
                + "            }\n"
                + "        }\n"
                + "        return 0;\n"
                + "    }\n"
                + "}\n"));
    }

    @Test
    void anotherLocalOfTheSameNameChanged_doesNotStopTheStatusComparison() {
        assertEquals(""
                + "import io.github.httpstatus.client.HttpStatusCodes;\n"
                + "\n"
                + "class Counter {\n"
                + "    int check(java.net.HttpURLConnection connection, boolean retry) throws Exception {\n"
                + "        if (retry) {\n"
                + "            int code = 0;\n"
                + "            code++;\n"
                + "            return code == 200 ? 1 : 0;\n"
                + "        }\n"
                + "        int code = connection.getResponseCode();\n"
                + "        return code == HttpStatusCodes.OK ? 2 : 3;\n"
                + "    }\n"
                + "}\n",
                RecipeRunner.run(LITERALS, ""
                + "class Counter {\n"
                + "    int check(java.net.HttpURLConnection connection, boolean retry) throws Exception {\n"
                + "        if (retry) {\n"
                + "            int code = 0;\n"
                + "            code++;\n"
                + "            return code == 200 ? 1 : 0;\n"
                + "        }\n"
                + "        int code = connection.getResponseCode();\n"
                + "        return code == 200 ? 2 : 3;\n"
                + "    }\n"
                + "}\n"));
    }

    /** The loop's {@code code} ends with the loop, so a later {@code code} may hold a status. */
    @Test
    void aLocalDeclaredAfterTheStatementThatUsesTheName_isAnotherVariable() {
        String source = ""
                + "class Later {\n"
                + "    boolean check(java.net.HttpURLConnection connection, int[] limits) throws Exception {\n"
                + "        for (int code : limits) {\n"
                + "            if (code == 500) {\n"
                + "                return false;\n"
                + "            }\n"
                + "        }\n"
                + "        int code = connection.getResponseCode();\n"
                + "        return code == 404;\n"
                + "    }\n"
                + "}\n";
        assertEquals("import io.github.httpstatus.client.HttpStatusCodes;\n\n"
                + source.replace("code == 404", "code == HttpStatusCodes.NOT_FOUND"), RecipeRunner.run(LITERALS, source));
    }

    /** In an old-style switch, a local of one case is in scope in the cases after it. */
    @Test
    void switchCases_shareTheirLocals_soAnAssignmentInALaterCaseCounts() {
        String source = ""
                + "class Cases {\n"
                + "    boolean check(java.net.HttpURLConnection connection, int kind) throws Exception {\n"
                + "        switch (kind) {\n"
                + "            case 1:\n"
                + "                int code = connection.getResponseCode();\n"
                + "                return code == 404;\n"
                + "            case 2:\n"
                + "                code = 0;\n"
                + "                return code == 500;\n"
                + "            default:\n"
                + "                int status = connection.getResponseCode();\n"
                + "                return status == 410;\n"
                + "        }\n"
                + "    }\n"
                + "}\n";
        assertEquals("import io.github.httpstatus.client.HttpStatusCodes;\n\n"
                + source.replace("status == 410", "status == HttpStatusCodes.GONE"), RecipeRunner.run(LITERALS, source));
    }

    /** A method of a local or anonymous class may shadow the enclosing method's locals; its argument list may not. */
    @Test
    void parametersOfAnInnerClassShadowingAStatusLocal_areNotStatuses_butItsConstructorArgumentsSeeTheLocal() {
        String before = ""
                + "class Shadow {\n"
                + "    Object check(java.net.HttpURLConnection connection) throws Exception {\n"
                + "        int code = connection.getResponseCode();\n"
                + "        class Local {\n"
                + "            boolean test(int code) {\n"
                + "                return code == 404;\n"
                + "            }\n"
                + "        }\n"
                + "        return new java.util.ArrayList<String>(code == 201 ? 1 : 2) {\n"
                + "            boolean test(int code) {\n"
                + "                return code == 410;\n"
                + "            }\n"
                + "        };\n"
                + "    }\n"
                + "}\n";
        assertEquals("import io.github.httpstatus.client.HttpStatusCodes;\n\n"
                + before.replace("code == 201", "code == HttpStatusCodes.CREATED"), RecipeRunner.run(LITERALS, before));
    }

    @Test
    void aFieldOfAnInnerClassShadowingAStatusLocal_isNotAStatus() {
        String source = ""
                + "class Shadow {\n"
                + "    Object check(java.net.HttpURLConnection connection) throws Exception {\n"
                + "        int code = connection.getResponseCode();\n"
                + "        return new Object() {\n"
                + "            int code = 7;\n"
                + "\n"
                + "            boolean seven() {\n"
                + "                return code == 200;\n"
                + "            }\n"
                + "        };\n"
                + "    }\n"
                + "}\n";
        assertEquals(source, RecipeRunner.run(LITERALS, source));
    }
}
