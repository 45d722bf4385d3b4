package io.github.httpstatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

    @Test
    void constants_areTheFiveClassesInOrder() {
        assertEquals("[INFORMATIONAL, SUCCESSFUL, REDIRECTION, CLIENT_ERROR, SERVER_ERROR]",
                java.util.Arrays.toString(StatusClass.values()));
    }
}
