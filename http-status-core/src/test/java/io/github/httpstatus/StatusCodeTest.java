package io.github.httpstatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link StatusCode}: one value for every code from 100 to 599, against CPython's table. */
class StatusCodeTest {

    /** The members' codes and names, read from the conformance copy rather than from the enum. */
    private static final Map<Integer, String> MEMBERS = new TreeMap<>();

    static {
        Conformance.rows(Conformance.CPYTHON)
                .forEach(row -> MEMBERS.put(Integer.parseInt(row.get("value")), row.get("name")));
    }

    @Test
    void of_everyCode100To599_isItsMemberOrAnInstanceThatKeepsTheNumber() {
        for (int code = 100; code <= 599; code++) {
            StatusCode status = StatusCode.of(code);
            assertEquals(code, status.value());
            String name = MEMBERS.get(code);
            if (name != null) {
                assertSame(HttpStatus.valueOf(name), status, name);
                assertEquals(Optional.of(HttpStatus.valueOf(name)), status.member());
            } else {
                assertFalse(status instanceof HttpStatus, String.valueOf(code));
                assertEquals(Optional.empty(), status.member());
                assertEquals(String.valueOf(code), status.toString());
            }
        }
    }

    @Test
    void everyMember_isTheStatusCodeOfItsValue() {
        for (HttpStatus member : HttpStatus.values()) {
            assertSame(member, StatusCode.of(member.value()));
            assertEquals(member.name(), member.toString(), "HttpStatus keeps the enum's toString");
        }
        assertEquals(MEMBERS.size(), HttpStatus.values().length);
    }

    @Test
    void of_givesOneInstanceACode_soIdentityIsEquality() {
        Set<StatusCode> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int code = 100; code <= 599; code++) {
            assertSame(StatusCode.of(code), StatusCode.of(code));
            assertTrue(distinct.add(StatusCode.of(code)), String.valueOf(code));
        }
        assertEquals(StatusClass.MAX_CODE - StatusClass.MIN_CODE + 1, distinct.size());
        assertEquals(StatusCode.of(499), StatusCode.of(499));
        assertNotEquals(StatusCode.of(499), StatusCode.of(498));
    }

    @Test
    void find_everyIntFromMinus100000To100000_agreesWithOf() {
        for (int code = -100_000; code <= 100_000; code++) {
            Optional<StatusCode> found = StatusCode.find(code);
            if (code >= 100 && code <= 599) {
                assertEquals(Optional.of(StatusCode.of(code)), found);
            } else {
                assertEquals(Optional.empty(), found, String.valueOf(code));
                int bad = code;
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StatusCode.of(bad));
                assertEquals("StatusCode: " + code + " is not an HTTP status code; valid codes are 100..599", e.getMessage());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -1, 0, 99, 600, 999, Integer.MAX_VALUE})
    void ofAndFind_outsideStatusRange_throwOrAnswerEmpty(int code) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StatusCode.of(code));
        assertEquals("StatusCode: " + code + " is not an HTTP status code; valid codes are 100..599", e.getMessage());
        assertEquals(Optional.empty(), StatusCode.find(code));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {100, 199, 200, 299, 300, 399, 400, 499, 500, 599})
    void ofAndFind_atEveryClassEdge(int code) {
        assertEquals(code, StatusCode.of(code).value());
        assertEquals(Optional.of(StatusCode.of(code)), StatusCode.find(code));
    }

    @Test
    void classAndPredicates_followTheRangesOfRfc9110Section15() {
        for (int code = 100; code <= 599; code++) {
            StatusCode status = StatusCode.of(code);
            assertSame(StatusClass.of(code), status.statusClass(), String.valueOf(code));
            assertEquals(code <= 199, status.isInformational(), code + " isInformational");
            assertEquals(code >= 200 && code <= 299, status.isSuccess(), code + " isSuccess");
            assertEquals(code >= 300 && code <= 399, status.isRedirection(), code + " isRedirection");
            assertEquals(code >= 400 && code <= 499, status.isClientError(), code + " isClientError");
            assertEquals(code >= 500, status.isServerError(), code + " isServerError");
            assertEquals(code >= 400, status.isError(), code + " isError");
        }
    }

    @Test
    void interpretation_isTheMemberOrTheX00MemberOfTheClass() {
        for (int code = 100; code <= 599; code++) {
            String name = MEMBERS.get(code);
            HttpStatus expected = HttpStatus.valueOf(name != null ? name : MEMBERS.get(code / 100 * 100));
            assertSame(expected, StatusCode.of(code).interpretation(), String.valueOf(code));
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"199, CONTINUE", "299, OK", "306, MULTIPLE_CHOICES", "499, BAD_REQUEST", "520, INTERNAL_SERVER_ERROR"})
    void interpretation_keepsTheNumber(int code, HttpStatus treatedAs) {
        StatusCode status = StatusCode.of(code);
        assertSame(treatedAs, status.interpretation());
        assertEquals(code, status.value());
    }

    @Test
    void messageRules_areThoseOfTheIntForms() {
        for (int code = 100; code <= 599; code++) {
            StatusCode status = StatusCode.of(code);
            assertEquals(HttpStatus.isContentAllowed(code), status.isContentAllowed(), code + " content");
            assertEquals(HttpStatus.isCacheableByDefault(code), status.isCacheableByDefault(), code + " cacheable");
            assertEquals(HttpStatus.isRedirectWithLocation(code), status.isRedirectWithLocation(), code + " redirect");
            assertEquals(HttpStatus.isMethodPreservingRedirect(code), status.isMethodPreservingRedirect(), code + " method");
        }
    }

    /** The default methods, as a code that is no member answers them. */
    @Test
    void anUnregisteredCode_answersTheMessageRulesOfItsClass() {
        assertTrue(StatusCode.of(299).isContentAllowed());
        assertFalse(StatusCode.of(199).isContentAllowed());
        assertFalse(StatusCode.of(299).isCacheableByDefault());
        assertFalse(StatusCode.of(399).isRedirectWithLocation());
        assertFalse(StatusCode.of(399).isMethodPreservingRedirect());
        assertTrue(StatusCode.of(499).isClientError());
        assertTrue(StatusCode.of(520).isServerError());
    }
}
