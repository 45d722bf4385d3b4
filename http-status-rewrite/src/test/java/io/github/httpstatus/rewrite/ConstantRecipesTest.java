package io.github.httpstatus.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.httpstatus.client.HttpStatusCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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

        String[] elements = after.substring(after.indexOf("codes = {\n") + 10, after.indexOf("    };")).split(",\n");
        assertEquals(names.size(), elements.length, after);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String element = elements[i].trim();
            String ours = mapping.get(name);
            if (ours == null) {
                assertEquals(style == Style.QUALIFIED ? simpleName + "." + name : name, element, "left alone");
            } else {
                assertEquals(style == Style.QUALIFIED ? "HttpStatusCodes." + ours : ours, element, name);
                assertEquals((int) legacy.get(name), HttpStatusCodes.class.getField(ours).getInt(null), name);
                if (style != Style.QUALIFIED) {
                    assertTrue(after.contains("import static " + Mappings.CONSTANTS_CLASS + "." + ours + ";")
                            || after.contains("import static " + Mappings.CONSTANTS_CLASS + ".*;"), ours + " not imported:\n" + after);
                }
            }
        }
        boolean anyLeft = mapping.size() < legacy.size();
        assertEquals(anyLeft, after.contains(legacyClass), "the legacy import is kept exactly when needed:\n" + after);
        if (style == Style.QUALIFIED) {
            assertTrue(after.startsWith("import " + Mappings.CONSTANTS_CLASS + ";\n"), after);
        }
    }

    // How code looks before and after, as a user reads it.

    /** An import of a subclass stays: the recipe removes imports only of the class it migrates from. */
    @Test
    void switchLabels_andAConstantReachedThroughASubclass() {
        assertEquals(""
                + "import java.net.HttpURLConnection;\n"
                + "\n"
                + "import javax.net.ssl.HttpsURLConnection;\n"
                + "\n"
                + "import io.github.httpstatus.client.HttpStatusCodes;\n"
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
        assertEquals(source, RecipeRunner.run(Mappings.PACKAGE + "MigrateToHttpStatusCodes", source));
    }
}
