package io.github.httpstatus.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the imports read after the recipes: comments kept, nothing folded or unfolded, blocks kept together. */
class ImportsTest {

    private static final String ALL = Mappings.PACKAGE + "MigrateToHttpStatusCodes";

    @Test
    void commentsOnAReplacedImport_stayWithIt() {
        assertEquals(""
                + "// The statuses this client checks.\n"
                + "import static io.github.httpstatus.client.HttpStatusCodes.NOT_FOUND; // a missing order\n"
                + "import static io.github.httpstatus.client.HttpStatusCodes.OK; /* the usual */\n"
                + "\n"
                + "class Client {\n"
                + "    boolean found(int code) {\n"
                + "        return code == OK || code != NOT_FOUND;\n"
                + "    }\n"
                + "}\n",
                RecipeRunner.run(ALL, ""
                + "// The statuses this client checks.\n"
                + "import static java.net.HttpURLConnection.HTTP_NOT_FOUND; // a missing order\n"
                + "import static java.net.HttpURLConnection.HTTP_OK; /* the usual */\n"
                + "\n"
                + "class Client {\n"
                + "    boolean found(int code) {\n"
                + "        return code == HTTP_OK || code != HTTP_NOT_FOUND;\n"
                + "    }\n"
                + "}\n"));
    }

    /** A comment on the line of a legacy import that goes without a replacement moves to the next line. */
    @Test
    void commentsOnARemovedImport_stayInTheFile() {
        String after = RecipeRunner.run(ALL, ""
                + "import java.net.HttpURLConnection; // the legacy codes\n"
                + "import java.util.List;\n"
                + "\n"
                + "class Client {\n"
                + "    boolean found(int code, List<Integer> codes) {\n"
                + "        return code == HttpURLConnection.HTTP_OK;\n"
                + "    }\n"
                + "}\n");
        assertEquals(""
                + "import io.github.httpstatus.client.HttpStatusCodes;\n"
                + "// the legacy codes\n"
                + "import java.util.List;\n"
                + "\n"
                + "class Client {\n"
                + "    boolean found(int code, List<Integer> codes) {\n"
                + "        return code == HttpStatusCodes.OK;\n"
                + "    }\n"
                + "}\n", after);
    }

    /** Google's HttpStatusCodes gives its name to ours once all its uses are gone, whichever recipe ran first. */
    @Test
    void ourSimpleName_isUsedEverywhere_onceGooglesClassHasGone() {
        String after = RecipeRunner.run(ALL, ""
                + "import com.google.api.client.http.HttpStatusCodes;\n"
                + "import java.net.HttpURLConnection;\n"
                + "\n"
                + "class Client {\n"
                + "    boolean found(int code) {\n"
                + "        return code == HttpStatusCodes.STATUS_CODE_OK || code == HttpURLConnection.HTTP_CREATED;\n"
                + "    }\n"
                + "}\n");
        assertEquals(""
                + "import io.github.httpstatus.client.HttpStatusCodes;\n"
                + "\n"
                + "class Client {\n"
                + "    boolean found(int code) {\n"
                + "        return code == HttpStatusCodes.OK || code == HttpStatusCodes.CREATED;\n"
                + "    }\n"
                + "}\n", after);
    }

    /** The wildcard stays; ours takes the simple name, since nothing uses Google's any more. */
    @Test
    void aWildcardImportOfTheLegacyPackage_staysAWildcard() {
        String source = ""
                + "import com.google.api.client.http.*;\n"
                + "\n"
                + "class Client {\n"
                + "    boolean found(HttpResponse response, GenericUrl url, HttpHeaders headers) {\n"
                + "        return response.getStatusCode() == HttpStatusCodes.STATUS_CODE_NOT_FOUND;\n"
                + "    }\n"
                + "}\n";
        List<String> after = RecipeRunner.run(RecipeRunner.recipe(ALL), RecipeRunner.WHOLE_TEST_CLASSPATH, source);
        assertEquals(source
                .replace("http.*;\n", "http.*;\nimport io.github.httpstatus.client.HttpStatusCodes;\n")
                .replace("HttpStatusCodes.STATUS_CODE_NOT_FOUND", "HttpStatusCodes.NOT_FOUND"), after.get(0));
    }

    /**
     * Static imports first, as in Google's style: the static imports stay together, and the new type
     * import goes where the file's detected layout puts a package of its kind, after them.
     */
    @Test
    void aTypeImportOfOurs_joinsTheTypeImports_andTheStaticImportsStayTogether() {
        String after = RecipeRunner.run(ALL, ""
                + "import static java.net.HttpURLConnection.HTTP_OK;\n"
                + "import static java.util.Objects.requireNonNull;\n"
                + "\n"
                + "import java.util.List;\n"
                + "\n"
                + "class Client {\n"
                + "    static final int OK = 7;\n"
                + "\n"
                + "    boolean found(int code, List<Integer> codes) {\n"
                + "        return code == HTTP_OK && requireNonNull(codes).size() == OK;\n"
                + "    }\n"
                + "}\n");
        assertEquals(""
                + "import static java.util.Objects.requireNonNull;\n"
                + "\n"
                + "import java.util.List;\n"
                + "\n"
                + "import io.github.httpstatus.client.HttpStatusCodes;\n"
                + "\n"
                + "class Client {\n"
                + "    static final int OK = 7;\n"
                + "\n"
                + "    boolean found(int code, List<Integer> codes) {\n"
                + "        return code == HttpStatusCodes.OK && requireNonNull(codes).size() == OK;\n"
                + "    }\n"
                + "}\n", after);
    }
}
