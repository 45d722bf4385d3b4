package io.github.httpstatus;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the specifications say about retrying after each code, for {@link
 * StatusCode#isRetryAfterDefined()} and {@link StatusCode#repeatRequest()}. Kept out of the
 * status types so that only a program that asks loads it.
 */
final class RetryFacts {

    private static final Optional<RepeatRequest>[] REPEAT = repeatTable();

    private RetryFacts() {
    }

    /**
     * The section that gives {@code Retry-After} a meaning with a code in 100..599, or {@code
     * null} where none does.
     */
    static String retryAfterReference(int code) {
        if (code == 503 || StatusClass.REDIRECTION.contains(code)) {
            return "RFC 9110, Section 10.2.3";
        }
        if (code == 429) {
            return "RFC 6585, Section 4";
        }
        if (code == 413) {
            return "RFC 9110, Section 15.5.14";
        }
        return null;
    }

    /** How a request may be repeated after a code in 100..599. */
    static Optional<RepeatRequest> repeatRequest(int code) {
        return REPEAT[code - StatusClass.MIN_CODE];
    }

    private static Optional<RepeatRequest>[] repeatTable() {
        @SuppressWarnings("unchecked")
        Optional<RepeatRequest>[] table = (Optional<RepeatRequest>[]) new Optional<?>[StatusClass.MAX_CODE - StatusClass.MIN_CODE + 1];
        Arrays.fill(table, Optional.empty());
        for (RepeatRequest repeat : RepeatRequest.values()) {
            table[repeat.code() - StatusClass.MIN_CODE] = Optional.of(repeat);
        }
        return table;
    }
}
