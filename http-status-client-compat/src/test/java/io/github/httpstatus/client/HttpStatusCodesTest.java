package io.github.httpstatus.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.httpstatus.HttpStatus;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The constants mirror {@link HttpStatus} exactly, in both directions. */
class HttpStatusCodesTest {

    /** Every name {@link HttpStatus} declares, constants and aliases, with its code. */
    static Map<String, Integer> enumNames() throws IllegalAccessException {
        Map<String, Integer> names = new TreeMap<>();
        for (Field field : HttpStatus.class.getFields()) {
            if (field.getType() == HttpStatus.class) {
                names.put(field.getName(), ((HttpStatus) field.get(null)).value());
            }
        }
        return names;
    }

    /** Every public field of {@link HttpStatusCodes}, which must all be static final ints. */
    private static Map<String, Integer> constants() throws IllegalAccessException {
        Map<String, Integer> constants = new TreeMap<>();
        for (Field field : HttpStatusCodes.class.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isPublic(modifiers)) {
                assertTrue(Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers), field + " is not static final");
                assertSame(int.class, field.getType(), field + " is not an int");
                constants.put(field.getName(), field.getInt(null));
            }
        }
        return constants;
    }

    @Test
    void constants_areExactlyTheEnumsNamesAndAliasesWithTheirValues() throws IllegalAccessException {
        assertEquals(enumNames(), constants());
    }

    @Test
    void aliasConstants_shareTheirMembersValue() {
        assertEquals(HttpStatusCodes.CONTENT_TOO_LARGE, HttpStatusCodes.REQUEST_ENTITY_TOO_LARGE);
        assertEquals(HttpStatusCodes.URI_TOO_LONG, HttpStatusCodes.REQUEST_URI_TOO_LONG);
        assertEquals(HttpStatusCodes.RANGE_NOT_SATISFIABLE, HttpStatusCodes.REQUESTED_RANGE_NOT_SATISFIABLE);
        assertEquals(HttpStatusCodes.UNPROCESSABLE_CONTENT, HttpStatusCodes.UNPROCESSABLE_ENTITY);
    }

    @Test
    void constants_labelSwitchCasesLikeTheLegacyConstants() {
        assertEquals("success", describe(200));
        assertEquals("missing", describe(404));
        assertEquals("too large", describe(413));
        assertEquals("other", describe(499));
    }

    private static String describe(int code) {
        switch (code) {
            case HttpStatusCodes.OK:
                return "success";
            case HttpStatusCodes.NOT_FOUND:
                return "missing";
            case HttpStatusCodes.CONTENT_TOO_LARGE:
                return "too large";
            default:
                return "other";
        }
    }

    @Test
    void onlyConstructor_isPrivateAndUnused() throws ReflectiveOperationException {
        Constructor<?>[] constructors = HttpStatusCodes.class.getDeclaredConstructors();
        assertEquals(1, constructors.length);
        assertTrue(Modifier.isPrivate(constructors[0].getModifiers()));
        assertTrue(Modifier.isFinal(HttpStatusCodes.class.getModifiers()));
        constructors[0].setAccessible(true);
        assertTrue(constructors[0].newInstance() instanceof HttpStatusCodes);
    }

    // responses()

    @Test
    void responses_mapsEachMembersCodeToItsPhraseInAscendingOrder() {
        List<String> expected = new ArrayList<>();
        for (HttpStatus status : HttpStatus.values()) {
            expected.add(status.value() + "=" + status.phrase());
        }
        List<String> actual = new ArrayList<>();
        HttpStatusCodes.responses().forEach((code, phrase) -> actual.add(code + "=" + phrase));
        assertEquals(expected, actual);
    }

    @Test
    void responses_pythonsExamples() {
        Map<Integer, String> responses = HttpStatusCodes.responses();
        assertEquals("OK", responses.get(200));
        assertEquals("Not Found", responses.get(404));
        assertEquals("I'm a Teapot", responses.get(418));
        assertFalse(responses.containsKey(306));
        assertFalse(responses.containsKey(499));
    }

    @Test
    void responses_isTheSameInstanceEachTime() {
        assertSame(HttpStatusCodes.responses(), HttpStatusCodes.responses());
    }

    @Test
    void responses_rejectsEveryModification() {
        Map<Integer, String> responses = HttpStatusCodes.responses();
        assertThrows(UnsupportedOperationException.class, () -> responses.put(299, "Fine"));
        assertThrows(UnsupportedOperationException.class, () -> responses.put(200, "Fine"));
        assertThrows(UnsupportedOperationException.class, () -> responses.remove(200));
        assertThrows(UnsupportedOperationException.class, () -> responses.putAll(Map.of(299, "Fine")));
        assertThrows(UnsupportedOperationException.class, responses::clear);
        assertThrows(UnsupportedOperationException.class, () -> responses.keySet().remove(200));
        assertThrows(UnsupportedOperationException.class, () -> responses.values().remove("OK"));
        assertThrows(UnsupportedOperationException.class, () -> responses.entrySet().iterator().next().setValue("Fine"));
        assertThrows(UnsupportedOperationException.class, () -> {
            Iterator<Integer> codes = responses.keySet().iterator();
            codes.next();
            codes.remove();
        });
        assertThrows(UnsupportedOperationException.class, () -> responses.replaceAll((code, phrase) -> phrase));
        assertEquals(HttpStatus.values().length, responses.size());
        assertEquals("OK", responses.get(200));
    }
}
