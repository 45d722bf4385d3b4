package io.github.httpstatus.rewrite;

import static io.github.httpstatus.rewrite.Mappings.ALL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a name the recipes write can mean by the JLS's scoping, shadowing and obscuring rules, from
 * declarations the file itself never mentions: member types inherited from a supertype in the
 * file, in another file or in a library; the names our two classes share; the members a static
 * import on demand brings; types named {@code io}. Each case also passes {@link MeaningOracle}.
 */
class ScopeSoundnessTest {

    // An inherited member type named HttpStatusCodes would capture HttpStatusCodes.OK.

    private static final String APP_CONSTANTS = ""
            + "package com.acme;\n"
            + "\n"
            + "public interface AppConstants {\n"
            + "    interface HttpStatusCodes {\n"
            + "        int OK = 0;\n"
            + "    }\n"
            + "}\n";
    private static final String BASE_CLIENT = ""
            + "package com.acme;\n"
            + "\n"
            + "public class BaseClient {\n"
            + "    protected static class HttpStatusCodes {\n"
            + "        public static final int OK = 0;\n"
            + "    }\n"
            + "}\n";

    // Clients of ours that inherit one of those member types.

    private static final String IMPLEMENTS_APP_CONSTANTS = "class Client implements com.acme.AppConstants {\n"
            + "    boolean ok(int code) { return code == java.net.HttpURLConnection.HTTP_OK; }\n}\n";
    private static final String EXTENDS_BASE_CLIENT = "class Client extends com.acme.BaseClient {\n"
            + "    boolean ok(int code) { return code == java.net.HttpURLConnection.HTTP_OK; }\n}\n";
    private static final String IN_AN_ANONYMOUS_BASE_CLIENT = "class Client {\n"
            + "    Object ok(int code) {\n        return new com.acme.BaseClient() {\n"
            + "            boolean ok() { return code == java.net.HttpURLConnection.HTTP_OK; }\n        };\n    }\n}\n";
    private static final String IN_AN_INNER_BASE_CLIENT = "class Client {\n    class Inner extends com.acme.BaseClient {\n"
            + "        boolean ok(int code) { return code == java.net.HttpURLConnection.HTTP_OK; }\n    }\n}\n";

    /** Each class inherits a member type named {@code HttpStatusCodes}, declared in another file. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {IMPLEMENTS_APP_CONSTANTS, EXTENDS_BASE_CLIENT, IN_AN_ANONYMOUS_BASE_CLIENT, IN_AN_INNER_BASE_CLIENT})
    void anInheritedMemberTypeOfOurName_fromAnotherFile_getsTheFullyQualifiedForm(String client) {
        List<String> after = RecipeRunner.run(ALL, APP_CONSTANTS, BASE_CLIENT, client);
        assertTrue(after.get(2).contains("code == io.github.httpstatus.client.HttpStatusCodes.OK"), after.get(2));
        assertFalse(after.get(2).contains("import io.github"), after.get(2));
    }

    @Test
    void anInheritedMemberTypeOfOurName_fromASupertypeInTheFile_getsTheFullyQualifiedForm() {
        String after = RecipeRunner.run(ALL, ""
                + "import static java.net.HttpURLConnection.HTTP_OK;\n"
                + "\n"
                + "interface AppConstants {\n"
                + "    interface HttpStatusCodes {\n"
                + "        int OK = 0;\n"
                + "    }\n"
                + "}\n"
                + "\n"
                + "class Client implements AppConstants {\n"
                + "    static final int OK = 1;\n"
                + "\n"
                + "    boolean ok(int code) {\n"
                + "        return code == HTTP_OK;\n"
                + "    }\n"
                + "}\n");
        assertTrue(after.contains("return code == io.github.httpstatus.client.HttpStatusCodes.OK;"), after);
    }

    /** The library is on the class path only, compiled: no source of it is parsed. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {IMPLEMENTS_APP_CONSTANTS, EXTENDS_BASE_CLIENT, IN_AN_ANONYMOUS_BASE_CLIENT})
    void anInheritedMemberTypeOfOurName_fromALibrary_getsTheFullyQualifiedForm(String client) {
        List<Path> classpath = CompiledLibrary.classpathWith(APP_CONSTANTS, BASE_CLIENT);
        String after = RecipeRunner.run(RecipeRunner.recipe(ALL), classpath, client).get(0);
        assertTrue(after.contains("code == io.github.httpstatus.client.HttpStatusCodes.OK"), after);
    }

    /** A member type of another name inherited from a library leaves our short form free. */
    @Test
    void aLibrarysOtherMemberTypes_leaveTheShortFormFree() {
        String library = ""
                + "package com.acme;\n"
                + "\n"
                + "public class Service {\n"
                + "    public static class Codes {\n"
                + "    }\n"
                + "}\n";
        String client = "class Client extends com.acme.Service {\n"
                + "    boolean ok(int code) { return code == java.net.HttpURLConnection.HTTP_OK; }\n}\n";
        String after = RecipeRunner.run(RecipeRunner.recipe(ALL), CompiledLibrary.classpathWith(library), client).get(0);
        assertTrue(after.contains("code == HttpStatusCodes.OK"), after);
    }

    // Our two classes share their names: a static import of one shadows the other's on-demand import.

    @Test
    void aWildcardOfOurStringConstants_keepsItsNames_whenAnIntConstantIsWritten() {
        String source = ""
                + "import static io.github.httpstatus.client.HttpStatusCodeStrings.*;\n"
                + "import static java.net.HttpURLConnection.HTTP_NOT_FOUND;\n"
                + "\n"
                + "import java.util.Map;\n"
                + "\n"
                + "class Descriptions {\n"
                + "    static final Map<String, String> DESCRIPTIONS = Map.of(NOT_FOUND, \"missing\");\n"
                + "\n"
                + "    String describe(int code) {\n"
                + "        return code == HTTP_NOT_FOUND ? DESCRIPTIONS.get(NOT_FOUND) : \"\";\n"
                + "    }\n"
                + "}\n";
        String after = RecipeRunner.run(ALL, source);
        assertTrue(after.contains("return code == HttpStatusCodes.NOT_FOUND ? DESCRIPTIONS.get(NOT_FOUND) : \"\";"), after);
        assertFalse(after.contains("import static io.github.httpstatus.client.HttpStatusCodes.NOT_FOUND;"), after);
    }

    @Test
    void aSingleStaticImportOfOurStringConstant_keepsItsName_whenTheIntOfThatNameIsWritten() {
        String source = ""
                + "import static io.github.httpstatus.client.HttpStatusCodeStrings.NOT_FOUND;\n"
                + "import static java.net.HttpURLConnection.HTTP_NOT_FOUND;\n"
                + "\n"
                + "class Descriptions {\n"
                + "    String describe(int code) {\n"
                + "        return code == HTTP_NOT_FOUND ? NOT_FOUND : \"\";\n"
                + "    }\n"
                + "}\n";
        String after = RecipeRunner.run(ALL, source);
        assertTrue(after.contains("return code == HttpStatusCodes.NOT_FOUND ? NOT_FOUND : \"\";"), after);
    }

    @Test
    void aWildcardOfOurStringConstants_besideAnOpenApiAnnotation_stillCompiles() {
        String source = ""
                + "import static io.github.httpstatus.client.HttpStatusCodeStrings.*;\n"
                + "import static java.net.HttpURLConnection.HTTP_NOT_FOUND;\n"
                + "\n"
                + "import io.swagger.v3.oas.annotations.responses.ApiResponse;\n"
                + "\n"
                + "class Orders {\n"
                + "    @ApiResponse(responseCode = NOT_FOUND, description = \"no such order\")\n"
                + "    boolean missing(int code) {\n"
                + "        return code == HTTP_NOT_FOUND;\n"
                + "    }\n"
                + "}\n";
        String after = RecipeRunner.run(ALL, source);
        assertTrue(after.contains("@ApiResponse(responseCode = NOT_FOUND, description = \"no such order\")"), after);
        assertTrue(after.contains("return code == HttpStatusCodes.NOT_FOUND;"), after);
    }

    // Static imports of ours are never folded into a wildcard, which would bring in responses().

    private static final String RECORDED = ""
            + "package fix;\n"
            + "\n"
            + "import java.util.List;\n"
            + "\n"
            + "public class Recorded {\n"
            + "    public static List<String> responses(String... extra) {\n"
            + "        return List.of(\"first\", \"second\");\n"
            + "    }\n"
            + "}\n";

    @Test
    void manyStaticImports_stayOneByOne_soThatResponsesKeepsItsMeaning() {
        String client = ""
                + "import static fix.Recorded.*;\n"
                + "import static java.net.HttpURLConnection.HTTP_CREATED;\n"
                + "import static java.net.HttpURLConnection.HTTP_NOT_FOUND;\n"
                + "import static java.net.HttpURLConnection.HTTP_OK;\n"
                + "import static java.net.HttpURLConnection.HTTP_GONE;\n"
                + "\n"
                + "class Client {\n"
                + "    int count(int code) {\n"
                + "        if (code == HTTP_OK || code == HTTP_CREATED || code == HTTP_NOT_FOUND || code == HTTP_GONE) {\n"
                + "            return responses().size();\n"
                + "        }\n"
                + "        return 0;\n"
                + "    }\n"
                + "}\n";
        String after = RecipeRunner.run(ALL, RECORDED, client).get(1);
        assertFalse(after.contains("HttpStatusCodes.*"), after);
        assertTrue(after.contains("import static io.github.httpstatus.client.HttpStatusCodes.OK;"), after);
        assertTrue(after.contains("if (code == OK || code == CREATED || code == NOT_FOUND || code == GONE) {"), after);
    }

    @Test
    void aWildcardOfLegacyConstants_staysOneByOne_too() {
        String client = ""
                + "import static fix.Recorded.*;\n"
                + "import static java.net.HttpURLConnection.*;\n"
                + "\n"
                + "class Client {\n"
                + "    int count(int code) {\n"
                + "        switch (code) {\n"
                + "            case HTTP_OK: case HTTP_CREATED: case HTTP_ACCEPTED: case HTTP_NOT_FOUND: case HTTP_GONE:\n"
                + "                return responses().size();\n"
                + "            default:\n"
                + "                return 0;\n"
                + "        }\n"
                + "    }\n"
                + "}\n";
        String after = RecipeRunner.run(ALL, RECORDED, client).get(1);
        assertFalse(after.contains("HttpStatusCodes.*"), after);
        assertTrue(after.contains("return responses().size();"), after);
    }

    // A type named io obscures the package of the fully qualified form.

    /** Another class of our simple name, in a package of its own. */
    static final String OTHER_CODES = ""
            + "package com.acme.http;\n"
            + "\n"
            + "public class HttpStatusCodes {\n"
            + "    public static boolean isSuccess(int code) {\n"
            + "        return code / 100 == 2;\n"
            + "    }\n"
            + "}\n";

    /** The end of a client class: a method that compares a status with 200 and asks the other HttpStatusCodes. */
    private static final String USES_OTHER_CODES = ""
            + "    boolean ok(java.net.HttpURLConnection connection) throws Exception {\n"
            + "        return connection.getResponseCode() == 200 && HttpStatusCodes.isSuccess(201);\n"
            + "    }\n"
            + "}\n";

    /** Our simple name is taken by another HttpStatusCodes, and a type named io hides our package. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "    static class io {\n    }\n",
        "    enum io { A }\n",
        "    interface io {\n    }\n",
        "    <io> void generic() {\n    }\n",
    })
    void aTypeNamedIo_whereOurSimpleNameIsTaken_leavesTheCodeAsItIs(String ioType) {
        String client = ""
                + "import com.acme.http.HttpStatusCodes;\n"
                + "\n"
                + "class Client {\n"
                + ioType
                + "\n"
                + "    boolean ok(java.net.HttpURLConnection connection) throws Exception {\n"
                + "        int code = connection.getResponseCode();\n"
                + "        return code == java.net.HttpURLConnection.HTTP_OK || code == 201 || HttpStatusCodes.isSuccess(code);\n"
                + "    }\n"
                + "}\n";
        assertEquals(List.of(OTHER_CODES, client), RecipeRunner.run(ALL, OTHER_CODES, client));
    }

    private static final String IO_TYPE = ""
            + "package com.acme.http;\n"
            + "\n"
            + "public class Holder {\n"
            + "    public static class io {\n"
            + "    }\n"
            + "}\n";

    /** A member type named io is inherited, or comes in by an import, from a class the file never mentions. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "class Client extends com.acme.http.Holder {\n",
        "class Client {\n    Object holder = new com.acme.http.Holder() {\n    };\n",
    })
    void anInheritedTypeNamedIo_whereOurSimpleNameIsTaken_leavesTheCodeAsItIs(String classHeader) {
        String client = ""
                + "import com.acme.http.HttpStatusCodes;\n"
                + "\n"
                + classHeader
                + USES_OTHER_CODES;
        List<Path> classpath = CompiledLibrary.classpathWith(OTHER_CODES, IO_TYPE);
        assertEquals(client, RecipeRunner.run(RecipeRunner.recipe(ALL), classpath, client).get(0));
    }

    @Test
    void aTypeNamedIoInThePackage_whereOurSimpleNameIsTaken_leavesTheCodeAsItIs() {
        String io = ""
                + "package com.acme.http;\n"
                + "\n"
                + "class io {\n"
                + "}\n";
        String client = ""
                + "package com.acme.http;\n"
                + "\n"
                + "class Client {\n"
                + USES_OTHER_CODES;
        assertEquals(List.of(OTHER_CODES, io, client), RecipeRunner.run(ALL, OTHER_CODES, io, client));
    }

    @Test
    void aTypeNamedIo_whereOurSimpleNameIsFree_doesNotMatter() {
        String client = ""
                + "class Client {\n"
                + "    static class io {\n"
                + "    }\n"
                + "\n"
                + "    boolean ok(java.net.HttpURLConnection connection) throws Exception {\n"
                + "        return connection.getResponseCode() == 200;\n"
                + "    }\n"
                + "}\n";
        assertEquals("import io.github.httpstatus.client.HttpStatusCodes;\n\n"
                + client.replace("== 200", "== HttpStatusCodes.OK"), RecipeRunner.run(ALL, client));
    }

    /** The type named io comes by an import on demand: of its package, of its class, or static. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "import com.acme.names.*;\n",
        "import com.acme.http.Holder.*;\n",
        "import static com.acme.http.Holder.*;\n",
    })
    void aTypeNamedIoImportedOnDemand_whereOurSimpleNameIsTaken_leavesTheCodeAsItIs(String onDemand) {
        String names = "package com.acme.names;\n\npublic class io {\n}\n";
        String client = ""
                + "import com.acme.http.HttpStatusCodes;\n"
                + onDemand
                + "\n"
                + "class Client {\n"
                + USES_OTHER_CODES;
        List<Path> classpath = CompiledLibrary.classpathWith(OTHER_CODES, IO_TYPE, names);
        assertEquals(client, RecipeRunner.run(RecipeRunner.recipe(ALL), classpath, client).get(0));
    }

    /** {@code io} as the first name of a package in a qualified name hides nothing. */
    @Test
    void ioAsAPackagesName_leavesTheFullyQualifiedFormFree() {
        String client = ""
                + "import com.acme.http.HttpStatusCodes;\n"
                + "\n"
                + "class Client {\n"
                + "    String phrase = io.undertow.util.StatusCodes.NOT_FOUND_STRING;\n"
                + "\n"
                + USES_OTHER_CODES;
        List<Path> classpath = CompiledLibrary.classpathWith(OTHER_CODES);
        assertEquals(client.replace("== 200", "== io.github.httpstatus.client.HttpStatusCodes.OK"),
                RecipeRunner.run(RecipeRunner.recipe(ALL), classpath, client).get(0));
    }
}
