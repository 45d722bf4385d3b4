package io.github.httpstatus.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openrewrite.Recipe;
import org.openrewrite.config.Environment;
import org.openrewrite.config.YamlResourceLoader;

/** What MIGRATING.md says of the literal recipe, against the recipe: its method table and its options' example. */
class MigratingGuideTest {

    private static final Path GUIDE = Path.of("..", "MIGRATING.md");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\| ([^|`]+) \\| `([^`]+)` \\|$", Pattern.MULTILINE);
    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);

    @Test
    void theGuidesTableOfMethods_isTheDataFile_eachRowSaidAsItsKindAndPosition() throws IOException {
        String section = section("### Where a number stands for a status");
        List<String> documented = new ArrayList<>();
        Matcher row = TABLE_ROW.matcher(section);
        while (row.find()) {
            documented.add(row.group(1) + " | " + row.group(2));
        }
        assertEquals(StatusMethods.builtInRows().stream().map(dataRow -> said(dataRow) + " | " + dataRow.pattern)
                .collect(Collectors.toList()), documented);
    }

    /** How the guide's table says what a row's method does. */
    private static String said(StatusMethods.Row row) {
        switch (row.kind) {
            case READ:
                return "returns a status";
            case SET:
                return row.statusArgument == 0 ? "takes a status first" : "takes a status as argument " + (row.statusArgument + 1);
            case COMPARE:
                return "compares its arguments (an assertion)";
            case SUBJECT:
                return "an assertion's subject";
            case SUBJECT_COMPARE:
                return "compares with the subject";
            case MATCHER:
                return "a matcher of its argument";
            default:
                return "an annotation attribute that holds a status";
        }
    }

    @Test
    void theGuidesRewriteYml_addsAProjectsOwnReaderAndSetter() throws IOException {
        Matcher block = YAML_BLOCK.matcher(section("### Where a number stands for a status"));
        assertEquals(true, block.find(), "a yaml block in the section");
        Environment environment = RecipeRunner.ourRecipes()
                .load(new YamlResourceLoader(new ByteArrayInputStream(block.group(1).getBytes(StandardCharsets.UTF_8)),
                        URI.create("rewrite.yml"), new Properties()))
                .build();
        Recipe recipe = environment.activateRecipes("com.acme.MigrateStatusCodes");

        List<String> after = RecipeRunner.run(recipe, ""
                + "package com.acme.client;\n"
                + "\n"
                + "public class ApiReply {\n"
                + "    public int statusCode() {\n"
                + "        return 200;\n"
                + "    }\n"
                + "}\n", ""
                + "package com.acme.server;\n"
                + "\n"
                + "public class Replies {\n"
                + "    public void reply(int status, String message) {\n"
                + "    }\n"
                + "}\n", ""
                + "package com.acme;\n"
                + "\n"
                + "import com.acme.client.ApiReply;\n"
                + "import com.acme.server.Replies;\n"
                + "\n"
                + "class Orders {\n"
                + "    boolean missing(ApiReply reply) {\n"
                + "        return reply.statusCode() == 404;\n"
                + "    }\n"
                + "\n"
                + "    void refuse(Replies replies) {\n"
                + "        replies.reply(404, \"no such order\");\n"
                + "    }\n"
                + "}\n");

        assertEquals(""
                + "package com.acme;\n"
                + "\n"
                + "import com.acme.client.ApiReply;\n"
                + "import com.acme.server.Replies;\n"
                + "import io.github.httpstatus.client.HttpStatusCodes;\n"
                + "\n"
                + "class Orders {\n"
                + "    boolean missing(ApiReply reply) {\n"
                + "        return reply.statusCode() == HttpStatusCodes.NOT_FOUND;\n"
                + "    }\n"
                + "\n"
                + "    void refuse(Replies replies) {\n"
                + "        replies.reply(HttpStatusCodes.NOT_FOUND, \"no such order\");\n"
                + "    }\n"
                + "}\n", after.get(2));
    }

    /** The guide from a heading to the next heading of the same level. */
    private static String section(String heading) throws IOException {
        String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
        int start = guide.indexOf(heading + "\n");
        assertEquals(true, start >= 0, heading + " in " + GUIDE);
        String level = heading.substring(0, heading.indexOf(' ') + 1);
        int end = guide.indexOf("\n" + level, start + heading.length());
        return guide.substring(start, end < 0 ? guide.length() : end);
    }
}
