package io.github.httpstatus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.httpstatus.HttpStatus;
import io.github.httpstatus.client.HttpStatusCodes;
import io.github.httpstatus.rewrite.ReplaceLegacyConstants;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openrewrite.Recipe;
import org.openrewrite.config.Environment;

/**
 * Each table of MIGRATING.md, against the real legacy class it names and the migration recipe of
 * that class: every row maps a constant of the class to one of ours with the same value, exactly
 * as the recipe replaces it, and no constant of the class is left out.
 */
class MigrationTablesTest {

    private static final Pattern HEADING = Pattern.compile("^## From `([\\w.]+)`$");
    private static final Pattern ROW = Pattern.compile("^\\| `(\\w+)` \\| (\\d+) \\| (`(\\w+)`|\\(none\\)) \\| [^|]*\\|$");

    /** Legacy constant name to our constant name (null where we have none), per legacy class. */
    private static Map<String, Map<String, String>> tables() {
        Map<String, Map<String, String>> tables = new LinkedHashMap<>();
        Map<String, String> table = null;
        String legacyClass = null;
        for (String line : Document.MIGRATING.text().lines().toList()) {
            Matcher heading = HEADING.matcher(line);
            Matcher row = ROW.matcher(line);
            if (heading.matches()) {
                legacyClass = heading.group(1);
                table = new LinkedHashMap<>();
                tables.put(legacyClass, table);
            } else if (row.matches()) {
                assertTrue(table != null, "a table row before any heading: " + line);
                assertEquals(legacyValue(legacyClass, row.group(1)), Integer.parseInt(row.group(2)),
                        "the code column of " + line);
                table.put(row.group(1), row.group(4));
            } else if (table != null && line.startsWith("| `")) {
                throw new AssertionError("a table row this test cannot read: " + line);
            }
        }
        return tables;
    }

    /** HttpCore 5's constants for a whole class, which the guide and the recipe leave alone. */
    private static final Set<String> HTTP_CORE_5_CLASS_MARKERS =
            Set.of("SC_INFORMATIONAL", "SC_SUCCESS", "SC_REDIRECTION", "SC_CLIENT_ERROR", "SC_SERVER_ERROR");

    /**
     * Legacy constant name to our constant name, per legacy class, as the recipes replace them: the
     * constant recipes of the composite, loaded from the recipe jar as a build loads them.
     */
    private static Map<String, Map<String, String>> recipes() throws URISyntaxException {
        Path recipeJar = Path.of(ReplaceLegacyConstants.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Recipe composite = Environment.builder().scanJar(recipeJar, List.of(), MigrationTablesTest.class.getClassLoader())
                .build().activateRecipes("io.github.httpstatus.rewrite.MigrateSourcesToHttpStatusCodes");
        Map<String, Map<String, String>> recipes = new LinkedHashMap<>();
        collect(composite, recipes);
        return recipes;
    }

    private static void collect(Recipe recipe, Map<String, Map<String, String>> recipes) {
        if (recipe instanceof ReplaceLegacyConstants) {
            ReplaceLegacyConstants replace = (ReplaceLegacyConstants) recipe;
            recipes.computeIfAbsent(replace.getLegacyClass(), c -> new TreeMap<>()).putAll(replace.getConstants());
        }
        recipe.getRecipeList().forEach(step -> collect(step, recipes));
    }

    @Test
    void theGuide_coversEveryLegacyClassTheRecipesDo_inTheirOrder_javaxServletBeingJakartasTwin() throws URISyntaxException {
        List<String> recipeClasses = new ArrayList<>(recipes().keySet());
        assertTrue(recipeClasses.remove("javax.servlet.http.HttpServletResponse"));
        assertEquals(recipeClasses, new ArrayList<>(tables().keySet()));
        assertTrue(recipes().get("jakarta.servlet.http.HttpServletResponse").entrySet()
                        .containsAll(recipes().get("javax.servlet.http.HttpServletResponse").entrySet()),
                "javax Servlet's constants map as Jakarta Servlet's of the same name do");
    }

    @Test
    void eachTable_saysWhatItsRecipeDoes() throws URISyntaxException {
        Map<String, Map<String, String>> recipes = recipes();
        for (Map.Entry<String, Map<String, String>> table : tables().entrySet()) {
            Map<String, String> documented = new TreeMap<>();
            table.getValue().forEach((legacy, ours) -> {
                if (ours != null) {
                    documented.put(legacy, ours);
                }
            });
            assertEquals(recipes.get(table.getKey()), documented, table.getKey());
        }
    }

    @Test
    void eachRow_mapsToOurConstantOfTheSameValue_orToNoneWhereTheCodeIsUnregisteredOrAClassMarker() throws Exception {
        for (Map.Entry<String, Map<String, String>> table : tables().entrySet()) {
            for (Map.Entry<String, String> row : table.getValue().entrySet()) {
                int legacy = legacyValue(table.getKey(), row.getKey());
                String where = table.getKey() + "." + row.getKey();
                if (row.getValue() == null) {
                    boolean classMarker = HTTP_CORE_5_CLASS_MARKERS.contains(row.getKey());
                    assertTrue(classMarker || !HttpStatus.find(legacy).isPresent(), where + " has a constant here after all");
                } else {
                    assertEquals(legacy, HttpStatusCodes.class.getField(row.getValue()).getInt(null), where);
                }
            }
        }
    }

    @Test
    void eachTable_listsEveryStatusConstantOfItsClass() throws Exception {
        for (Map.Entry<String, Map<String, String>> table : tables().entrySet()) {
            assertEquals(intConstants(table.getKey()).keySet(), new TreeSet<>(table.getValue().keySet()),
                    table.getKey());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"HTTP_MOVED_TEMP, FOUND", "HTTP_SERVER_ERROR, INTERNAL_SERVER_ERROR", "HTTP_REQ_TOO_LONG, URI_TOO_LONG"})
    void httpUrlConnectionsOddNames_mapByValueNotByName(String legacy, String ours) {
        assertEquals(ours, tables().get("java.net.HttpURLConnection").get(legacy));
    }

    private static int legacyValue(String className, String field) {
        Integer value;
        try {
            value = intConstants(className).get(field);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(className + " cannot be read", e);
        }
        assertTrue(value != null, className + " has no int constant " + field);
        return value;
    }

    /** The one {@code int} constant of a legacy class that is no status, which the guide leaves out. */
    private static final String JETTY_HIGHEST_CODE = "org.eclipse.jetty.http.HttpStatus.MAX_CODE";

    /** Every status constant of a class: each {@code public static final int} but Jetty's highest code. */
    private static Map<String, Integer> intConstants(String className) throws ReflectiveOperationException {
        Map<String, Integer> constants = new TreeMap<>();
        for (Field field : Class.forName(className).getFields()) {
            int modifiers = field.getModifiers();
            if (field.getType() == int.class && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)
                    && !(className + "." + field.getName()).equals(JETTY_HIGHEST_CODE)) {
                constants.put(field.getName(), field.getInt(null));
            }
        }
        return constants;
    }
}
