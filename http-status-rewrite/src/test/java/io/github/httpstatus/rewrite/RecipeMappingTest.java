package io.github.httpstatus.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.httpstatus.HttpStatus;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openrewrite.Recipe;

/** The mapping data in the recipes, against the real legacy classes and the enum. */
class RecipeMappingTest {

    /** Apache HttpCore 5's class markers bound ranges; replacing them with a status would mislead. */
    private static final Set<String> CLASS_MARKERS =
            Set.of("SC_INFORMATIONAL", "SC_SUCCESS", "SC_REDIRECTION", "SC_CLIENT_ERROR", "SC_SERVER_ERROR");

    static Set<String> constantRecipes() {
        return Mappings.LEGACY_CLASSES.keySet();
    }

    /**
     * Every status constant of the legacy class maps to our constant of the same value under its
     * canonical name, except the codes nobody registered and HttpCore 5's class markers.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("constantRecipes")
    void eachConstantRecipe_mapsEveryRegisteredConstantByValueToItsCanonicalName(String recipeName) throws Exception {
        String legacyClass = Mappings.LEGACY_CLASSES.get(recipeName);
        Map<String, String> expected = new TreeMap<>();
        Mappings.legacyConstants(legacyClass).forEach((name, value) -> {
            boolean marker = legacyClass.startsWith("org.apache.hc.core5.") && CLASS_MARKERS.contains(name);
            HttpStatus.find(value).filter(status -> !marker).ifPresent(status -> expected.put(name, status.name()));
        });
        assertEquals(expected, Mappings.of(recipeName));
    }

    @Test
    void migrateToHttpStatusCodes_runsEveryRecipeThenAddsTheDependencyOfThisRelease() {
        List<Recipe> steps = RecipeRunner.recipe(Mappings.ALL).getRecipeList();
        assertEquals(List.of(Mappings.PACKAGE + "MigrateSourcesToHttpStatusCodes", AddClientCompatDependency.class.getName()),
                steps.stream().map(Recipe::getName).collect(Collectors.toList()));
        List<String> expected = new java.util.ArrayList<>(constantRecipes());
        expected.add(ReplaceStatusCodeLiterals.class.getName());
        assertEquals(expected, steps.get(0).getRecipeList().stream().map(Recipe::getName).collect(Collectors.toList()));

        AddClientCompatDependency addDependency = (AddClientCompatDependency) steps.get(1);
        assertEquals(System.getProperty("project.version"), addDependency.getVersion());
        assertEquals(null, addDependency.getMainScope(), "compile-time only, provided");
    }

    /**
     * AddClientCompatDependency looks for HttpStatusCodes as a cycle starts, so every recipe that puts it in
     * the code must ask for the cycle after its change; the integration test shows the effect.
     */
    @Test
    void recipesThatIntroduceHttpStatusCodes_askForAnotherCycle() {
        assertTrue(new ReplaceStatusCodeLiterals().causesAnotherCycle());
        for (String recipeName : constantRecipes()) {
            for (Recipe step : RecipeRunner.recipe(recipeName).getRecipeList()) {
                assertTrue(step.causesAnotherCycle(), step.toString());
            }
        }
    }

    @Test
    void everyRecipe_isDocumented() {
        List<Recipe> recipes = new java.util.ArrayList<>();
        List<String> names = new java.util.ArrayList<>(constantRecipes());
        names.add(Mappings.ALL);
        names.add(Mappings.PACKAGE + "MigrateSourcesToHttpStatusCodes");
        names.add(Mappings.PACKAGE + "ReplaceStatusCodeLiterals");
        for (String name : names) {
            recipes.add(RecipeRunner.recipe(name));
        }
        recipes.add(new ReplaceLegacyConstants("java.net.HttpURLConnection", Map.of("HTTP_OK", "OK")));
        recipes.add(new AddClientCompatDependency("1.1.0", null));
        for (Recipe recipe : recipes) {
            assertTrue(recipe.getDisplayName().contains("HttpStatusCodes"), recipe.getName() + ": " + recipe.getDisplayName());
            assertTrue(recipe.getDescription().endsWith("."), recipe.getName() + ": " + recipe.getDescription());
        }
    }
}
