package io.github.httpstatus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The core jar's copy of the legacy constant names, which its name suggestions use, is the
 * migration recipes' table row for row: core cannot depend on the recipes, so this test keeps the
 * two from drifting apart. A new row in {@code http-status.yml} fails here until the copy has it.
 */
class LegacyNamesTest {

    private static final Pattern RECIPE_TABLE = Pattern.compile("legacyClass: ([\\w.]+)\\n\\s+constants:\\n((?: {8}\\w+: \\w+\\n)+)");
    private static final Pattern RECIPE_ROW = Pattern.compile(" {8}(\\w+): (\\w+)\\n");

    private static String resource(String name) throws IOException {
        try (InputStream in = LegacyNamesTest.class.getResourceAsStream(name)) {
            assertTrue(in != null, "no resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void coresCopy_isEveryRowOfTheRecipesInTheirOrder() throws IOException {
        List<String> recipes = new ArrayList<>();
        Matcher table = RECIPE_TABLE.matcher(resource("/META-INF/rewrite/http-status.yml"));
        while (table.find()) {
            Matcher row = RECIPE_ROW.matcher(table.group(2));
            while (row.find()) {
                recipes.add(table.group(1) + "\t" + row.group(1) + "\t" + row.group(2));
            }
        }
        List<String> copy = resource("/io/github/httpstatus/legacy-names.tsv").lines().toList();
        assertEquals("class\tname\tmember", copy.get(0));
        assertTrue(recipes.size() > 100, "the recipes' tables were not read: " + recipes.size());
        assertEquals(recipes, copy.subList(1, copy.size()));
    }
}
