package io.github.httpstatus.rewrite;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.openrewrite.Recipe;

/** The constant recipes of this module as data, read the way OpenRewrite reads them. */
final class Mappings {

    static final String PACKAGE = "io.github.httpstatus.rewrite.";
    static final String CONSTANTS_CLASS = "io.github.httpstatus.client.HttpStatusCodes";

    /** Each constant recipe and the legacy class it migrates from. */
    static final Map<String, String> LEGACY_CLASSES = new LinkedHashMap<>();

    static {
        LEGACY_CLASSES.put(PACKAGE + "MigrateHttpURLConnectionConstants", "java.net.HttpURLConnection");
        LEGACY_CLASSES.put(PACKAGE + "MigrateJakartaServletConstants", "jakarta.servlet.http.HttpServletResponse");
        LEGACY_CLASSES.put(PACKAGE + "MigrateJavaxServletConstants", "javax.servlet.http.HttpServletResponse");
        LEGACY_CLASSES.put(PACKAGE + "MigrateApacheHttpCore5Constants", "org.apache.hc.core5.http.HttpStatus");
        LEGACY_CLASSES.put(PACKAGE + "MigrateApacheHttpCore4Constants", "org.apache.http.HttpStatus");
        LEGACY_CLASSES.put(PACKAGE + "MigrateJettyConstants", "org.eclipse.jetty.http.HttpStatus");
        LEGACY_CLASSES.put(PACKAGE + "MigrateGoogleHttpClientConstants", "com.google.api.client.http.HttpStatusCodes");
        LEGACY_CLASSES.put(PACKAGE + "MigrateUndertowConstants", "io.undertow.util.StatusCodes");
        LEGACY_CLASSES.put(PACKAGE + "MigrateCommonsHttpClient3Constants", "org.apache.commons.httpclient.HttpStatus");
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
