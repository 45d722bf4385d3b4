package io.github.httpstatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every code's registration against the copy of the IANA registry, both ways: each row of the
 * registry is what its code says, and each code the registry lacks is unassigned. The dates come
 * from the copy's README, which records the registry's "last updated" and 104's expiry.
 */
class RegistrationTest {

    private static final Map<Integer, Map<String, String>> IANA = new TreeMap<>();
    private static final String README = new String(Conformance.bytes("README.md"), StandardCharsets.UTF_8);

    static {
        Conformance.rows(Conformance.IANA).forEach(row -> IANA.put(Integer.parseInt(row.get("value")), row));
    }

    private static LocalDate dateAfter(String words) {
        Matcher date = Pattern.compile(Pattern.quote(words) + " (\\d{4}-\\d{2}-\\d{2})").matcher(README);
        assertTrue(date.find(), "the conformance README has no date after \"" + words + "\"");
        return LocalDate.parse(date.group(1));
    }

    @Test
    void everyCode100To599_isWhatTheRegistrySays_orUnassigned() {
        for (int code = 100; code <= 599; code++) {
            Registration registration = StatusCode.of(code).registration();
            Map<String, String> row = IANA.get(code);
            if (row == null) {
                assertSame(Registration.Status.UNASSIGNED, registration.status(), String.valueOf(code));
                assertEquals("Unassigned", registration.description());
                assertEquals(Optional.empty(), registration.reference());
                assertEquals(Optional.empty(), registration.referenceUri());
                assertFalse(registration.isListed());
            } else {
                assertEquals(row.get("status"), registration.status().name().toLowerCase(Locale.ROOT), row.toString());
                assertEquals(row.get("iana_description"), registration.description(), row.toString());
                assertEquals(Optional.of(row.get("reference")), registration.reference(), row.toString());
                assertEquals(Optional.of(URI.create(row.get("url"))), registration.referenceUri(), row.toString());
                assertTrue(registration.isListed());
            }
            boolean temporary = registration.status() == Registration.Status.TEMPORARY;
            assertEquals(temporary, registration.expires().isPresent(), String.valueOf(code));
            assertSame(registration, StatusCode.of(code).registration());
        }
    }

    /** The registry's temporary codes (104 today), read from the data, each no member and expiring. */
    @Test
    void eachTemporaryRegistration_expiresWhenTheRegistrySays_andIsNoMember() {
        for (Map.Entry<Integer, Map<String, String>> row : IANA.entrySet()) {
            if (row.getValue().get("status").equals("temporary")) {
                Registration registration = StatusCode.of(row.getKey()).registration();
                LocalDate expires = dateAfter(row.getKey() + " is a temporary IANA registration (expiring");
                assertEquals(Optional.of(expires), registration.expires());
                assertEquals("temporary, expires " + expires, registration.toString());
                assertEquals(Optional.empty(), StatusCode.of(row.getKey()).member());
            }
        }
    }

    @Test
    void registryDate_isTheDateOfTheCopy() {
        assertEquals(dateAfter("IANA registry, last updated"), Registration.registryDate());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "404, permanent", "510, obsoleted", "306, unused", "418, unused",
        "499, unassigned", "100, permanent", "599, unassigned",
    })
    void toString_isTheStatusAndAnyExpiry(int code, String expected) {
        assertEquals(expected, StatusCode.of(code).registration().toString());
    }

    @Test
    void status_printsAsTheRegistryWritesIt() {
        for (Registration.Status status : Registration.Status.values()) {
            assertEquals(status.name().toLowerCase(Locale.ROOT), status.toString());
        }
    }

    /** IANA's 418 is unused and its 104 registered: "member" and "registered" are not the same. */
    @Test
    void membersAndRegistrations_differWhereCpythonAndTheRegistryDo() {
        assertSame(Registration.Status.UNUSED, HttpStatus.IM_A_TEAPOT.registration().status());
        assertSame(Registration.Status.OBSOLETED, HttpStatus.NOT_EXTENDED.registration().status());
    }
}
