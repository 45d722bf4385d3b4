package io.github.httpstatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 9110, Section 15: the first digit of a code in 100..599 names its class. */
class StatusClassTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "100, INFORMATIONAL", "101, INFORMATIONAL", "150, INFORMATIONAL", "199, INFORMATIONAL",
        "200, SUCCESSFUL", "201, SUCCESSFUL", "299, SUCCESSFUL",
        "300, REDIRECTION", "301, REDIRECTION", "399, REDIRECTION",
        "400, CLIENT_ERROR", "401, CLIENT_ERROR", "499, CLIENT_ERROR",
        "500, SERVER_ERROR", "501, SERVER_ERROR", "598, SERVER_ERROR", "599, SERVER_ERROR",
    })
    void of_eachClassEdge(int code, StatusClass expected) {
        assertSame(expected, StatusClass.of(code));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {Integer.MIN_VALUE, -599, -100, -1, 0, 1, 10, 99, 600, 601, 999, 1000, Integer.MAX_VALUE})
    void of_valueOutsideStatusRange_throwsNamingTypeValueAndRange(int code) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StatusClass.of(code));
        assertEquals("StatusClass: " + code + " is not an HTTP status code; valid codes are 100..599", e.getMessage());
    }

    @Test
    void of_everyIntFromMinus100000To100000_isTheFirstDigitsClassOrThrows() {
        StatusClass[] byFirstDigit = {null, StatusClass.INFORMATIONAL, StatusClass.SUCCESSFUL,
            StatusClass.REDIRECTION, StatusClass.CLIENT_ERROR, StatusClass.SERVER_ERROR};
        for (int code = -100_000; code <= 100_000; code++) {
            if (code >= 100 && code <= 599) {
                assertSame(byFirstDigit[code / 100], StatusClass.of(code));
            } else {
                int bad = code;
                assertThrows(IllegalArgumentException.class, () -> StatusClass.of(bad));
            }
        }
    }

    // find: of() for every int, without throwing

    @Test
    void find_everyIntFromMinus1000To1000AndTheExtremes_isOfOrEmpty() {
        int[] codes = IntStream.concat(IntStream.rangeClosed(-1000, 1000), IntStream.of(Integer.MIN_VALUE, Integer.MAX_VALUE))
                .toArray();
        for (int value : codes) {
            Optional<StatusClass> found = StatusClass.find(value);
            if (value >= 100 && value <= 599) {
                assertEquals(Optional.of(StatusClass.of(value)), found, "code " + value);
            } else {
                assertEquals(Optional.empty(), found, "code " + value);
            }
            assertEquals(found, StatusClass.find(value), "the same answer twice for " + value);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {-1, 99, 600, 999})
    void find_codesClientsReallyReceiveThatAreNotStatuses_areEmpty(int code) {
        assertFalse(StatusClass.find(code).isPresent());
    }

    // firstDigit and contains

    @ParameterizedTest(name = "{0} is {1}xx")
    @CsvSource({"INFORMATIONAL, 1", "SUCCESSFUL, 2", "REDIRECTION, 3", "CLIENT_ERROR, 4", "SERVER_ERROR, 5"})
    void firstDigit_namesTheClass_andContainsHoldsExactlyForItsHundred(StatusClass statusClass, int digit) {
        assertEquals(digit, statusClass.firstDigit());
        assertFalse(statusClass.contains(digit * 100 - 1));
        assertTrue(statusClass.contains(digit * 100));
        assertTrue(statusClass.contains(digit * 100 + 99));
        assertFalse(statusClass.contains(digit * 100 + 100));
        assertSame(statusClass, StatusClass.of(digit * 100));
    }

    @Test
    void contains_everyIntFromMinus1000To1000AndTheExtremes_agreesWithFind() {
        for (StatusClass statusClass : StatusClass.values()) {
            for (int code = -1000; code <= 1000; code++) {
                assertEquals(StatusClass.find(code).equals(Optional.of(statusClass)), statusClass.contains(code),
                        statusClass + " contains " + code);
            }
            assertFalse(statusClass.contains(Integer.MIN_VALUE));
            assertFalse(statusClass.contains(Integer.MAX_VALUE));
        }
    }

    @Test
    void constants_areTheFiveClassesInOrder() {
        assertEquals("[INFORMATIONAL, SUCCESSFUL, REDIRECTION, CLIENT_ERROR, SERVER_ERROR]",
                java.util.Arrays.toString(StatusClass.values()));
    }

    /** RFC 9110, Section 15's titles and ranges of the classes. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "INFORMATIONAL, 1xx, Informational, 100, 199", "SUCCESSFUL, 2xx, Successful, 200, 299",
        "REDIRECTION, 3xx, Redirection, 300, 399", "CLIENT_ERROR, 4xx, Client Error, 400, 499",
        "SERVER_ERROR, 5xx, Server Error, 500, 599",
    })
    void labelPhraseAndRange(StatusClass statusClass, String label, String phrase, int first, int last) {
        assertEquals(label, statusClass.label());
        assertEquals(phrase, statusClass.phrase());
        assertEquals(first, statusClass.firstCode());
        assertEquals(last, statusClass.lastCode());
    }

    @Test
    void theRangeOfAllCodes_isPublic() {
        assertEquals(100, StatusClass.MIN_CODE);
        assertEquals(599, StatusClass.MAX_CODE);
        assertEquals(StatusClass.INFORMATIONAL.firstCode(), StatusClass.MIN_CODE);
        assertEquals(StatusClass.SERVER_ERROR.lastCode(), StatusClass.MAX_CODE);
    }
}
