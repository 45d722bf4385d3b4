package io.github.httpstatus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each member's class and {@code is*} predicates, against the ranges of RFC 9110, Section 15. */
class HttpStatusClassTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(HttpStatus.class)
    void predicates_followTheValueRange(HttpStatus status) {
        int code = status.value();
        assertEquals(code >= 100 && code <= 199, status.isInformational(), "isInformational");
        assertEquals(code >= 200 && code <= 299, status.isSuccess(), "isSuccess");
        assertEquals(code >= 300 && code <= 399, status.isRedirection(), "isRedirection");
        assertEquals(code >= 400 && code <= 499, status.isClientError(), "isClientError");
        assertEquals(code >= 500 && code <= 599, status.isServerError(), "isServerError");
        assertEquals(code >= 400 && code <= 599, status.isError(), "isError");
        assertEquals(StatusClass.of(code), status.statusClass());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(HttpStatus.class)
    void value_isAThreeDigitStatusCode(HttpStatus status) {
        assertEquals(3, String.valueOf(status.value()).length());
    }

    @Test
    void membersAtEachClassEdge_haveTheirClass() {
        assertEquals(EnumSet.of(HttpStatus.EARLY_HINTS), membersWhere(s -> s.value() == 103 && s.isInformational()));
        assertEquals(EnumSet.of(HttpStatus.OK), membersWhere(s -> s.value() == 200 && s.isSuccess()));
        assertEquals(EnumSet.of(HttpStatus.IM_USED), membersWhere(s -> s.value() == 226 && s.isSuccess()));
        assertEquals(EnumSet.of(HttpStatus.MULTIPLE_CHOICES), membersWhere(s -> s.value() == 300 && s.isRedirection()));
        assertEquals(EnumSet.of(HttpStatus.PERMANENT_REDIRECT), membersWhere(s -> s.value() == 308 && s.isRedirection()));
        assertEquals(EnumSet.of(HttpStatus.BAD_REQUEST), membersWhere(s -> s.value() == 400 && s.isClientError()));
        assertEquals(EnumSet.of(HttpStatus.UNAVAILABLE_FOR_LEGAL_REASONS),
                membersWhere(s -> s.value() == 451 && s.isClientError() && s.isError()));
        assertEquals(EnumSet.of(HttpStatus.INTERNAL_SERVER_ERROR),
                membersWhere(s -> s.value() == 500 && s.isServerError() && s.isError()));
        assertEquals(EnumSet.of(HttpStatus.NETWORK_AUTHENTICATION_REQUIRED),
                membersWhere(s -> s.value() == 511 && s.isServerError()));
    }

    @Test
    void eachPredicate_holdsForAsManyMembersAsCpythonsTableHasCodesInItsRange() {
        assertEquals(codesFrom(100, 199), membersWhere(HttpStatus::isInformational).size());
        assertEquals(codesFrom(200, 299), membersWhere(HttpStatus::isSuccess).size());
        assertEquals(codesFrom(300, 399), membersWhere(HttpStatus::isRedirection).size());
        assertEquals(codesFrom(400, 499), membersWhere(HttpStatus::isClientError).size());
        assertEquals(codesFrom(500, 599), membersWhere(HttpStatus::isServerError).size());
        assertEquals(codesFrom(400, 599), membersWhere(HttpStatus::isError).size());
    }

    /** How many codes of the conformance copy of CPython's table lie in {@code low..high}. */
    private static long codesFrom(int low, int high) {
        return Conformance.rows(Conformance.CPYTHON).stream()
                .mapToInt(row -> Integer.parseInt(row.get("value")))
                .filter(code -> code >= low && code <= high)
                .count();
    }

    private static Set<HttpStatus> membersWhere(java.util.function.Predicate<HttpStatus> predicate) {
        return Stream.of(HttpStatus.values()).filter(predicate)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(HttpStatus.class)));
    }
}
