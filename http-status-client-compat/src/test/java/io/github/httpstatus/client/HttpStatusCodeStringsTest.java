package io.github.httpstatus.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The string constants mirror {@link io.github.httpstatus.HttpStatus} exactly, in both directions
 * (CompileTimeConstantsTest, in the integration tests, compiles them into an annotation).
 */
class HttpStatusCodeStringsTest {

    /** Every public field of {@link HttpStatusCodeStrings}, which must all be static final strings. */
    private static Map<String, String> constants() throws IllegalAccessException {
        Map<String, String> constants = new TreeMap<>();
        for (Field field : HttpStatusCodeStrings.class.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isPublic(modifiers)) {
                assertTrue(Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers), field + " is not static final");
                assertSame(String.class, field.getType(), field + " is not a String");
                constants.put(field.getName(), (String) field.get(null));
            }
        }
        return constants;
    }

    @Test
    void constants_areExactlyTheEnumsNamesAndAliases_eachTheDecimalCodeOfItsMember() throws IllegalAccessException {
        Map<String, String> expected = new TreeMap<>();
        HttpStatusCodesTest.enumNames().forEach((name, code) -> expected.put(name, String.valueOf(code)));
        assertEquals(expected, constants());
    }

    @Test
    void constants_shareTheirNamesWithTheIntConstants() throws IllegalAccessException {
        Map<String, String> ints = new TreeMap<>();
        for (Field field : HttpStatusCodes.class.getFields()) {
            ints.put(field.getName(), String.valueOf(field.getInt(null)));
        }
        assertEquals(ints, constants());
    }

    @Test
    void onlyConstructor_isPrivateAndUnused() throws ReflectiveOperationException {
        Constructor<?>[] constructors = HttpStatusCodeStrings.class.getDeclaredConstructors();
        assertEquals(1, constructors.length);
        assertTrue(Modifier.isPrivate(constructors[0].getModifiers()));
        assertTrue(Modifier.isFinal(HttpStatusCodeStrings.class.getModifiers()));
        constructors[0].setAccessible(true);
        assertTrue(constructors[0].newInstance() instanceof HttpStatusCodeStrings);
    }
}
