package io.github.httpstatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code ofName}: Python's {@code HTTPStatus['NAME']}, case-sensitive, aliases included. */
class HttpStatusNameTest {

    private static final String NAMING_RULE =
            "; names are case-sensitive, upper case with underscores, such as NOT_FOUND";

    @ParameterizedTest(name = "{0}")
    @EnumSource(HttpStatus.class)
    void ofName_eachConstantName_givesThatConstant(HttpStatus status) {
        assertSame(status, HttpStatus.ofName(status.name()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "REQUEST_ENTITY_TOO_LARGE, CONTENT_TOO_LARGE",
        "REQUEST_URI_TOO_LONG, URI_TOO_LONG",
        "REQUESTED_RANGE_NOT_SATISFIABLE, RANGE_NOT_SATISFIABLE",
        "UNPROCESSABLE_ENTITY, UNPROCESSABLE_CONTENT",
    })
    void ofName_alias_givesTheRenamedConstant(String alias, HttpStatus renamed) {
        assertSame(renamed, HttpStatus.ofName(alias));
    }

    @Test
    void ofName_aNewStringEqualToAName_stillResolves() {
        assertSame(HttpStatus.NOT_FOUND, HttpStatus.ofName(new String("NOT_FOUND".toCharArray())));
    }

    @Test
    void ofName_null_throwsNullPointerNamingTheType() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> HttpStatus.ofName(null));
        assertEquals("HttpStatus: name must not be null", e.getMessage());
    }

    @Test
    void ofName_empty_throws() {
        assertUnknown("", "\"\"" + NAMING_RULE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "not_found, NOT_FOUND",
        "Not_Found, NOT_FOUND",
        "ok, OK",
        "unprocessable_entity, UNPROCESSABLE_ENTITY",
    })
    void ofName_wrongCase_throwsAndSuggestsTheName(String name, String suggestion) {
        assertUnknown(name, "\"" + name + "\"" + NAMING_RULE + " (did you mean " + suggestion + "?)");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {" NOT_FOUND", "NOT_FOUND ", "\tOK"})
    void ofName_padded_throwsAndSuggestsTheName(String name) {
        String shown = name.replace("\t", "\\u0009");
        String suggestion = name.trim();
        assertUnknown(name, "\"" + shown + "\"" + NAMING_RULE + " (did you mean " + suggestion + "?)");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"404", "values", "QWERTY", "ERROR"})
    void ofName_otherNames_throwWithoutSuggestion(String name) {
        assertUnknown(name, "\"" + name + "\"" + NAMING_RULE);
    }

    /** What the project knows suggests the name: a near miss, the phrase, a legacy constant. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "NOTFOUND|did you mean NOT_FOUND?", "NOT-FOUND|did you mean NOT_FOUND?", "CONTINUE_|did you mean CONTINUE?",
        "I_AM_A_TEAPOT|did you mean IM_A_TEAPOT?", "I'm a teapot|did you mean IM_A_TEAPOT, whose phrase is \"I'm a Teapot\"?",
        "HTTP_OK|did you mean OK? HTTP_OK is 200 in java.net.HttpURLConnection",
        "SC_UNPROCESSABLE_ENTITY|did you mean UNPROCESSABLE_CONTENT? SC_UNPROCESSABLE_ENTITY is 422 in"
                + " org.apache.hc.core5.http.HttpStatus, org.apache.http.HttpStatus, org.apache.commons.httpclient.HttpStatus",
    })
    void ofName_otherNames_throwWithTheBestSuggestion(String name, String hint) {
        assertUnknown(name, "\"" + name + "\"" + NAMING_RULE + " (" + hint + ")");
    }

    @Test
    void ofName_nonAscii_throwsShowingTheName() {
        assertUnknown("NOT_FOUNDé", "\"NOT_FOUNDé\"" + NAMING_RULE + " (did you mean NOT_FOUND?)");
        assertUnknown("ОК", "\"ОК\"" + NAMING_RULE);
        assertUnknown("😀", "\"😀\"" + NAMING_RULE);
    }

    @Test
    void ofName_dottedCapitalI_doesNotMatchUnderATurkishLocaleRule() {
        assertUnknown("\u0130M_USED", "\"\u0130M_USED\"" + NAMING_RULE + " (did you mean IM_USED?)");
    }

    @Test
    void ofName_controlCharacters_areEscapedSoTheMessageIsOneLine() {
        assertUnknown("OK\nFORGED LOG LINE", "\"OK\\u000aFORGED LOG LINE\"" + NAMING_RULE);
        assertUnknown("a\"b\\c\u007f", "\"a\\u0022b\\u005cc\\u007f\"" + NAMING_RULE);
    }

    @Test
    void ofName_huge_throwsShowingOnlyTheStartAndTheLength() {
        String huge = "X".repeat(1_000_000);
        assertUnknown(huge, "\"" + "X".repeat(40) + "\"... (1000000 characters)" + NAMING_RULE);
    }

    @Test
    void ofName_longNameCutInsideASurrogatePair_showsNoHalfCharacter() {
        String name = "A".repeat(39) + "😀" + "B";
        assertUnknown(name, "\"" + "A".repeat(39) + "\"... (42 characters)" + NAMING_RULE);
    }

    @Test
    void valueOf_stillKnowsOnlyTheConstantNames() {
        assertSame(HttpStatus.CONTENT_TOO_LARGE, HttpStatus.valueOf("CONTENT_TOO_LARGE"));
        assertThrows(IllegalArgumentException.class, () -> HttpStatus.valueOf("REQUEST_ENTITY_TOO_LARGE"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(HttpStatus.class)
    void toString_isTheConstantName(HttpStatus status) {
        assertEquals(status.name(), status.toString());
    }

    /** As Python's HTTPStatus.__members__: every name and alias, each alias after its constant. */
    @Test
    void members_areCpythonsNamesAndAliases_inOrder() {
        java.util.Map<String, HttpStatus> expected = new java.util.LinkedHashMap<>();
        for (java.util.Map<String, String> row : Conformance.rows(Conformance.CPYTHON)) {
            HttpStatus member = HttpStatus.valueOf(row.get("name"));
            expected.put(row.get("name"), member);
            for (String alias : row.get("aliases").split(",")) {
                if (!alias.isEmpty()) {
                    expected.put(alias, member);
                }
            }
        }
        assertEquals(new java.util.ArrayList<>(expected.entrySet()), new java.util.ArrayList<>(HttpStatus.members().entrySet()));
        assertThrows(UnsupportedOperationException.class, () -> HttpStatus.members().put("X", HttpStatus.OK));
        assertEquals(HttpStatus.UNPROCESSABLE_CONTENT, HttpStatus.members().get("UNPROCESSABLE_ENTITY"));
    }

    private static void assertUnknown(String name, String quotedNameAndRest) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HttpStatus.ofName(name));
        assertEquals("HttpStatus has no constant or alias named " + quotedNameAndRest, e.getMessage());
    }
}
