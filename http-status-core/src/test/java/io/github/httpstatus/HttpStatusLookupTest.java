package io.github.httpstatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code of}, {@code find} and {@code interpret}, against the value column of CPython's table. */
class HttpStatusLookupTest {

    /** The registered codes, read from the conformance copy rather than from the enum. */
    private static final Map<Integer, String> REGISTERED = new TreeMap<>();

    static {
        Conformance.rows(Conformance.CPYTHON)
                .forEach(row -> REGISTERED.put(Integer.parseInt(row.get("value")), row.get("name")));
    }

    /** The registered codes as the error message lists them, runs of consecutive codes joined. */
    private static final String REGISTERED_CODES = ranges(REGISTERED.keySet());

    // of

    @Test
    void of_eachRegisteredCode_givesItsMember() {
        REGISTERED.forEach((code, name) -> assertEquals(name, HttpStatus.of(code).name()));
    }

    @Test
    void of_everyIntFromMinus100000To100000_givesTheMemberOrThrows() {
        for (int code = -100_000; code <= 100_000; code++) {
            String name = REGISTERED.get(code);
            if (name != null) {
                assertEquals(name, HttpStatus.of(code).name());
            } else {
                int bad = code;
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HttpStatus.of(bad));
                assertEquals(notRegistered(code), e.getMessage());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -1, 0, 99, 600, 999, Integer.MAX_VALUE})
    void of_valueOutsideStatusRange_throwsNamingTypeValueAndRegisteredCodes(int code) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HttpStatus.of(code));
        assertEquals(notRegistered(code), e.getMessage());
    }

    /** Every code in 100..599 that the table lacks: the gaps between and after registered codes. */
    @Test
    void of_eachUnregisteredCodeInsideStatusRange_throws() {
        for (int code = 100; code <= 599; code++) {
            if (!REGISTERED.containsKey(code)) {
                int bad = code;
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HttpStatus.of(bad));
                assertEquals(notRegistered(code), e.getMessage());
            }
        }
    }

    @Test
    void of_message_readsAsASentenceListingRangesOfCodes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HttpStatus.of(306));
        assertTrue(e.getMessage().matches("HttpStatus: 306 is not a member \\(IANA: unused\\); members are "
                + "100-10\\d, 200-20\\d(, \\d{3}(-\\d{3})?)+; StatusCode.of\\(306\\) takes any code from 100 to 599"),
                e.getMessage());
    }

    /** The registry's temporary codes, from its copy: registered, yet no member. */
    @Test
    void of_message_ofATemporaryRegistration_saysSoRatherThanUnregistered() {
        Conformance.rows(Conformance.IANA).stream().filter(row -> row.get("status").equals("temporary")).forEach(row -> {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> HttpStatus.of(Integer.parseInt(row.get("value"))));
            assertTrue(e.getMessage().startsWith("HttpStatus: " + row.get("value") + " is not a member (IANA: temporary, expires "),
                    e.getMessage());
        });
    }

    // find

    @Test
    void find_eachCodeFromMinus1To700_agreesWithTheTable() {
        for (int code = -1; code <= 700; code++) {
            String name = REGISTERED.get(code);
            assertEquals(name == null ? Optional.empty() : Optional.of(HttpStatus.valueOf(name)), HttpStatus.find(code),
                    String.valueOf(code));
        }
    }

    /** Every one of the 2^32 ints; a few seconds, so mutation testing leaves it out. */
    @Test
    @Tag("exhaustive")
    void find_everyInt_agreesWithTheTable() {
        Optional<?>[] expected = new Optional<?>[600];
        for (int code = 0; code < expected.length; code++) {
            String name = REGISTERED.get(code);
            expected[code] = name == null ? Optional.empty() : Optional.of(HttpStatus.valueOf(name));
        }
        long checked = 0;
        int code = Integer.MIN_VALUE;
        while (true) {
            Optional<HttpStatus> found = HttpStatus.find(code);
            boolean agrees = code >= 0 && code < expected.length ? found.equals(expected[code]) : !found.isPresent();
            if (!agrees) {
                fail("find(" + code + ") gave " + found);
            }
            checked++;
            if (code == Integer.MAX_VALUE) {
                break;
            }
            code++;
        }
        assertEquals(1L << 32, checked);
    }

    /** Equal, not the same: Optional is value-based. That it allocates nothing, the benchmarks show. */
    @Test
    void find_sameCode_givesEqualOptionals() {
        for (int code = -1; code < 700; code++) {
            assertEquals(HttpStatus.find(code), HttpStatus.find(code), String.valueOf(code));
        }
    }

    // interpret

    @Test
    void interpret_eachRegisteredCode_givesItsMember() {
        REGISTERED.forEach((code, name) -> assertEquals(name, HttpStatus.interpret(code).name()));
    }

    @Test
    void interpret_eachUnregisteredCode_givesTheX00MemberOfItsClass() {
        for (int code = 100; code <= 599; code++) {
            if (!REGISTERED.containsKey(code)) {
                assertEquals(code / 100 * 100, HttpStatus.interpret(code).value(), String.valueOf(code));
            }
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "100, CONTINUE", "199, CONTINUE",
        "200, OK", "299, OK",
        "306, MULTIPLE_CHOICES", "399, MULTIPLE_CHOICES",
        "419, BAD_REQUEST", "499, BAD_REQUEST",
        "520, INTERNAL_SERVER_ERROR", "527, INTERNAL_SERVER_ERROR", "599, INTERNAL_SERVER_ERROR",
    })
    void interpret_rfc9110Section15Examples(int code, HttpStatus expected) {
        assertSame(expected, HttpStatus.interpret(code));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {Integer.MIN_VALUE, -100, -1, 0, 1, 99, 600, 601, 1000, Integer.MAX_VALUE})
    void interpret_valueOutsideStatusRange_throwsNamingTypeValueAndRange(int code) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HttpStatus.interpret(code));
        assertEquals("HttpStatus: " + code + " is not an HTTP status code; valid codes are 100..599", e.getMessage());
    }

    @Test
    void interpret_everyIntFromMinus100000To100000_givesAMemberOfItsClassOrThrows() {
        for (int code = -100_000; code <= 100_000; code++) {
            if (code >= 100 && code <= 599) {
                assertEquals(StatusClass.of(code), HttpStatus.interpret(code).statusClass());
            } else {
                int bad = code;
                assertThrows(IllegalArgumentException.class, () -> HttpStatus.interpret(bad));
            }
        }
    }

    /** {@code [100, 101, 102, 200]} as {@code "100-102, 200"}. */
    private static String ranges(Set<Integer> codes) {
        StringJoiner ranges = new StringJoiner(", ");
        Integer start = null;
        Integer previous = null;
        for (int code : codes) {
            if (previous == null || code != previous + 1) {
                if (start != null) {
                    ranges.add(start.equals(previous) ? String.valueOf(start) : start + "-" + previous);
                }
                start = code;
            }
            previous = code;
        }
        ranges.add(start.equals(previous) ? String.valueOf(start) : start + "-" + previous);
        return ranges.toString();
    }

    /**
     * The message of {@code of}: "member", not "registered", with the registry's own word for a
     * code in 100..599 (its test is {@link RegistrationTest}) and where to go for any code.
     */
    private static String notRegistered(int code) {
        if (code < 100 || code > 599) {
            return "HttpStatus: " + code + " is not a member, nor an HTTP status code (100..599); members are "
                    + REGISTERED_CODES;
        }
        return "HttpStatus: " + code + " is not a member (IANA: " + StatusCode.of(code).registration() + "); members are "
                + REGISTERED_CODES + "; StatusCode.of(" + code + ") takes any code from 100 to 599";
    }
}
