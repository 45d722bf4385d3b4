package io.github.httpstatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The enum against independent copies of CPython's table, the IANA registry and the seed page. */
class HttpStatusConformanceTest {

    private static final List<Map<String, String>> CPYTHON = Conformance.rows(Conformance.CPYTHON);
    private static final List<Map<String, String>> IANA = Conformance.rows(Conformance.IANA);
    private static final List<Map<String, String>> SEED = Conformance.rows(Conformance.SEED);

    @Test
    void members_areCpythonsMembersInTheSameOrder() {
        List<String> expected = CPYTHON.stream().map(row -> row.get("name")).collect(Collectors.toList());
        List<String> actual = Arrays.stream(HttpStatus.values()).map(Enum::name).collect(Collectors.toList());
        assertEquals(expected, actual);
    }

    @Test
    void eachMember_hasCpythonsValuePhraseAndDescription() {
        for (Map<String, String> row : CPYTHON) {
            HttpStatus status = HttpStatus.valueOf(row.get("name"));
            assertEquals(Integer.parseInt(row.get("value")), status.value(), row.toString());
            assertEquals(row.get("phrase"), status.phrase(), row.toString());
            assertEquals(row.get("description"), status.description(), row.toString());
        }
    }

    @Test
    void values_ascendStrictly() {
        HttpStatus[] members = HttpStatus.values();
        for (int i = 1; i < members.length; i++) {
            assertTrue(members[i - 1].value() < members[i].value(), members[i - 1] + " before " + members[i]);
        }
    }

    @Test
    void eachCpythonAlias_isAPublicFieldHoldingItsMember() throws ReflectiveOperationException {
        for (Map<String, String> row : CPYTHON) {
            HttpStatus member = HttpStatus.valueOf(row.get("name"));
            for (String alias : aliases(row)) {
                assertSame(member, HttpStatus.class.getField(alias).get(null), alias);
                assertSame(member, HttpStatus.ofName(alias), alias);
            }
        }
    }

    @Test
    void publicHttpStatusFields_areExactlyTheMembersAndCpythonsAliases() {
        Set<String> expected = new TreeSet<>();
        for (Map<String, String> row : CPYTHON) {
            expected.add(row.get("name"));
            expected.addAll(aliases(row));
        }
        Set<String> actual = new TreeSet<>();
        for (Field field : HttpStatus.class.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isPublic(modifiers)) {
                assertTrue(Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers), field.toString());
                assertEquals(HttpStatus.class, field.getType(), field.toString());
                actual.add(field.getName());
            }
        }
        assertEquals(expected, actual);
    }

    @Test
    void eachMember_hasTheIanaReferenceAndAddress() {
        Map<Integer, Map<String, String>> iana = byValue(IANA);
        for (HttpStatus status : HttpStatus.values()) {
            Map<String, String> row = iana.get(status.value());
            assertEquals(row.get("reference"), status.reference(), status.name());
            assertEquals(URI.create(row.get("url")), status.referenceUri(), status.name());
        }
    }

    /** The derivation itself, not the address a member keeps once it has made it. */
    @Test
    void everyIanaRfcReference_givesTheIanaAddress() {
        for (Map<String, String> row : IANA) {
            if (row.get("reference").startsWith("RFC ")) {
                assertEquals(URI.create(row.get("url")), HttpStatus.rfcEditorUri(row.get("reference")), row.toString());
            }
        }
    }

    @Test
    void everyPermanentOrObsoletedIanaCode_isAMemberWithTheIanaPhrase() {
        for (Map<String, String> row : IANA) {
            String ianaStatus = row.get("status");
            if (ianaStatus.equals("permanent") || ianaStatus.equals("obsoleted")) {
                HttpStatus status = HttpStatus.of(Integer.parseInt(row.get("value")));
                String phrase = row.get("iana_description").replace(" (OBSOLETED)", "");
                assertEquals(phrase, status.phrase(), row.toString());
            }
        }
    }

    @Test
    void theOnlyMemberIanaDoesNotListAsPermanentOrObsoleted_isImATeapot() {
        Map<Integer, Map<String, String>> iana = byValue(IANA);
        List<HttpStatus> extras = new ArrayList<>();
        for (HttpStatus status : HttpStatus.values()) {
            String ianaStatus = iana.get(status.value()).get("status");
            if (!ianaStatus.equals("permanent") && !ianaStatus.equals("obsoleted")) {
                extras.add(status);
            }
        }
        assertEquals(List.of(HttpStatus.IM_A_TEAPOT), extras);
    }

    @Test
    void ianaCodesCpythonLacks_suchAsTemporaryAndUnusedOnes_areNotMembers() {
        Map<Integer, Map<String, String>> cpython = byValue(CPYTHON);
        for (Map<String, String> row : IANA) {
            int code = Integer.parseInt(row.get("value"));
            assertEquals(cpython.containsKey(code), HttpStatus.find(code).isPresent(), row.toString());
        }
    }

    @Test
    void eachSeedTableName_resolvesToAMemberOfItsValue() throws ReflectiveOperationException {
        // A tripwire on purpose: the seed page is a fixed historical document that never gains a
        // row, so any other count means its copy was damaged.
        assertEquals(58, SEED.size());
        for (Map<String, String> row : SEED) {
            String name = row.get("name");
            int value = Integer.parseInt(row.get("value"));
            assertEquals(value, HttpStatus.ofName(name).value(), name);
            assertSame(HttpStatus.of(value), HttpStatus.class.getField(name).get(null), name);
        }
    }

    private static List<String> aliases(Map<String, String> row) {
        String aliases = row.get("aliases");
        return aliases.isEmpty() ? List.of() : Arrays.asList(aliases.split(","));
    }

    private static Map<Integer, Map<String, String>> byValue(List<Map<String, String>> rows) {
        Map<Integer, Map<String, String>> byValue = new TreeMap<>();
        rows.forEach(row -> byValue.put(Integer.parseInt(row.get("value")), row));
        return byValue;
    }
}
