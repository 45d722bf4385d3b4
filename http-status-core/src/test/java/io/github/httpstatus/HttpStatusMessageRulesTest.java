package io.github.httpstatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * RFC 9110's rules for the message, from the data in {@code rfc9110-message-rules.tsv}: each rule
 * holds for exactly the codes the data lists, in both forms, for every {@code int} tried.
 */
class HttpStatusMessageRulesTest {

    /** Every int from -1 to 1000 and the extremes: the negative a broken response gives, and beyond 599. */
    private static final int[] CODES =
            IntStream.concat(IntStream.rangeClosed(-1, 1000), IntStream.of(Integer.MIN_VALUE, Integer.MAX_VALUE)).toArray();

    /** Each rule's codes, a {@code 1xx} row standing for every code from 100 to 199. */
    private static Map<String, Set<Integer>> rules() {
        Map<String, Set<Integer>> rules = new HashMap<>();
        for (Map<String, String> row : Conformance.rows(Conformance.MESSAGE_RULES)) {
            assertTrue(row.get("reference").startsWith("RFC 9110, Section "), row.toString());
            Set<Integer> codes = rules.computeIfAbsent(row.get("rule"), rule -> new HashSet<>());
            if (row.get("code").equals("1xx")) {
                IntStream.rangeClosed(100, 199).forEach(codes::add);
            } else {
                assertTrue(codes.add(Integer.parseInt(row.get("code"))), "a code twice: " + row);
            }
        }
        assertEquals(Set.of("content-forbidden", "cacheable-by-default", "redirect-with-location",
                "method-preserving-redirect"), rules.keySet());
        return rules;
    }

    private static void assertRule(String rule, boolean holdsOutsideTheData, IntPredicate forAnInt,
            Predicate<HttpStatus> forAMember) {
        Set<Integer> listed = rules().get(rule);
        List<String> wrong = new ArrayList<>();
        for (int code : CODES) {
            boolean isStatus = code >= 100 && code <= 599;
            boolean expected = isStatus && listed.contains(code) != holdsOutsideTheData;
            if (forAnInt.test(code) != expected) {
                wrong.add(code + " int form");
            }
            if (HttpStatus.find(code).isPresent() && forAMember.test(HttpStatus.of(code)) != expected) {
                wrong.add(code + " member");
            }
        }
        assertEquals(List.of(), wrong, rule);
    }

    @Test
    void isContentAllowed_holdsForEveryStatusButThoseTheDataForbids() {
        assertRule("content-forbidden", true, HttpStatus::isContentAllowed, HttpStatus::isContentAllowed);
    }

    @Test
    void isCacheableByDefault_holdsForExactlyTheListedCodes_neverForAnUnrecognisedOne() {
        assertRule("cacheable-by-default", false, HttpStatus::isCacheableByDefault, HttpStatus::isCacheableByDefault);
        assertTrue(HttpStatus.interpret(299).isCacheableByDefault(), "299 is treated as 200...");
        assertFalse(HttpStatus.isCacheableByDefault(299), "...but is not cached by default");
    }

    @Test
    void isRedirectWithLocation_holdsForExactlyTheListedCodes() {
        assertRule("redirect-with-location", false, HttpStatus::isRedirectWithLocation, HttpStatus::isRedirectWithLocation);
    }

    @Test
    void isMethodPreservingRedirect_holdsForExactlyTheListedCodes() {
        assertRule("method-preserving-redirect", false, HttpStatus::isMethodPreservingRedirect,
                HttpStatus::isMethodPreservingRedirect);
    }

    /** Every redirect that keeps the method is a redirect to its Location. */
    @Test
    void methodPreservingRedirects_areRedirectsWithLocation() {
        for (HttpStatus status : HttpStatus.values()) {
            assertTrue(!status.isMethodPreservingRedirect() || status.isRedirectWithLocation(), status.name());
        }
    }

    /** The 3xx codes that are redirections by class but send the client nowhere. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {300, 304, 305, 399})
    void redirectionsByClass_thatAreNoRedirectWithLocation(int code) {
        assertTrue(StatusClass.REDIRECTION.contains(code));
        assertFalse(HttpStatus.isRedirectWithLocation(code));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 99, 600, 999, Integer.MAX_VALUE})
    void notAStatusCode_hasNoRuleAndNoContentAllowed(int code) {
        assertFalse(HttpStatus.isContentAllowed(code));
        assertFalse(HttpStatus.isCacheableByDefault(code));
        assertFalse(HttpStatus.isRedirectWithLocation(code));
        assertFalse(HttpStatus.isMethodPreservingRedirect(code));
    }
}
