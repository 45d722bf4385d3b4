package io.github.httpstatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The suggestions for a name that is no member's or alias's. */
class NameHintsTest {

    private static final Path LEGACY_NAMES = Path.of("src", "main", "resources", "io", "github", "httpstatus", "legacy-names.tsv");

    @Test
    void everyLegacyName_suggestsItsMember_andNamesItsClass() throws IOException {
        List<String> lines = Files.readAllLines(LEGACY_NAMES, StandardCharsets.UTF_8);
        assertEquals("class\tname\tmember", lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split("\t");
            if (HttpStatus.ByName.TABLE.containsKey(fields[1])) {
                continue; // a legacy class may use our own name, such as Undertow's CONTINUE
            }
            String hint = NameHints.forName(fields[1]);
            HttpStatus member = HttpStatus.valueOf(fields[2]);
            assertTrue(hint.startsWith("did you mean " + member.name() + "? " + fields[1] + " is " + member.value() + " in "), hint);
            assertTrue(hint.contains(fields[0]), hint);
        }
    }

    @Test
    void aLegacyNameOfSeveralClasses_namesThemAllInFileOrder() {
        assertEquals("did you mean NOT_FOUND? SC_NOT_FOUND is 404 in jakarta.servlet.http.HttpServletResponse,"
                + " javax.servlet.http.HttpServletResponse, org.apache.hc.core5.http.HttpStatus, org.apache.http.HttpStatus,"
                + " org.apache.commons.httpclient.HttpStatus", NameHints.forName("SC_NOT_FOUND"));
    }

    /** A phrase that reads as the name gives the name; any other the name and the phrase. */
    @Test
    void everyPhrase_suggestsItsMember() {
        for (HttpStatus member : HttpStatus.values()) {
            String phrase = member.phrase();
            boolean readsAsTheName = phrase.toUpperCase(java.util.Locale.ROOT).replace(' ', '_').replace('-', '_')
                    .equals(member.name());
            assertEquals(readsAsTheName ? "did you mean " + member.name() + "?"
                    : "did you mean " + member.name() + ", whose phrase is \"" + phrase + "\"?",
                    NameHints.forName(" " + phrase.toLowerCase(java.util.Locale.ROOT) + " "), phrase);
        }
        assertEquals("did you mean IM_A_TEAPOT, whose phrase is \"I'm a Teapot\"?", NameHints.forName("i'm a teapot"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "NOT_FOUN, did you mean NOT_FOUND?", "NOT-FOUND, did you mean NOT_FOUND?", "OKK, ",
        "BAD_REQEUST, did you mean BAD_REQUEST?", "GONEE, did you mean GONE?", "LOCKD, did you mean LOCKED?", "BAD_GATEWAYS, did you mean BAD_GATEWAY?",
        "unprocessable-entity, did you mean UNPROCESSABLE_ENTITY?", "xyz, ",
    })
    void nearMisses_withinTwoEditsAndAThirdOfTheName(String name, String hint) {
        assertEquals(hint, NameHints.forName(name));
    }

    /** ACCEPTED is two edits away and comes first; CREATED is one, so it alone is suggested. */
    @Test
    void onlyTheNearest_isSuggested() {
        assertEquals("did you mean CREATED?", NameHints.forName("ACREATED"));
        assertEquals("did you mean LOCKED?", NameHints.forName("LOKKD"));
    }

    /** The longest name, a near miss of it, and one just past what could be near it. */
    @Test
    void theLongestName_hasItsNearMisses() {
        assertEquals("did you mean NETWORK_AUTHENTICATION_REQUIRED?", NameHints.forName("NETWORK_AUTHENTICATION_REQUIRE"));
        assertEquals("did you mean NETWORK_AUTHENTICATION_REQUIRED?", NameHints.forName("NETWORK_AUTHENTICATION_REQUIREDXX"));
        assertNull(NameHints.forName("NETWORK_AUTHENTICATION_REQUIREDXXX"));
    }

    @Test
    void equallyNearNames_areAllSuggested_sorted() {
        assertEquals("did you mean ACCEPTED or CREATED?", NameHints.forName("CEEPTED"));
    }

    /** OJ is one edit from OK, but one in two letters is too far to guess; one in four is not. */
    @Test
    void aNearMissOfAShortName_isNoSuggestion() {
        assertNull(NameHints.forName("OJ"));
        assertEquals("did you mean GONE?", NameHints.forName("GONE_"));
    }

    /** Far longer than any name, so near none, and not compared letter by letter. */
    @Test
    void aHugeName_isNearNone() {
        assertNull(NameHints.forName("NOT_FOUND".repeat(4)));
        assertNull(NameHints.forName("X".repeat(1_000_000)));
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({"'', '', 0", "'', ab, 2", "ab, '', 2", "kitten, sitting, 3", "NOT_FOUN, NOT_FOUND, 1", "abc, abc, 0", "abc, acb, 2"})
    void edits_isTheLevenshteinDistance(String from, String to, int distance) {
        assertEquals(distance, NameHints.edits(from, to));
    }
}
