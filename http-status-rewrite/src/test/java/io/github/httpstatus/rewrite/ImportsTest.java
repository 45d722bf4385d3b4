package io.github.httpstatus.rewrite;

import static io.github.httpstatus.rewrite.Mappings.ALL;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the imports read after the recipes: comments kept, nothing folded or unfolded, blocks kept together. */
class ImportsTest {

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

    /** An import of ours already there is not written again, a wildcard of ours included. */
    @Test
    void importsOfOursAlreadyThere_areNotWrittenAgain() {
        String source = ""
                + "import static io.github.httpstatus.client.HttpStatusCodes.*;\n"
                + "import static java.net.HttpURLConnection.HTTP_GONE;\n"
                + "\n"
                + "import io.github.httpstatus.client.HttpStatusCodes;\n"
                + "import java.net.HttpURLConnection;\n"
                + "\n"
                + "class Client {\n"
                + "    boolean gone(int code) {\n"
                + "        return code == HTTP_GONE || code == HttpURLConnection.HTTP_NOT_FOUND || code == OK || code == HttpStatusCodes.CREATED;\n"
                + "    }\n"
                + "}\n";
        assertEquals(""
                + "import static io.github.httpstatus.client.HttpStatusCodes.*;\n"
                + "\n"
                + "import io.github.httpstatus.client.HttpStatusCodes;\n"
                + "\n"
                + "class Client {\n"
                + "    boolean gone(int code) {\n"
                + "        return code == GONE || code == HttpStatusCodes.NOT_FOUND || code == OK || code == HttpStatusCodes.CREATED;\n"
                + "    }\n"
                + "}\n", RecipeRunner.run(ALL, source));
    }

    /** A file with no import and no package: a header comment stays at the top, above the new import. */
    @Test
    void theFirstImport_goesBelowAHeaderComment() {
        String after = RecipeRunner.run(ALL, ""
                + "/* Licensed to you. */\n"
                + "/** The client. */\n"
                + "class Client {\n"
                + "    boolean ok(java.net.HttpURLConnection connection) throws Exception {\n"
                + "        return connection.getResponseCode() == 200;\n"
                + "    }\n"
                + "}\n");
        assertEquals(""
                + "/* Licensed to you. */\n"
                + "import io.github.httpstatus.client.HttpStatusCodes;\n"
                + "\n"
                + "/** The client. */\n"
                + "class Client {\n"
                + "    boolean ok(java.net.HttpURLConnection connection) throws Exception {\n"
                + "        return connection.getResponseCode() == HttpStatusCodes.OK;\n"
                + "    }\n"
                + "}\n", after);
    }

    /** The last import goes, with a comment above it and one on its line, which stay where it was. */
    @Test
    void theLastImportRemoved_leavesItsCommentsAboveTheClass() {
        String after = RecipeRunner.run(Mappings.PACKAGE + "MigrateHttpURLConnectionConstants", ""
                + "package com.acme;\n"
                + "\n"
                + "import io.github.httpstatus.client.HttpStatusCodes;\n"
                + "// the old codes\n"
                + "import java.net.HttpURLConnection; // going\n"
                + "\n"
                + "class Client {\n"
                + "    boolean ok(int code) {\n"
                + "        return code == HttpURLConnection.HTTP_OK || code == HttpStatusCodes.CREATED;\n"
                + "    }\n"
                + "}\n");
        assertEquals(""
                + "package com.acme;\n"
                + "\n"
                + "import io.github.httpstatus.client.HttpStatusCodes;\n"
                + "// the old codes\n"
                + "// going\n"
                + "\n"
                + "class Client {\n"
                + "    boolean ok(int code) {\n"
                + "        return code == HttpStatusCodes.OK || code == HttpStatusCodes.CREATED;\n"
                + "    }\n"
                + "}\n", after);
    }

    /** A legacy class's method imported statically and still called keeps its import; only the constants' go. */
    @Test
    void aStaticImportOfALegacyMethodStillCalled_stays() {
        String after = RecipeRunner.run(Mappings.PACKAGE + "MigrateJettyConstants", ""
                + "import static org.eclipse.jetty.http.HttpStatus.OK_200;\n"
                + "import static org.eclipse.jetty.http.HttpStatus.isSuccess;\n"
                + "\n"
                + "class Handler {\n"
                + "    boolean done(int code) {\n"
                + "        return isSuccess(code) && code == OK_200 && org.eclipse.jetty.http.HttpStatus.isRedirection(code);\n"
                + "    }\n"
                + "}\n");
        assertEquals(""
                + "import static io.github.httpstatus.client.HttpStatusCodes.OK;\n"
                + "import static org.eclipse.jetty.http.HttpStatus.isSuccess;\n"
                + "\n"
                + "class Handler {\n"
                + "    boolean done(int code) {\n"
                + "        return isSuccess(code) && code == OK && org.eclipse.jetty.http.HttpStatus.isRedirection(code);\n"
                + "    }\n"
                + "}\n", after);
    }

    /** Beside a single static import of ours already there, the legacy one goes rather than become a second. */
    @Test
    void aStaticImportOfOursAlreadyThere_isNotWrittenTwice() {
        assertEquals(""
                + "import static io.github.httpstatus.client.HttpStatusCodes.GONE;\n"
                + "\n"
                + "class Client {\n"
                + "    boolean gone(int code) {\n"
                + "        return code == GONE || code == GONE;\n"
                + "    }\n"
                + "}\n",
                RecipeRunner.run(ALL, ""
                + "import static io.github.httpstatus.client.HttpStatusCodes.GONE;\n"
                + "import static java.net.HttpURLConnection.HTTP_GONE;\n"
                + "\n"
                + "class Client {\n"
                + "    boolean gone(int code) {\n"
                + "        return code == HTTP_GONE || code == GONE;\n"
                + "    }\n"
                + "}\n"));
    }

    /** A file with a package and no import: the import gets a blank line on each side, and the class keeps its comment. */
    @Test
    void theFirstImport_ofAFileWithAPackage() {
        assertEquals(""
                + "package com.acme;\n"
                + "\n"
                + "import io.github.httpstatus.client.HttpStatusCodes;\n"
                + "\n"
                + "// The client.\n"
                + "class Client {\n"
                + "    boolean ok(java.net.HttpURLConnection connection) throws Exception {\n"
                + "        return connection.getResponseCode() == HttpStatusCodes.OK;\n"
                + "    }\n"
                + "}\n",
                RecipeRunner.run(ALL, ""
                + "package com.acme;\n"
                + "\n"
                + "// The client.\n"
                + "class Client {\n"
                + "    boolean ok(java.net.HttpURLConnection connection) throws Exception {\n"
                + "        return connection.getResponseCode() == 200;\n"
                + "    }\n"
                + "}\n"));
    }

    /** The only import goes and none comes (ours is written in full): the class is the first line again. */
    @Test
    void theOnlyImportRemoved_leavesNoBlankLineAtTheTop() {
        assertEquals(""
                + "class Client {\n"
                + "    static class HttpStatusCodes {\n"
                + "    }\n"
                + "\n"
                + "    boolean ok(int code) {\n"
                + "        return code == io.github.httpstatus.client.HttpStatusCodes.OK;\n"
                + "    }\n"
                + "}\n",
                RecipeRunner.run(ALL, ""
                + "import java.net.HttpURLConnection;\n"
                + "\n"
                + "class Client {\n"
                + "    static class HttpStatusCodes {\n"
                + "    }\n"
                + "\n"
                + "    boolean ok(int code) {\n"
                + "        return code == HttpURLConnection.HTTP_OK;\n"
                + "    }\n"
                + "}\n"));
    }

    /** A legacy wildcard goes once none of its members is named, though the class itself still is. */
    @Test
    void aLegacyWildcard_goes_whileTheClassIsStillUsed() {
        assertEquals(""
                + "import static io.github.httpstatus.client.HttpStatusCodes.OK;\n"
                + "\n"
                + "import java.net.HttpURLConnection;\n"
                + "\n"
                + "class Client {\n"
                + "    boolean ok(HttpURLConnection connection) throws Exception {\n"
                + "        return connection.getResponseCode() == OK;\n"
                + "    }\n"
                + "}\n",
                RecipeRunner.run(ALL, ""
                + "import static java.net.HttpURLConnection.*;\n"
                + "\n"
                + "import java.net.HttpURLConnection;\n"
                + "\n"
                + "class Client {\n"
                + "    boolean ok(HttpURLConnection connection) throws Exception {\n"
                + "        return connection.getResponseCode() == HTTP_OK;\n"
                + "    }\n"
                + "}\n"));
    }

    /** Jetty's HttpStatus declares the enum Code, which an import on demand of its members brings in. */
    @Test
    void aStaticImportOnDemand_staysWhileAMemberTypeOfTheLegacyClassIsUsed() {
        String after = RecipeRunner.run(ALL, ""
                + "import static org.eclipse.jetty.http.HttpStatus.*;\n"
                + "\n"
                + "class Client {\n"
                + "    boolean missing() {\n"
                + "        Code code = Code.NOT_FOUND;\n"
                + "        return code.getCode() == NOT_FOUND_404;\n"
                + "    }\n"
                + "}\n");
        assertEquals(true, after.contains("import static org.eclipse.jetty.http.HttpStatus.*;\n"), after);
        assertEquals(true, after.contains("code.getCode() == NOT_FOUND;") || after.contains("code.getCode() == HttpStatusCodes.NOT_FOUND;"), after);
    }

    @Test
    void anImportOnDemandOfTheLegacyClassesMemberTypes_staysWhileOneIsUsed() {
        String after = RecipeRunner.run(ALL, ""
                + "import org.eclipse.jetty.http.HttpStatus.*;\n"
                + "\n"
                + "class Client {\n"
                + "    boolean missing(int status) {\n"
                + "        return Code.NOT_FOUND.getCode() == status || status == org.eclipse.jetty.http.HttpStatus.GONE_410;\n"
                + "    }\n"
                + "}\n");
        assertEquals(true, after.contains("import org.eclipse.jetty.http.HttpStatus.*;\n"), after);
        assertEquals(true, after.contains("HttpStatusCodes.GONE"), after);
    }

    /** Blank lines around a removed import stay as many as the more of the two had. */
    @Test
    void aRemovedImportBetweenBlocks_keepsTheBlankLine() {
        String client = ""
                + "class Client {\n"
                + "    static final int NOT_FOUND = 4;\n"
                + "\n"
                + "    boolean ok(int code, List<Integer> codes) {\n"
                + "        return code == HTTP_NOT_FOUND && requireNonNull(codes).size() == NOT_FOUND;\n"
                + "    }\n"
                + "}\n";
        assertEquals(""
                + "import io.github.httpstatus.client.HttpStatusCodes;\n"
                + "import java.util.List;\n"
                + "\n"
                + "import static java.util.Objects.requireNonNull;\n"
                + "\n"
                + client.replace("code == HTTP_NOT_FOUND", "code == HttpStatusCodes.NOT_FOUND"),
                RecipeRunner.run(ALL, ""
                + "import io.github.httpstatus.client.HttpStatusCodes;\n"
                + "import java.util.List;\n"
                + "import static java.net.HttpURLConnection.HTTP_NOT_FOUND;\n"
                + "\n"
                + "import static java.util.Objects.requireNonNull;\n"
                + "\n"
                + client));
    }
}
