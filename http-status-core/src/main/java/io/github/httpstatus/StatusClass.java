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
    INFORMATIONAL("Informational"),
    /** {@code 2xx}: the request was received, understood and accepted (RFC 9110, Section 15.3). */
    SUCCESSFUL("Successful"),
    /** {@code 3xx}: the client must take further action to complete the request (RFC 9110, Section 15.4). */
    REDIRECTION("Redirection"),
    /** {@code 4xx}: the request contains an error or cannot be fulfilled (RFC 9110, Section 15.5). */
    CLIENT_ERROR("Client Error"),
    /** {@code 5xx}: the server failed to fulfil an apparently valid request (RFC 9110, Section 15.6). */
    SERVER_ERROR("Server Error");

    /**
     * The lowest status code, {@value}: the first of the {@code 1xx} class.
     *
     * @since 1.1.0
     */
    public static final int MIN_CODE = 100;
    /**
     * The highest status code, {@value}: the last of the {@code 5xx} class.
     *
     * @since 1.1.0
     */
    public static final int MAX_CODE = 599;

    private final String phrase;

    StatusClass(String phrase) {
        this.phrase = phrase;
    }

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
            throw LookupErrors.notAStatusCode("StatusClass", code);
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
     * Returns the class as RFC 9110 writes it by its digit: {@code "4xx"} for {@link #CLIENT_ERROR}.
     *
     * @return the first digit followed by {@code "xx"}, never {@code null}
     * @since 1.1.0
     */
    public String label() {
        return firstDigit() + "xx";
    }

    /**
     * Returns the title RFC 9110, Section 15 gives the class: {@code "Informational"}, {@code
     * "Successful"}, {@code "Redirection"}, {@code "Client Error"} or {@code "Server Error"}.
     *
     * @return the title, never {@code null}
     * @since 1.1.0
     */
    public String phrase() {
        return phrase;
    }

    /**
     * Returns the lowest code of this class, the {@code x00} code: 400 for {@link #CLIENT_ERROR}.
     *
     * @return the first code of the class, from 100 to 500
     * @since 1.1.0
     */
    public int firstCode() {
        return firstDigit() * 100;
    }

    /**
     * Returns the highest code of this class, the {@code x99} code: 499 for {@link #CLIENT_ERROR}.
     *
     * @return the last code of the class, from 199 to 599
     * @since 1.1.0
     */
    public int lastCode() {
        return firstCode() + 99;
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
        return code >= firstCode() && code <= lastCode();
    }
}
