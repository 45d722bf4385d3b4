package io.github.httpstatus;

import java.util.List;
import java.util.Optional;

/**
 * Any HTTP status code from 100 to 599, registered or not, as a value that keeps its number.
 *
 * <p>{@link HttpStatus} has a constant for each code CPython's {@code http.HTTPStatus} knows; a
 * server may send any other three-digit code, such as nginx's 499 or Cloudflare's 520, and a
 * client must not lose it. {@link #of(int)} gives a {@code StatusCode} for every code from 100 to
 * 599: the {@code HttpStatus} constant itself where there is one ({@code StatusCode.of(404) ==
 * HttpStatus.NOT_FOUND}), and otherwise an instance of this library's that answers the same
 * questions: its {@linkplain #value() number} and {@linkplain #statusClass() class}, what a client
 * {@linkplain #interpretation() treats it as}, the rules of RFC 9110 for the message, what the
 * specifications say about {@linkplain #isRetryAfterDefined() retrying}, its {@linkplain
 * #registration() registration at IANA} and the {@linkplain #vendorCodes() vendors} that use it.
 *
 * <p><b>One instance a code.</b> There is exactly one {@code StatusCode} for each code, made once,
 * so {@code ==} and {@link Object#equals(Object) equals} agree, a lookup allocates nothing, and an
 * instance can be a key of a map or a member of a set. Compare with {@code ==} or {@code equals},
 * or compare {@link #value()}s.
 *
 * <p><b>Names and {@code toString()}.</b> A constant of {@code HttpStatus} keeps the enum's {@code
 * toString()}, its name ({@code "NOT_FOUND"}); any other code has no name and prints as its three
 * digits ({@code "499"}). There is no {@code phrase()} here: nobody registered a phrase for an
 * unregistered code, and the one a vendor uses is that vendor's ({@link #vendorCodes()}). For
 * something to show a person, use {@code member().map(HttpStatus::phrase)}, falling back on the
 * {@linkplain StatusClass#phrase() phrase of the class}.
 *
 * <p><b>Beside the peers.</b> Spring 6's {@code HttpStatusCode} is the same idea: an interface its
 * {@code HttpStatus} enum implements, with {@code valueOf(499)} keeping 499; but that call makes a
 * new object for each unregistered code, which is equal to, not the same as, the last one. Netty's
 * {@code HttpResponseStatus.valueOf(499)} also makes a new object, with the phrase {@code "Client
 * Error"} made up from the class. Here every code has its one instance, made when the table of
 * codes is first used, and no made-up phrase.
 *
 * <p>This interface is implemented only by this library: {@link HttpStatus} and its own instances
 * for the other codes. Later releases may add methods to it, so do not implement it yourself.
 *
 * @implSpec Every instance is immutable and thread-safe.
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15">RFC 9110, Section 15</a>
 * @since 1.1.0
 */
public interface StatusCode {

    /**
     * Returns the status code for any code from 100 to 599, registered or not.
     *
     * @param code the status code, from 100 to 599 inclusive
     * @return the {@link HttpStatus} constant of {@code code} if it has one, otherwise this
     *     library's one instance for {@code code}; never {@code null}, and the same instance on
     *     every call with the same code
     * @throws IllegalArgumentException if {@code code} is outside 100..599, which no status code
     *     is (such as the -1 that {@code HttpURLConnection.getResponseCode()} returns for a
     *     response that is not HTTP); {@link #find(int)} answers empty instead
     */
    static StatusCode of(int code) {
        int index = code - StatusClass.MIN_CODE;
        if (index >= 0 && index < AnyCode.Table.BY_CODE.length) {
            return AnyCode.Table.BY_CODE[index];
        }
        throw LookupErrors.notAStatusCode("StatusCode", code);
    }

    /**
     * Returns the status code for any {@code int}, or nothing for one that is not a status code.
     * Never throws: where {@link #of(int)} answers, this answers the same instance; where it
     * throws, this answers empty.
     *
     * @param code any {@code int}
     * @return the status code if {@code code} is in 100..599, else an empty {@code Optional};
     *     never {@code null}, and an equal {@code Optional} on every call with the same code,
     *     allocated once (compare {@code Optional}s with {@code equals}, never {@code ==})
     */
    static Optional<StatusCode> find(int code) {
        int index = code - StatusClass.MIN_CODE;
        if (index >= 0 && index < AnyCode.Table.BY_CODE.length) {
            return AnyCode.Found.BY_CODE[index];
        }
        return Optional.empty();
    }

    /**
     * Returns the numeric status code.
     *
     * @return the code, from 100 to 599 inclusive
     */
    int value();

    /**
     * Returns the class of this code, named by its first digit.
     *
     * @return the class, never {@code null}
     */
    StatusClass statusClass();

    /**
     * Returns the {@link HttpStatus} constant of this code, if it has one.
     *
     * @return the constant whose {@link HttpStatus#value()} is this code, or an empty {@code
     *     Optional} for a code that is not a member, such as 104, 306 or 499; never {@code null}
     */
    default Optional<HttpStatus> member() {
        return HttpStatus.find(value());
    }

    /**
     * Returns the constant a client must treat this code as: itself for a member, otherwise the
     * {@code x00} constant of its class, as RFC 9110, Section 15 says a client treats a code it
     * does not recognise. 499 gives {@link HttpStatus#BAD_REQUEST} and 520 {@link
     * HttpStatus#INTERNAL_SERVER_ERROR}; the code itself stays 499 or 520.
     *
     * @return the member a client treats this code as, never {@code null}
     * @see HttpStatus#interpret(int)
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15">RFC 9110, Section 15</a>
     */
    default HttpStatus interpretation() {
        return HttpStatus.interpret(value());
    }

    /**
     * Tells whether this is a {@code 1xx} code, as Python's {@code is_informational}.
     *
     * @return whether the {@linkplain #statusClass() class} is {@link StatusClass#INFORMATIONAL}
     */
    default boolean isInformational() {
        return statusClass() == StatusClass.INFORMATIONAL;
    }

    /**
     * Tells whether this is a {@code 2xx} code, as Python's {@code is_success}.
     *
     * @return whether the {@linkplain #statusClass() class} is {@link StatusClass#SUCCESSFUL}
     */
    default boolean isSuccess() {
        return statusClass() == StatusClass.SUCCESSFUL;
    }

    /**
     * Tells whether this is a {@code 3xx} code, as Python's {@code is_redirection}.
     *
     * @return whether the {@linkplain #statusClass() class} is {@link StatusClass#REDIRECTION}
     */
    default boolean isRedirection() {
        return statusClass() == StatusClass.REDIRECTION;
    }

    /**
     * Tells whether this is a {@code 4xx} code, as Python's {@code is_client_error}.
     *
     * @return whether the {@linkplain #statusClass() class} is {@link StatusClass#CLIENT_ERROR}
     */
    default boolean isClientError() {
        return statusClass() == StatusClass.CLIENT_ERROR;
    }

    /**
     * Tells whether this is a {@code 5xx} code, as Python's {@code is_server_error}.
     *
     * @return whether the {@linkplain #statusClass() class} is {@link StatusClass#SERVER_ERROR}
     */
    default boolean isServerError() {
        return statusClass() == StatusClass.SERVER_ERROR;
    }

    /**
     * Tells whether this is an error, a {@code 4xx} or {@code 5xx} code.
     *
     * @return whether {@link #isClientError()} or {@link #isServerError()} holds
     */
    default boolean isError() {
        return isClientError() || isServerError();
    }

    /**
     * Tells whether a response with this code may carry content, as {@link
     * HttpStatus#isContentAllowed(int)} says (RFC 9110, Section 6.4.1).
     *
     * @return whether content is allowed with this code
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-6.4.1">RFC 9110, Section 6.4.1</a>
     */
    default boolean isContentAllowed() {
        return HttpStatus.isContentAllowed(value());
    }

    /**
     * Tells whether a response with this code is cacheable by default, as {@link
     * HttpStatus#isCacheableByDefault(int)} says: never for a code that is not a member, and never
     * for a {@code 1xx}, which no cache stores (RFC 9111, Section 3).
     *
     * @return whether this code is cacheable by default
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.1">RFC 9110, Section 15.1</a>
     */
    boolean isCacheableByDefault();

    /**
     * Tells whether this code redirects to its {@code Location}, as {@link
     * HttpStatus#isRedirectWithLocation(int)} says (RFC 9110, Section 15.4).
     *
     * @return whether this code is 301, 302, 303, 307 or 308
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4">RFC 9110, Section 15.4</a>
     */
    boolean isRedirectWithLocation();

    /**
     * Tells whether this code redirects with the same method, as {@link
     * HttpStatus#isMethodPreservingRedirect(int)} says (RFC 9110, Sections 15.4.8 and 15.4.9).
     *
     * @return whether this code is 307 or 308
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4">RFC 9110, Section 15.4</a>
     */
    boolean isMethodPreservingRedirect();

    /**
     * Tells whether a specification gives the {@code Retry-After} header field a meaning with
     * this code. A fact, not a policy: whether to wait and try again is the caller's decision.
     * <ul>
     *   <li>{@code 503 Service Unavailable}: how long the service is expected to be unavailable;
     *       any {@code 3xx}: the least time to wait before following the redirect (RFC 9110,
     *       Section 10.2.3);</li>
     *   <li>{@code 429 Too Many Requests}: how long to wait before a new request (RFC 6585,
     *       Section 4);</li>
     *   <li>{@code 413 Content Too Large}: when the condition is temporary, after what time the
     *       client may try again (RFC 9110, Section 15.5.14).</li>
     * </ul>
     * Any other code, unregistered {@code 3xx} codes excepted, gives {@code Retry-After} no
     * meaning, though a server may still send it.
     *
     * @return whether {@code Retry-After} has a meaning with this code
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3">RFC 9110, Section 10.2.3</a>
     * @see <a href="https://www.rfc-editor.org/rfc/rfc6585#section-4">RFC 6585, Section 4</a>
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14">RFC 9110, Section 15.5.14</a>
     */
    default boolean isRetryAfterDefined() {
        return RetryFacts.retryAfterReference(value()) != null;
    }

    /**
     * Returns how a specification lets a client repeat the request after this code, if one does:
     * with new credentials after 401 and 407, on a new connection after 408, without the {@code
     * 100-continue} expectation after 417, on another connection after 421, and after the TLS
     * handshake after 425. Each constant cites its section. A fact, not a policy: the request
     * method, idempotency and the caller's own limits still decide.
     *
     * @return how the request may be repeated, or an empty {@code Optional} for a code after
     *     which no specification says so; never {@code null}, and allocated once
     */
    default Optional<RepeatRequest> repeatRequest() {
        return RetryFacts.repeatRequest(value());
    }

    /**
     * Returns what the IANA HTTP Status Code Registry says of this code, as of the registry copy
     * this release was built from ({@link Registration#registryDate()}): permanent, temporary with
     * its expiry date (104), obsoleted (510), unused (306 and 418) or unassigned (499).
     *
     * @return the registration, never {@code null}; the same instance on every call
     */
    default Registration registration() {
        return Registration.of(value());
    }

    /**
     * Returns the uses vendors make of this code outside the registry, or beside it, each with its
     * source, the phrase the source gives it and a link to that source's documentation: nginx's
     * and Esri's 499, Cloudflare's 520, an AWS load balancer's 460, Microsoft Exchange's 451 beside
     * the registry's. Loaded from the library's data file on the first call.
     *
     * @return the vendors' uses of this code in the order of the data file, possibly empty; never
     *     {@code null}, unmodifiable, and the same list on every call
     * @see VendorCode
     */
    default List<VendorCode> vendorCodes() {
        return VendorCode.forCode(value());
    }
}
