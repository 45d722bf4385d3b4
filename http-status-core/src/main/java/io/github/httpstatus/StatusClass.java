package io.github.httpstatus;

import java.util.Optional;

/**
 * The five classes of HTTP status code, named by the first digit of the code.
 *
 * <p>RFC 9110, Section 15 divides the three-digit codes 100 to 599 into classes by their first
 * digit. A client that receives a code it does not recognise treats it as the {@code x00} code of
 * its class, which is why the class of any code in 100..599 is defined, registered or not.
 *
 * <p><b>Do not use {@link #ordinal()} to obtain the first digit.</b> Use {@link #firstDigit()},
 * and {@link #of(int)} or {@link #find(int)} to go from a code to its class.
 *
 * @implSpec This is an immutable and thread-safe enum.
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15">RFC 9110, Section 15</a>
 */
public enum StatusClass {

    /** {@code 1xx}: the request was received and processing continues (RFC 9110, Section 15.2). */
    INFORMATIONAL,
    /** {@code 2xx}: the request was received, understood and accepted (RFC 9110, Section 15.3). */
    SUCCESSFUL,
    /** {@code 3xx}: the client must take further action to complete the request (RFC 9110, Section 15.4). */
    REDIRECTION,
    /** {@code 4xx}: the request contains an error or cannot be fulfilled (RFC 9110, Section 15.5). */
    CLIENT_ERROR,
    /** {@code 5xx}: the server failed to fulfil an apparently valid request (RFC 9110, Section 15.6). */
    SERVER_ERROR;

    /** The lowest status code, {@value}: the first of the 1xx class. */
    static final int MIN_CODE = 100;
    /** The highest status code, {@value}: the last of the 5xx class. */
    static final int MAX_CODE = 599;

    private static final StatusClass[] BY_FIRST_DIGIT = values();

    /** For {@link #find(int)}: one {@code Optional} a class, so that a lookup allocates nothing. */
    private static final class FoundByFirstDigit {
        @SuppressWarnings("unchecked")
        static final Optional<StatusClass>[] TABLE = (Optional<StatusClass>[]) new Optional<?>[BY_FIRST_DIGIT.length];

        static {
            for (int i = 0; i < TABLE.length; i++) {
                TABLE[i] = Optional.of(BY_FIRST_DIGIT[i]);
            }
        }
    }

    /**
     * Returns the class of a status code, whether or not the code is registered.
     *
     * @param code the status code, from 100 to 599 inclusive
     * @return the class named by the code's first digit, never {@code null}
     * @throws IllegalArgumentException if {@code code} is outside 100..599
     */
    public static StatusClass of(int code) {
        if (code < MIN_CODE || code > MAX_CODE) {
            throw new IllegalArgumentException(
                    "StatusClass: " + code + " is not an HTTP status code; valid codes are "
                            + MIN_CODE + ".." + MAX_CODE);
        }
        return BY_FIRST_DIGIT[code / 100 - 1];
    }

    /**
     * Returns the class of any {@code int} that is a status code, and nothing for one that is not.
     *
     * <p>For codes a client really receives: {@code HttpURLConnection.getResponseCode()} returns -1
     * for a response that is not valid HTTP, and some proxies send codes such as 999. Where {@link
     * #of(int)} throws, this answers empty; where it answers, this answers the same class.
     *
     * @param code any {@code int}
     * @return the class named by the first digit of {@code code} if it is in 100..599, else an
     *     empty {@code Optional}; never {@code null}, and equal results for equal codes
     * @since 1.1.0
     */
    public static Optional<StatusClass> find(int code) {
        if (code < MIN_CODE || code > MAX_CODE) {
            return Optional.empty();
        }
        return FoundByFirstDigit.TABLE[code / 100 - 1];
    }

    /**
     * Returns the digit that names this class: 1 for {@link #INFORMATIONAL} up to 5 for {@link
     * #SERVER_ERROR}, as in {@code 4xx}.
     *
     * @return the first digit of every code in this class, from 1 to 5
     * @since 1.1.0
     */
    public int firstDigit() {
        return ordinal() + 1;
    }

    /**
     * Tells whether a code belongs to this class: {@code CLIENT_ERROR.contains(404)} and {@code
     * CLIENT_ERROR.contains(499)} hold, {@code CLIENT_ERROR.contains(500)} does not.
     *
     * @param code any {@code int}
     * @return whether {@code code} is in this class's hundred, registered or not; {@code false}
     *     for anything outside 100..599
     * @since 1.1.0
     */
    public boolean contains(int code) {
        return code >= firstDigit() * 100 && code <= firstDigit() * 100 + 99;
    }
}
