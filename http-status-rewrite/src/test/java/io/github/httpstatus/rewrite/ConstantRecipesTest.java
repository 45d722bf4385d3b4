package io.github.httpstatus.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.httpstatus.client.HttpStatusCodes;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each constant recipe on a class that uses every status constant of its legacy class, generated
 * from the recipe's mapping; then hand-written cases of how code looks before and after.
 */
class ConstantRecipesTest {

    /** How a source names the legacy constants. */
    enum Style {
        QUALIFIED, STATIC_IMPORTS, WILDCARD_STATIC_IMPORT
    }

    static Stream<Arguments> recipesAndStyles() {
        return Mappings.LEGACY_CLASSES.keySet().stream()
                .flatMap(recipe -> Stream.of(Style.values()).map(style -> Arguments.of(recipe, style)));
    }

    /** Generated from the data, like StatusMethodsTest; mutation testing leaves it to the cases below. */
    @Tag("exhaustive")
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("recipesAndStyles")
    void everyLegacyConstant_becomesOurConstantOfTheSameValue_orIsLeftAlone(String recipeName, Style style)
            throws Exception {
        String legacyClass = Mappings.LEGACY_CLASSES.get(recipeName);
        String simpleName = legacyClass.substring(legacyClass.lastIndexOf('.') + 1);
        Map<String, Integer> legacy = Mappings.legacyConstants(legacyClass);
        Map<String, String> mapping = Mappings.of(recipeName);

        StringBuilder source = new StringBuilder();
        List<String> names = new ArrayList<>(legacy.keySet());
        if (style == Style.QUALIFIED) {
            source.append("import ").append(legacyClass).append(";\n");
        } else if (style == Style.STATIC_IMPORTS) {
            names.forEach(name -> source.append("import static ").append(legacyClass).append('.').append(name).append(";\n"));
        } else {
            source.append("import static ").append(legacyClass).append(".*;\n");
        }
        source.append("\nclass Codes {\n    int[] codes = {\n");
        for (String name : names) {
            source.append("        ").append(style == Style.QUALIFIED ? simpleName + "." : "").append(name).append(",\n");
        }
        source.append("    };\n}\n");

        String after = RecipeRunner.run(recipeName, source.toString());
        // Our static imports are written one by one, so a wildcard of a class with fields of our
        // names (Undertow's OK) is no reason to qualify: nothing of it is named any more.
        boolean typeQualified = style == Style.QUALIFIED;

        String[] elements = after.substring(after.indexOf("codes = {\n") + 10, after.indexOf("    };")).split(",\n");
        assertEquals(names.size(), elements.length, after);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String element = elements[i].trim();
            String ours = mapping.get(name);
            if (ours == null) {
                assertEquals(style == Style.QUALIFIED ? simpleName + "." + name : name, element, "left alone");
            } else {
                assertEquals(typeQualified ? "HttpStatusCodes." + ours : ours, element, name);
                assertEquals((int) legacy.get(name), HttpStatusCodes.class.getField(ours).getInt(null), name);
                if (!typeQualified) {
                    assertTrue(after.contains("import static " + Mappings.CONSTANTS_CLASS + "." + ours + ";"),
                            ours + " not imported:\n" + after);
                }
            }
        }
        boolean anyLeft = mapping.size() < legacy.size();
        assertEquals(anyLeft, after.contains(legacyClass), "the legacy import is kept exactly when needed:\n" + after);
        if (typeQualified) {
            assertTrue(after.startsWith("import " + Mappings.CONSTANTS_CLASS + ";\n"), after);
        }
        assertFalse(after.contains(Mappings.CONSTANTS_CLASS + ".*"), "no wildcard of ours:\n" + after);
    }

    /**
     * Google's class shares our class's simple name: where the file still uses it for something
     * else, ours is written in full; where only its constants were used, ours takes the name.
     */
    @Test
    void googlesHttpStatusCodes_keepsItsName_whereTheFileStillUsesIt() {
        assertEquals(""
                + "import com.google.api.client.http.HttpStatusCodes;\n"
                + "\n"
                + "class Client {\n"
                + "    String describe(int code) {\n"
                + "        if (code == io.github.httpstatus.client.HttpStatusCodes.NOT_FOUND) {\n"
                + "            return \"missing\";\n"
                + "        }\n"
                + "        return HttpStatusCodes.isSuccess(code) ? \"fine\" : \"failed\";\n"
                + "    }\n"
                + "}\n",
                RecipeRunner.run(Mappings.PACKAGE + "MigrateGoogleHttpClientConstants", ""
                + "import com.google.api.client.http.HttpStatusCodes;\n"
                + "\n"
                + "class Client {\n"
                + "    String describe(int code) {\n"
                + "        if (code == HttpStatusCodes.STATUS_CODE_NOT_FOUND) {\n"
                + "            return \"missing\";\n"
                + "        }\n"
                + "        return HttpStatusCodes.isSuccess(code) ? \"fine\" : \"failed\";\n"
                + "    }\n"
                + "}\n"));
    }

    @Test
    void googlesHttpStatusCodes_givesItsNameToOurs_whereOnlyItsConstantsWereUsed() {
        assertEquals(""
                + "import io.github.httpstatus.client.HttpStatusCodes;\n"
                + "\n"
                + "class Client {\n"
                + "    boolean missing(int code) {\n"
                + "        return code == HttpStatusCodes.NOT_FOUND || code == HttpStatusCodes.INTERNAL_SERVER_ERROR;\n"
                + "    }\n"
                + "}\n",
                RecipeRunner.run(Mappings.PACKAGE + "MigrateGoogleHttpClientConstants", ""
                + "import com.google.api.client.http.HttpStatusCodes;\n"
                + "\n"
                + "class Client {\n"
                + "    boolean missing(int code) {\n"
                + "        return code == HttpStatusCodes.STATUS_CODE_NOT_FOUND || code == HttpStatusCodes.STATUS_CODE_SERVER_ERROR;\n"
                + "    }\n"
                + "}\n"));
    }

    /** One by one, for a class with fields of our names too (Undertow's OK): nothing of the wildcard is named any more. */
    @Test
    void wildcardStaticImports_becomeStaticImportsOfOurs() {
        assertEquals(""
                + "import static io.github.httpstatus.client.HttpStatusCodes.NOT_FOUND;\n"
                + "import static io.github.httpstatus.client.HttpStatusCodes.OK;\n"
                + "\n"
                + "class Client {\n"
                + "    int[] codes = {OK, NOT_FOUND};\n"
                + "}\n",
                RecipeRunner.run(Mappings.PACKAGE + "MigrateHttpURLConnectionConstants", ""
                + "import static java.net.HttpURLConnection.*;\n"
                + "\n"
                + "class Client {\n"
                + "    int[] codes = {HTTP_OK, HTTP_NOT_FOUND};\n"
                + "}\n"));
        assertEquals(""
                + "import static io.github.httpstatus.client.HttpStatusCodes.MOVED_PERMANENTLY;\n"
                + "import static io.github.httpstatus.client.HttpStatusCodes.OK;\n"
                + "\n"
                + "class Handler {\n"
                + "    int[] codes = {OK, MOVED_PERMANENTLY};\n"
                + "}\n",
                RecipeRunner.run(Mappings.PACKAGE + "MigrateUndertowConstants", ""
                + "import static io.undertow.util.StatusCodes.*;\n"
                + "\n"
                + "class Handler {\n"
                + "    int[] codes = {OK, MOVED_PERMENANTLY};\n"
                + "}\n"));
    }

    /** A file that already uses our constants keeps using them as it does. */
    @Test
    void aFileHalfMigrated_keepsOurNamesShort() {
        String after = RecipeRunner.run(Mappings.PACKAGE + "MigrateHttpURLConnectionConstants", ""
                + "import static io.github.httpstatus.client.HttpStatusCodes.OK;\n"
                + "import static java.net.HttpURLConnection.HTTP_OK;\n"
                + "\n"
                + "import io.github.httpstatus.client.HttpStatusCodes;\n"
                + "import java.net.HttpURLConnection;\n"
                + "\n"
                + "class HalfMigrated {\n"
                + "    int[] codes = {OK, HTTP_OK, HttpStatusCodes.CREATED, HttpURLConnection.HTTP_GONE};\n"
                + "}\n");
        assertTrue(after.contains("    int[] codes = {OK, OK, HttpStatusCodes.CREATED, HttpStatusCodes.GONE};\n"), after);
    }

    /**
     * Undertow's misspelt names, and its own OK, which a static import of ours takes over; three
     * of them stay three, where OpenRewrite's layout would fold them into one on demand.
     */
    @Test
    void undertowsMisspellings_andItsOwnNamesForOurs() {
        assertEquals(""
                + "import static io.github.httpstatus.client.HttpStatusCodes.GATEWAY_TIMEOUT;\n"
                + "import static io.github.httpstatus.client.HttpStatusCodes.MOVED_PERMANENTLY;\n"
                + "import static io.github.httpstatus.client.HttpStatusCodes.OK;\n"
                + "\n"
                + "import io.github.httpstatus.client.HttpStatusCodes;\n"
                + "import io.undertow.util.StatusCodes;\n"
                + "\n"
                + "class Handler {\n"
                + "    int[] codes = {OK, MOVED_PERMANENTLY, HttpStatusCodes.REQUEST_TIMEOUT, GATEWAY_TIMEOUT};\n"
                + "    String phrase = StatusCodes.NOT_FOUND_STRING;\n"
                + "}\n",
                RecipeRunner.run(Mappings.PACKAGE + "MigrateUndertowConstants", ""
                + "import static io.undertow.util.StatusCodes.GATEWAY_TIME_OUT;\n"
                + "import static io.undertow.util.StatusCodes.MOVED_PERMENANTLY;\n"
                + "import static io.undertow.util.StatusCodes.OK;\n"
                + "\n"
                + "import io.undertow.util.StatusCodes;\n"
                + "\n"
                + "class Handler {\n"
                + "    int[] codes = {OK, MOVED_PERMENANTLY, StatusCodes.REQUEST_TIME_OUT, GATEWAY_TIME_OUT};\n"
                + "    String phrase = StatusCodes.NOT_FOUND_STRING;\n"
                + "}\n"));
    }

    /** Jetty's two names of 302 and two of 103; its MAX_CODE and Twitter's 420 stay. */
    @Test
    void jettysAliases_becomeOneConstant_andItsOtherIntsStay() {
        assertEquals(""
                + "import io.github.httpstatus.client.HttpStatusCodes;\n"
                + "import org.eclipse.jetty.http.HttpStatus;\n"
                + "\n"
                + "class Handler {\n"
                + "    int[] codes = {HttpStatusCodes.FOUND, HttpStatusCodes.FOUND, HttpStatusCodes.EARLY_HINTS, HttpStatusCodes.EARLY_HINTS,\n"
                + "            HttpStatus.ENHANCE_YOUR_CALM_420, HttpStatus.MAX_CODE};\n"
                + "    boolean success = HttpStatus.isSuccess(HttpStatusCodes.OK);\n"
                + "}\n",
                RecipeRunner.run(Mappings.PACKAGE + "MigrateJettyConstants", ""
                + "import org.eclipse.jetty.http.HttpStatus;\n"
                + "\n"
                + "class Handler {\n"
                + "    int[] codes = {HttpStatus.MOVED_TEMPORARILY_302, HttpStatus.FOUND_302, HttpStatus.EARLY_HINT_103, HttpStatus.EARLY_HINTS_103,\n"
                + "            HttpStatus.ENHANCE_YOUR_CALM_420, HttpStatus.MAX_CODE};\n"
                + "    boolean success = HttpStatus.isSuccess(HttpStatus.OK_200);\n"
                + "}\n"));
    }

    // How code looks before and after, as a user reads it.

    /** An import of a subclass stays: the recipe removes imports only of the class it migrates from. */
    @Test
    void switchLabels_andAConstantReachedThroughASubclass() {
        assertEquals(""
                + "import io.github.httpstatus.client.HttpStatusCodes;\n"
                + "import java.net.HttpURLConnection;\n"
                + "import javax.net.ssl.HttpsURLConnection;\n"
                + "\n"
                + "class Client {\n"
                + "    String nextStep(HttpURLConnection connection) throws Exception {\n"
                + "        switch (connection.getResponseCode()) {\n"
                + "            case HttpStatusCodes.OK:\n"
                + "                return \"read the body\";\n"
                + "            case HttpStatusCodes.FOUND:\n"
                + "                return \"follow the redirect\";\n"
                + "            case HttpStatusCodes.CONTENT_TOO_LARGE:\n"
                + "                return \"send less\";\n"
                + "            default:\n"
                + "                return \"give up\";\n"
                + "        }\n"
                + "    }\n"
                + "}\n",
                RecipeRunner.run(Mappings.PACKAGE + "MigrateHttpURLConnectionConstants", ""
                + "import java.net.HttpURLConnection;\n"
                + "import javax.net.ssl.HttpsURLConnection;\n"
                + "\n"
                + "class Client {\n"
                + "    String nextStep(HttpURLConnection connection) throws Exception {\n"
                + "        switch (connection.getResponseCode()) {\n"
                + "            case HttpURLConnection.HTTP_OK:\n"
                + "                return \"read the body\";\n"
                + "            case HttpsURLConnection.HTTP_MOVED_TEMP:\n"
                + "                return \"follow the redirect\";\n"
                + "            case java.net.HttpURLConnection.HTTP_ENTITY_TOO_LARGE:\n"
                + "                return \"send less\";\n"
                + "            default:\n"
                + "                return \"give up\";\n"
                + "        }\n"
                + "    }\n"
                + "}\n"));
    }

    @Test
    void staticImports_becomeStaticImportsOfOurs() {
        assertEquals(""
                + "import static io.github.httpstatus.client.HttpStatusCodes.NOT_FOUND;\n"
                + "import static io.github.httpstatus.client.HttpStatusCodes.UNPROCESSABLE_CONTENT;\n"
                + "\n"
                + "class Handler {\n"
                + "    void reject(jakarta.servlet.http.HttpServletResponse response, boolean missing) {\n"
                + "        response.setStatus(missing ? NOT_FOUND : UNPROCESSABLE_CONTENT);\n"
                + "    }\n"
                + "}\n",
                RecipeRunner.run(Mappings.PACKAGE + "MigrateJakartaServletConstants", ""
                + "import static jakarta.servlet.http.HttpServletResponse.SC_NOT_FOUND;\n"
                + "import static jakarta.servlet.http.HttpServletResponse.SC_UNPROCESSABLE_CONTENT;\n"
                + "\n"
                + "class Handler {\n"
                + "    void reject(jakarta.servlet.http.HttpServletResponse response, boolean missing) {\n"
                + "        response.setStatus(missing ? SC_NOT_FOUND : SC_UNPROCESSABLE_CONTENT);\n"
                + "    }\n"
                + "}\n"));
    }

    @Test
    void httpCore5ClassMarkers_andUnregisteredCodes_areLeftAlone() {
        String source = ""
                + "import org.apache.hc.core5.http.HttpStatus;\n"
                + "\n"
                + "class Ranges {\n"
                + "    boolean isSuccess(int code) {\n"
                + "        return code >= HttpStatus.SC_SUCCESS && code < HttpStatus.SC_REDIRECTION;\n"
                + "    }\n"
                + "\n"
                + "    boolean isWebDavDraft(int code) {\n"
                + "        return code == HttpStatus.SC_METHOD_FAILURE || code == HttpStatus.SC_INSUFFICIENT_SPACE_ON_RESOURCE;\n"
                + "    }\n"
                + "}\n";
        assertEquals(source, RecipeRunner.run(Mappings.PACKAGE + "MigrateApacheHttpCore5Constants", source));
    }

    @Test
    void aProjectsOwnConstantsOfTheSameName_areLeftAlone() {
        String source = ""
                + "class Legacy {\n"
                + "    static final int HTTP_OK = 200;\n"
                + "    static final int SC_NOT_FOUND = 404;\n"
                + "\n"
                + "    boolean found(int code) {\n"
                + "        return code == HTTP_OK || code != Legacy.SC_NOT_FOUND;\n"
                + "    }\n"
                + "}\n";
        assertEquals(source, RecipeRunner.run(Mappings.ALL, source));
    }
}
