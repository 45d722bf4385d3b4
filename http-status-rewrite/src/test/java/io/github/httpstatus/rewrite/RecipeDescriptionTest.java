package io.github.httpstatus.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openrewrite.Recipe;

/** What the build plugin prints of a recipe that changed a file, and the marker a written constant carries. */
class RecipeDescriptionTest {

    /** The plugin prints each option as name=value; the table of a legacy class prints as its size. */
    @Test
    void aConstantRecipesOptions_printShort() {
        Recipe replace = RecipeRunner.recipe(Mappings.PACKAGE + "MigrateHttpURLConnectionConstants").getRecipeList().get(0);
        String printed = replace.getDescriptor().getOptions().stream()
                .map(option -> option.getName() + "=" + option.getValue())
                .collect(Collectors.joining(", "));
        assertEquals("legacyClass=java.net.HttpURLConnection, constants=" + Mappings.of(replace.getName().isEmpty() ? ""
                : Mappings.PACKAGE + "MigrateHttpURLConnectionConstants").size() + " constants", printed);
        assertEquals(Map.of("HTTP_OK", "OK"), new ReplaceLegacyConstants("java.net.HttpURLConnection", Map.of("HTTP_OK", "OK"))
                .getConstants());
    }

    @Test
    void theMarkerOfAConstantWrittenInFull_copiesWithAnotherId() {
        UUID id = UUID.randomUUID();
        StatusConstantWriter.QualifiedForNow marker = new StatusConstantWriter.QualifiedForNow(id);
        assertEquals(id, marker.getId());
        UUID other = UUID.randomUUID();
        StatusConstantWriter.QualifiedForNow copy = marker.withId(other);
        assertNotSame(marker, copy);
        assertEquals(other, copy.getId());
    }
}
