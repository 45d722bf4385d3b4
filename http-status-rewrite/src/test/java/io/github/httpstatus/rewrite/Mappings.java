package io.github.httpstatus.rewrite;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.openrewrite.Recipe;

/** The constant recipes of this module as data, read the way OpenRewrite reads them. */
final class Mappings {

    static final String PACKAGE = "io.github.httpstatus.rewrite.";
    static final String CONSTANTS_CLASS = "io.github.httpstatus.client.HttpStatusCodes";

    /** The migration a user runs: every constant recipe and the literal recipe, then the dependency recipe. */
    static final String ALL = PACKAGE + "MigrateToHttpStatusCodes";

    /**
     * Each constant recipe and the legacy class it migrates from, in the order of the composite
     * that lists them, {@code MigrateSourcesToHttpStatusCodes}: a recipe of it made of {@link
     * ReplaceLegacyConstants} steps of one class is one.
     */
    static final Map<String, String> LEGACY_CLASSES = legacyClasses();

    private static Map<String, String> legacyClasses() {
        Map<String, String> classes = new LinkedHashMap<>();
        for (Recipe recipe : RecipeRunner.recipe(PACKAGE + "MigrateSourcesToHttpStatusCodes").getRecipeList()) {
            Set<String> legacy = recipe.getRecipeList().stream()
                    .filter(ReplaceLegacyConstants.class::isInstance)
                    .map(step -> ((ReplaceLegacyConstants) step).getLegacyClass())
                    .collect(Collectors.toSet());
            if (legacy.size() == 1) {
                classes.put(recipe.getName(), legacy.iterator().next());
            }
        }
        return classes;
    }

    private Mappings() {
    }

    /** Legacy constant name to our constant name, as a constant recipe replaces them. */
    static Map<String, String> of(String recipeName) {
        String legacyClass = LEGACY_CLASSES.get(recipeName);
        Map<String, String> mapping = new TreeMap<>();
        for (Recipe step : RecipeRunner.recipe(recipeName).getRecipeList()) {
            ReplaceLegacyConstants replace = (ReplaceLegacyConstants) step;
            if (!replace.getLegacyClass().equals(legacyClass)) {
                throw new AssertionError(recipeName + " replaces the constants of " + replace.getLegacyClass());
            }
            replace.getConstants().forEach((from, to) -> {
                if (mapping.put(from, to) != null) {
                    throw new AssertionError(recipeName + " replaces " + from + " twice");
                }
            });
        }
        return mapping;
    }

    /** The one {@code int} constant of a legacy class that is no status: Jetty's highest code it knows. */
    static final String NOT_A_STATUS = "org.eclipse.jetty.http.HttpStatus.MAX_CODE";

    /** Every status constant of a legacy class: each {@code public static final int} but {@link #NOT_A_STATUS}. */
    static Map<String, Integer> legacyConstants(String className) throws ReflectiveOperationException {
        Map<String, Integer> constants = new TreeMap<>();
        for (Field field : Class.forName(className).getFields()) {
            int modifiers = field.getModifiers();
            if (field.getType() == int.class && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)
                    && !(className + "." + field.getName()).equals(NOT_A_STATUS)) {
                constants.put(field.getName(), field.getInt(null));
            }
        }
        return constants;
    }
}
