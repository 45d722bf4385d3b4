package io.github.httpstatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the specifications say about retrying, from the data in {@code retry-rules.tsv}: where
 * {@code Retry-After} has a meaning and how a request may be repeated, for every code, both ways.
 */
class RetryFactsTest {

    private static final String RULES = "retry-rules.tsv";
    private static final String REPEAT = "repeat-";

    /** {@code Retry-After}'s codes and their sections, a {@code 3xx} row standing for 300 to 399. */
    private static Map<Integer, String> retryAfter() {
        Map<Integer, String> codes = new HashMap<>();
        for (Map<String, String> row : Conformance.rows(RULES)) {
            if (row.get("rule").equals("retry-after")) {
                if (row.get("code").equals("3xx")) {
                    for (int code = 300; code <= 399; code++) {
                        codes.put(code, row.get("reference"));
                    }
                } else {
                    codes.put(Integer.parseInt(row.get("code")), row.get("reference"));
                }
            }
        }
        return codes;
    }

    /** Each repeat rule's code, and the constant its name gives. */
    private static Map<Integer, RepeatRequest> repeats() {
        Map<Integer, RepeatRequest> repeats = new HashMap<>();
        for (Map<String, String> row : Conformance.rows(RULES)) {
            String rule = row.get("rule");
            if (rule.startsWith(REPEAT)) {
                RepeatRequest repeat = RepeatRequest.valueOf(
                        rule.substring(REPEAT.length()).toUpperCase(Locale.ROOT).replace('-', '_'));
                assertEquals(row.get("reference"), repeat.reference(), rule);
                assertEquals(Integer.parseInt(row.get("code")), repeat.code(), rule);
                repeats.put(repeat.code(), repeat);
            } else {
                assertEquals("retry-after", rule);
            }
        }
        return repeats;
    }

    @Test
    void isRetryAfterDefined_holdsForExactlyTheListedCodes_withTheirSections() {
        Map<Integer, String> listed = retryAfter();
        for (int code = 100; code <= 599; code++) {
            assertEquals(listed.containsKey(code), StatusCode.of(code).isRetryAfterDefined(), String.valueOf(code));
            assertEquals(listed.get(code), RetryFacts.retryAfterReference(code), String.valueOf(code));
        }
    }

    @Test
    void repeatRequest_isTheListedWayForExactlyTheListedCodes() {
        Map<Integer, RepeatRequest> listed = repeats();
        for (int code = 100; code <= 599; code++) {
            assertEquals(Optional.ofNullable(listed.get(code)), StatusCode.of(code).repeatRequest(), String.valueOf(code));
        }
        assertEquals(EnumSet.allOf(RepeatRequest.class), Set.copyOf(listed.values()));
    }

    @Test
    void eachRepeat_linksToItsSection() {
        for (RepeatRequest repeat : RepeatRequest.values()) {
            assertEquals(HttpStatus.rfcEditorUri(repeat.reference()), repeat.referenceUri());
            assertTrue(repeat.referenceUri().toString().contains("#section-"), repeat.name());
        }
        assertEquals(URI.create("https://www.rfc-editor.org/rfc/rfc8470#section-5.2"), RepeatRequest.AFTER_HANDSHAKE.referenceUri());
    }
}
