package io.github.httpstatus.rewrite;

import static io.github.httpstatus.rewrite.Mappings.ALL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the recipes leave as it is, and say so in the run's output: a file in another language,
 * which never fails the run, and a place where no form of our constant is certain.
 */
class LeftAloneTest {

    private static final String JAVA_CLIENT = ""
            + "class JavaClient {\n"
            + "    boolean missing(java.net.HttpURLConnection connection) throws Exception {\n"
            + "        return connection.getResponseCode() == java.net.HttpURLConnection.HTTP_NOT_FOUND;\n"
            + "    }\n"
            + "}\n";

    @Test
    void aKotlinFileWithALegacyConstant_isLeftAndReported_andTheJavaFilesAreMigrated() {
        String kotlin = ""
                + "import java.net.HttpURLConnection\n"
                + "\n"
                + "class KotlinClient {\n"
                + "    fun missing(connection: HttpURLConnection): Boolean =\n"
                + "        connection.responseCode == HttpURLConnection.HTTP_NOT_FOUND\n"
                + "}\n";
        RecipeRunner.Migration migration = RecipeRunner.migrate(RecipeRunner.recipe(ALL), RecipeRunner.NAMED_LIBRARIES,
                List.of(JAVA_CLIENT), List.of(kotlin));
        assertEquals(List.of(kotlin), migration.kotlin);
        assertTrue(migration.java.get(0).contains("== HttpStatusCodes.NOT_FOUND"), migration.java.get(0));
        assertTrue(migration.leftAlone.stream().anyMatch(row -> row.getSourcePath().endsWith(".kt")
                && row.getLeft().contains("java.net.HttpURLConnection")
                && row.getReason().equals("the migration changes Java sources only, and this is Kotlin")),
                migration.leftAlone.toString());
    }

    @Test
    void aKotlinFileWithOnlyLiterals_isLeftAndReported() {
        String kotlin = ""
                + "import java.net.HttpURLConnection\n"
                + "\n"
                + "class KotlinClient {\n"
                + "    fun missing(connection: HttpURLConnection): Boolean = connection.getResponseCode() == 404\n"
                + "}\n";
        RecipeRunner.Migration migration = RecipeRunner.migrate(RecipeRunner.recipe(ALL), RecipeRunner.NAMED_LIBRARIES,
                List.of(), List.of(kotlin));
        assertEquals(List.of(kotlin), migration.kotlin);
        assertTrue(migration.leftAlone.stream().anyMatch(row -> row.getSourcePath().endsWith(".kt")
                && row.getLeft().equals("its status codes")
                && row.getReason().equals("the migration changes Java sources only, and this is Kotlin")),
                migration.leftAlone.toString());
    }

    /** Our simple name taken by another HttpStatusCodes, and a local named io hiding our package. */
    @Test
    void whereNoFormIsCertain_theRunSaysWhy() {
        String otherCodes = ScopeSoundnessTest.OTHER_CODES;
        String client = ""
                + "import com.acme.http.HttpStatusCodes;\n"
                + "\n"
                + "class Client {\n"
                + "    boolean ok(java.net.HttpURLConnection connection) throws Exception {\n"
                + "        int io = connection.getResponseCode();\n"
                + "        return io == 201 || HttpStatusCodes.isSuccess(io);\n"
                + "    }\n"
                + "}\n";
        RecipeRunner.Migration migration = RecipeRunner.migrate(RecipeRunner.recipe(ALL), RecipeRunner.NAMED_LIBRARIES,
                List.of(otherCodes, client), List.of());
        assertEquals(List.of(otherCodes, client), migration.java);
        assertEquals(List.of("Client.java: left what it would have replaced by constants of HttpStatusCodes: "
                        + "`HttpStatusCodes` names something else here, and so may `io`, which would hide the package "
                        + "of the qualified name"),
                migration.leftAlone.stream().map(Object::toString).collect(java.util.stream.Collectors.toList()));
    }
}
