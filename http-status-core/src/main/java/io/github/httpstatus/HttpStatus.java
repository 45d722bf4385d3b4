package io.github.httpstatus;

import java.net.URI;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP status code, with its reason phrase, description and specification reference: the Java
 * counterpart of Python's {@code http.HTTPStatus}.
 *
 * <p>There is one constant for each member of CPython's {@code http.HTTPStatus} (main branch),
 * with the same name, {@linkplain #value() value}, {@linkplain #phrase() phrase} and {@linkplain
 * #description() description}, byte for byte. That is every code the
 * <a href="https://www.iana.org/assignments/http-status-codes/http-status-codes.xhtml">IANA HTTP
 * Status Code Registry</a> lists as permanent or obsoleted, plus {@link #IM_A_TEAPOT}. Temporary
 * registrations (such as 104) and unused codes (such as 306) are not members.
 *
 * <p>The {@linkplain #reference() reference} of each constant is the one the IANA registry gives.
 * The specifications followed are:
 * <ul>
 *   <li>RFC 9110, HTTP Semantics, which obsoletes RFC 7231, 7232, 7233, 7235 and 7538, takes
 *       over 421 from RFC 7540, and whose names this enum uses;</li>
 *   <li>RFC 2518 and RFC 4918 (WebDAV), RFC 5842 (WebDAV Binding Extensions);</li>
 *   <li>RFC 3229 (Delta Encoding), RFC 2295 (Transparent Content Negotiation),
 *       RFC 2774 (An HTTP Extension Framework);</li>
 *   <li>RFC 6585 (Additional HTTP Status Codes), RFC 7725 (451), RFC 8297 (103) and
 *       RFC 8470 (425).</li>
 * </ul>
 *
 * <p>The names RFC 9110 changed are kept as aliases of the same instance, as in Python: {@link
 * #REQUEST_ENTITY_TOO_LARGE}, {@link #REQUEST_URI_TOO_LONG}, {@link
 * #REQUESTED_RANGE_NOT_SATISFIABLE} and {@link #UNPROCESSABLE_ENTITY}. {@link #ofName(String)}
 * accepts them too.
 *
 * <p>The reason phrase is for people: HTTP/1.1 sends it on the status line but a client must
 * ignore it, and HTTP/2 and HTTP/3 do not send it at all. Compare codes, never phrases.
 *
 * <p><b>Do not use {@link #ordinal()} as the status code</b>: ordinals change whenever a code is
 * registered. Use {@link #value()}, and {@link #of(int)}, {@link #find(int)} or {@link
 * #interpret(int)} to go back from a number. Every lookup by number is a range check and an array
 * read; none allocates.
 *
 * <p><b>Any code, not only the members.</b> {@code HttpStatus} implements {@link StatusCode}, the
 * type of every code from 100 to 599: {@link StatusCode#of(int) StatusCode.of(499)} keeps 499,
 * with its class, what a client treats it as, the registry's facts and the vendors' uses, and
 * {@code StatusCode.of(404)} is {@link #NOT_FOUND} itself. Use {@code HttpStatus} where only the
 * members are meaningful (a {@code switch}, an annotation) and {@code StatusCode} for a
 * code you received.
 *
 * @implSpec This is an immutable and thread-safe enum.
 * @see StatusClass
 */
public enum HttpStatus implements StatusCode {

    // 1xx Informational: the request was received and processing continues.

    /** {@code 100 Continue}: <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.2.1">RFC 9110, Section 15.2.1</a>. */
    CONTINUE(100, "Continue", "Request received, please continue", "RFC 9110, Section 15.2.1"),
    /** {@code 101 Switching Protocols}: <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.2.2">RFC 9110, Section 15.2.2</a>. */
    SWITCHING_PROTOCOLS(101, "Switching Protocols", "Switching to new protocol; obey Upgrade header", "RFC 9110, Section 15.2.2"),
    /** {@code 102 Processing}: <a href="https://www.rfc-editor.org/rfc/rfc2518">RFC 2518</a>. */
    PROCESSING(102, "Processing", "Server is processing the request", "RFC 2518"),
    /** {@code 103 Early Hints}: <a href="https://www.rfc-editor.org/rfc/rfc8297">RFC 8297</a>. */
    EARLY_HINTS(103, "Early Hints", "Headers sent to prepare for the response", "RFC 8297"),

    // 2xx Successful: the request was received, understood and accepted.

    /** {@code 200 OK}: <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.3.1">RFC 9110, Section 15.3.1</a>. */
    OK(200, "OK", "Request fulfilled, document follows", "RFC 9110, Section 15.3.1"),
    /** {@code 201 Created}: <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.3.2">RFC 9110, Section 15.3.2</a>. */
    CREATED(201, "Created", "Document created, URL follows", "RFC 9110, Section 15.3.2"),
    /** {@code 202 Accepted}: <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.3.3">RFC 9110, Section 15.3.3</a>. */
    ACCEPTED(202, "Accepted", "Request accepted, processing continues off-line", "RFC 9110, Section 15.3.3"),
    /** {@code 203 Non-Authoritative Information}: <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.3.4">RFC 9110, Section 15.3.4</a>. */
    NON_AUTHORITATIVE_INFORMATION(203, "Non-Authoritative Information", "Request fulfilled from cache", "RFC 9110, Section 15.3.4"),
    /** {@code 204 No Content}: <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.3.5">RFC 9110, Section 15.3.5</a>. */
    NO_CONTENT(204, "No Content", "Request fulfilled, nothing follows", "RFC 9110, Section 15.3.5"),
    /** {@code 205 Reset Content}: <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.3.6">RFC 9110, Section 15.3.6</a>. */
    RESET_CONTENT(205, "Reset Content", "Clear input form for further input", "RFC 9110, Section 15.3.6"),
    /** {@code 206 Partial Content}: <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.3.7">RFC 9110, Section 15.3.7</a>. */
    PARTIAL_CONTENT(206, "Partial Content", "Partial content follows", "RFC 9110, Section 15.3.7"),
    /** {@code 207 Multi-Status}: <a href="https://www.rfc-editor.org/rfc/rfc4918">RFC 4918</a>. */
    MULTI_STATUS(207, "Multi-Status", "Response contains multiple statuses in the body", "RFC 4918"),
    /** {@code 208 Already Reported}: <a href="https://www.rfc-editor.org/rfc/rfc5842">RFC 5842</a>. */
    ALREADY_REPORTED(208, "Already Reported", "Operation has already been reported", "RFC 5842"),
    /** {@code 226 IM Used}: <a href="https://www.rfc-editor.org/rfc/rfc3229">RFC 3229</a>. */
    IM_USED(226, "IM Used", "Request completed using instance manipulations", "RFC 3229"),

    // 3xx Redirection: the client must take further action to complete the request.

    /** {@code 300 Multiple Choices}: <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.1">RFC 9110, Section 15.4.1</a>. */
    MULTIPLE_CHOICES(300, "Multiple Choices", "Object has several resources -- see URI list", "RFC 9110, Section 15.4.1"),
    /** {@code 301 Moved Permanently}: <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.2">RFC 9110, Section 15.4.2</a>. */
    MOVED_PERMANENTLY(301, "Moved Permanently", "Object moved permanently -- see URI list", "RFC 9110, Section 15.4.2"),
    /** {@code 302 Found}: <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.3">RFC 9110, Section 15.4.3</a>. */
    FOUND(302, "Found", "Object moved temporarily -- see URI list", "RFC 9110, Section 15.4.3"),
    /** {@code 303 See Other}: <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.4">RFC 9110, Section 15.4.4</a>. */
    SEE_OTHER(303, "See Other", "Object moved -- see Method and URL list", "RFC 9110, Section 15.4.4"),
    /** {@code 304 Not Modified}: <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.5">RFC 9110, Section 15.4.5</a>. */
    NOT_MODIFIED(304, "Not Modified", "Document has not changed since given time", "RFC 9110, Section 15.4.5"),
    /** {@code 305 Use Proxy}: <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.6">RFC 9110, Section 15.4.6</a>. */
    USE_PROXY(305, "Use Proxy", "You must use proxy specified in Location to access this resource", "RFC 9110, Section 15.4.6"),
    /** {@code 307 Temporary Redirect}: <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.8">RFC 9110, Section 15.4.8</a>. */
    TEMPORARY_REDIRECT(307, "Temporary Redirect", "Object moved temporarily -- see URI list", "RFC 9110, Section 15.4.8"),
    /** {@code 308 Permanent Redirect}: <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.9">RFC 9110, Section 15.4.9</a>. */
    PERMANENT_REDIRECT(308, "Permanent Redirect", "Object moved permanently -- see URI list", "RFC 9110, Section 15.4.9"),

    // 4xx Client Error: the request is wrong or cannot be fulfilled.

    /** {@code 400 Bad Request}: <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1">RFC 9110, Section 15.5.1</a>. */
    BAD_REQUEST(400, "Bad Request", "Bad request syntax or unsupported method", "RFC 9110, Section 15.5.1"),
    /** {@code 401 Unauthorized}: <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2">RFC 9110, Section 15.5.2</a>. */
    UNAUTHORIZED(401, "Unauthorized", "No permission -- see authorization schemes", "RFC 9110, Section 15.5.2"),
    /** {@code 402 Payment Required}: <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.3">RFC 9110, Section 15.5.3</a>. */
    PAYMENT_REQUIRED(402, "Payment Required", "No payment -- see charging schemes", "RFC 9110, Section 15.5.3"),
    /** {@code 403 Forbidden}: <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4">RFC 9110, Section 15.5.4</a>. */
    FORBIDDEN(403, "Forbidden", "Request forbidden -- authorization will not help", "RFC 9110, Section 15.5.4"),
    /** {@code 404 Not Found}: <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5">RFC 9110, Section 15.5.5</a>. */
    NOT_FOUND(404, "Not Found", "Nothing matches the given URI", "RFC 9110, Section 15.5.5"),
    /** {@code 405 Method Not Allowed}: <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6">RFC 9110, Section 15.5.6</a>. */
    METHOD_NOT_ALLOWED(405, "Method Not Allowed", "Specified method is invalid for this resource", "RFC 9110, Section 15.5.6"),
    /** {@code 406 Not Acceptable}: <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.7">RFC 9110, Section 15.5.7</a>. */
    NOT_ACCEPTABLE(406, "Not Acceptable", "URI not available in preferred format", "RFC 9110, Section 15.5.7"),
    /** {@code 407 Proxy Authentication Required}: <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.8">RFC 9110, Section 15.5.8</a>. */
    PROXY_AUTHENTICATION_REQUIRED(407, "Proxy Authentication Required", "You must authenticate with this proxy before proceeding", "RFC 9110, Section 15.5.8"),
    /** {@code 408 Request Timeout}: <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.9">RFC 9110, Section 15.5.9</a>. */
    REQUEST_TIMEOUT(408, "Request Timeout", "Request timed out; try again later", "RFC 9110, Section 15.5.9"),
    /** {@code 409 Conflict}: <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10">RFC 9110, Section 15.5.10</a>. */
    CONFLICT(409, "Conflict", "Request conflict", "RFC 9110, Section 15.5.10"),
    /** {@code 410 Gone}: <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.11">RFC 9110, Section 15.5.11</a>. */
    GONE(410, "Gone", "URI no longer exists and has been permanently removed", "RFC 9110, Section 15.5.11"),
    /** {@code 411 Length Required}: <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.12">RFC 9110, Section 15.5.12</a>. */
    LENGTH_REQUIRED(411, "Length Required", "Client must specify Content-Length", "RFC 9110, Section 15.5.12"),
    /** {@code 412 Precondition Failed}: <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.13">RFC 9110, Section 15.5.13</a>. */
    PRECONDITION_FAILED(412, "Precondition Failed", "Precondition in headers is false", "RFC 9110, Section 15.5.13"),
    /** {@code 413 Content Too Large}: <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14">RFC 9110, Section 15.5.14</a>. */
    CONTENT_TOO_LARGE(413, "Content Too Large", "Content is too large", "RFC 9110, Section 15.5.14"),
    /** {@code 414 URI Too Long}: <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.15">RFC 9110, Section 15.5.15</a>. */
    URI_TOO_LONG(414, "URI Too Long", "URI is too long", "RFC 9110, Section 15.5.15"),
    /** {@code 415 Unsupported Media Type}: <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16">RFC 9110, Section 15.5.16</a>. */
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported Media Type", "Entity body in unsupported format", "RFC 9110, Section 15.5.16"),
    /** {@code 416 Range Not Satisfiable}: <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.17">RFC 9110, Section 15.5.17</a>. */
    RANGE_NOT_SATISFIABLE(416, "Range Not Satisfiable", "Cannot satisfy request range", "RFC 9110, Section 15.5.17"),
    /** {@code 417 Expectation Failed}: <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.18">RFC 9110, Section 15.5.18</a>. */
    EXPECTATION_FAILED(417, "Expectation Failed", "Expect condition could not be satisfied", "RFC 9110, Section 15.5.18"),
    /** {@code 418 I'm a Teapot}: <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.19">RFC 9110, Section 15.5.19</a>. Listed by IANA as unused; kept because CPython has it. */
    IM_A_TEAPOT(418, "I'm a Teapot", "Server refuses to brew coffee because it is a teapot", "RFC 9110, Section 15.5.19"),
    /** {@code 421 Misdirected Request}: <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.20">RFC 9110, Section 15.5.20</a>. */
    MISDIRECTED_REQUEST(421, "Misdirected Request", "Server is not able to produce a response", "RFC 9110, Section 15.5.20"),
    /** {@code 422 Unprocessable Content}: <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21">RFC 9110, Section 15.5.21</a>. */
    UNPROCESSABLE_CONTENT(422, "Unprocessable Content", "Server is not able to process the contained instructions", "RFC 9110, Section 15.5.21"),
    /** {@code 423 Locked}: <a href="https://www.rfc-editor.org/rfc/rfc4918">RFC 4918</a>. */
    LOCKED(423, "Locked", "Resource of a method is locked", "RFC 4918"),
    /** {@code 424 Failed Dependency}: <a href="https://www.rfc-editor.org/rfc/rfc4918">RFC 4918</a>. */
    FAILED_DEPENDENCY(424, "Failed Dependency", "Dependent action of the request failed", "RFC 4918"),
    /** {@code 425 Too Early}: <a href="https://www.rfc-editor.org/rfc/rfc8470">RFC 8470</a>. */
    TOO_EARLY(425, "Too Early", "Server refuses to process a request that might be replayed", "RFC 8470"),
    /** {@code 426 Upgrade Required}: <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.22">RFC 9110, Section 15.5.22</a>. */
    UPGRADE_REQUIRED(426, "Upgrade Required", "Server refuses to perform the request using the current protocol", "RFC 9110, Section 15.5.22"),
    /** {@code 428 Precondition Required}: <a href="https://www.rfc-editor.org/rfc/rfc6585">RFC 6585</a>. */
    PRECONDITION_REQUIRED(428, "Precondition Required", "The origin server requires the request to be conditional", "RFC 6585"),
    /** {@code 429 Too Many Requests}: <a href="https://www.rfc-editor.org/rfc/rfc6585">RFC 6585</a>. */
    TOO_MANY_REQUESTS(429, "Too Many Requests", "The user has sent too many requests in a given amount of time (\"rate limiting\")", "RFC 6585"),
    /** {@code 431 Request Header Fields Too Large}: <a href="https://www.rfc-editor.org/rfc/rfc6585">RFC 6585</a>. */
    REQUEST_HEADER_FIELDS_TOO_LARGE(431, "Request Header Fields Too Large", "The server is unwilling to process the request because its header fields are too large", "RFC 6585"),
    /** {@code 451 Unavailable For Legal Reasons}: <a href="https://www.rfc-editor.org/rfc/rfc7725">RFC 7725</a>. */
    UNAVAILABLE_FOR_LEGAL_REASONS(451, "Unavailable For Legal Reasons", "The server is denying access to the resource as a consequence of a legal demand", "RFC 7725"),

    // 5xx Server Error: the server failed to fulfil a valid request.

    /** {@code 500 Internal Server Error}: <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1">RFC 9110, Section 15.6.1</a>. */
    INTERNAL_SERVER_ERROR(500, "Internal Server Error", "Server got itself in trouble", "RFC 9110, Section 15.6.1"),
    /** {@code 501 Not Implemented}: <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.6.2">RFC 9110, Section 15.6.2</a>. */
    NOT_IMPLEMENTED(501, "Not Implemented", "Server does not support this operation", "RFC 9110, Section 15.6.2"),
    /** {@code 502 Bad Gateway}: <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.6.3">RFC 9110, Section 15.6.3</a>. */
    BAD_GATEWAY(502, "Bad Gateway", "Invalid responses from another server/proxy", "RFC 9110, Section 15.6.3"),
    /** {@code 503 Service Unavailable}: <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4">RFC 9110, Section 15.6.4</a>. */
    SERVICE_UNAVAILABLE(503, "Service Unavailable", "The server cannot process the request due to a high load", "RFC 9110, Section 15.6.4"),
    /** {@code 504 Gateway Timeout}: <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.6.5">RFC 9110, Section 15.6.5</a>. */
    GATEWAY_TIMEOUT(504, "Gateway Timeout", "The gateway server did not receive a timely response", "RFC 9110, Section 15.6.5"),
    /** {@code 505 HTTP Version Not Supported}: <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.6.6">RFC 9110, Section 15.6.6</a>. */
    HTTP_VERSION_NOT_SUPPORTED(505, "HTTP Version Not Supported", "Cannot fulfill request", "RFC 9110, Section 15.6.6"),
    /** {@code 506 Variant Also Negotiates}: <a href="https://www.rfc-editor.org/rfc/rfc2295">RFC 2295</a>. */
    VARIANT_ALSO_NEGOTIATES(506, "Variant Also Negotiates", "Server has an internal configuration error", "RFC 2295"),
    /** {@code 507 Insufficient Storage}: <a href="https://www.rfc-editor.org/rfc/rfc4918">RFC 4918</a>. */
    INSUFFICIENT_STORAGE(507, "Insufficient Storage", "Server is not able to store the representation", "RFC 4918"),
    /** {@code 508 Loop Detected}: <a href="https://www.rfc-editor.org/rfc/rfc5842">RFC 5842</a>. */
    LOOP_DETECTED(508, "Loop Detected", "Server encountered an infinite loop while processing a request", "RFC 5842"),
    /** {@code 510 Not Extended}: <a href="https://www.rfc-editor.org/rfc/rfc2774">RFC 2774</a>. Obsoleted in the IANA registry. */
    NOT_EXTENDED(510, "Not Extended", "Request does not meet the resource access policy", "RFC 2774"),
    /** {@code 511 Network Authentication Required}: <a href="https://www.rfc-editor.org/rfc/rfc6585">RFC 6585</a>. */
    NETWORK_AUTHENTICATION_REQUIRED(511, "Network Authentication Required", "The client needs to authenticate to gain network access", "RFC 6585");

    /**
     * Alias of {@link #CONTENT_TOO_LARGE}: its name before RFC 9110 (RFC 7231, Section 6.5.11),
     * kept as Python keeps it.
     */
    public static final HttpStatus REQUEST_ENTITY_TOO_LARGE = CONTENT_TOO_LARGE;
    /**
     * Alias of {@link #URI_TOO_LONG}: its name before RFC 9110 (RFC 7231, Section 6.5.12), kept as
     * Python keeps it.
     */
    public static final HttpStatus REQUEST_URI_TOO_LONG = URI_TOO_LONG;
    /**
     * Alias of {@link #RANGE_NOT_SATISFIABLE}: its name before RFC 9110 (RFC 7233, Section 4.4),
     * kept as Python keeps it.
     */
    public static final HttpStatus REQUESTED_RANGE_NOT_SATISFIABLE = RANGE_NOT_SATISFIABLE;
    /**
     * Alias of {@link #UNPROCESSABLE_CONTENT}: its name before RFC 9110 (RFC 4918, Section 11.2),
     * kept as Python keeps it.
     */
    public static final HttpStatus UNPROCESSABLE_ENTITY = UNPROCESSABLE_CONTENT;

    private static final int MIN_CODE = StatusClass.MIN_CODE;
    private static final int MAX_CODE = StatusClass.MAX_CODE;

    /**
     * Indexed by {@code code - MIN_CODE} up to the highest member's code, so that its length is
     * the range check; {@code null} where a code has no member. The only table built when the
     * class loads: the others are built by the first lookup that needs them, so that loading the
     * class costs little more than creating its constants.
     */
    private static final HttpStatus[] BY_CODE = new HttpStatus[highestRegisteredCode() - MIN_CODE + 1];

    static {
        for (HttpStatus status : values()) {
            BY_CODE[status.value - MIN_CODE] = status;
        }
    }

    /** For {@link #find(int)}: {@link #BY_CODE} with {@code Optional.empty()} where it has {@code null}. */
    private static final class FoundByCode {
        @SuppressWarnings("unchecked")
        static final Optional<HttpStatus>[] TABLE = (Optional<HttpStatus>[]) new Optional<?>[BY_CODE.length];

        static {
            for (int i = 0; i < TABLE.length; i++) {
                TABLE[i] = Optional.ofNullable(BY_CODE[i]);
            }
        }
    }

    /**
     * For {@link #interpret(int)}: indexed by {@code code - MIN_CODE} for every code up to {@code
     * MAX_CODE}, the member, or the {@code x00} member of the class where a code has none.
     */
    private static final class InterpretedByCode {
        static final HttpStatus[] TABLE = new HttpStatus[MAX_CODE - MIN_CODE + 1];

        static {
            for (int i = 0; i < TABLE.length; i++) {
                HttpStatus status = i < BY_CODE.length ? BY_CODE[i] : null;
                TABLE[i] = status != null ? status : BY_CODE[i / 100 * 100];
            }
        }
    }

    /** For {@link #ofName(String)}: every constant and alias by name. */
    static final class ByName {
        static final Map<String, HttpStatus> TABLE = new HashMap<>();

        static {
            for (HttpStatus status : values()) {
                TABLE.put(status.name(), status);
            }
            TABLE.put("REQUEST_ENTITY_TOO_LARGE", REQUEST_ENTITY_TOO_LARGE);
            TABLE.put("REQUEST_URI_TOO_LONG", REQUEST_URI_TOO_LONG);
            TABLE.put("REQUESTED_RANGE_NOT_SATISFIABLE", REQUESTED_RANGE_NOT_SATISFIABLE);
            TABLE.put("UNPROCESSABLE_ENTITY", UNPROCESSABLE_ENTITY);
        }
    }

    /** For {@link #members()}: each constant, then its alias; built on first use. */
    private static final class Members {
        static final Map<String, HttpStatus> TABLE;

        static {
            Map<String, HttpStatus> members = new LinkedHashMap<>();
            for (HttpStatus status : values()) {
                members.put(status.name(), status);
                for (Map.Entry<String, HttpStatus> name : ByName.TABLE.entrySet()) {
                    if (name.getValue() == status && !name.getKey().equals(status.name())) {
                        members.put(name.getKey(), status);
                    }
                }
            }
            TABLE = Collections.unmodifiableMap(members);
        }
    }

    /**
     * What RFC 9110 says each code means for the message, one set to a line: the bits of each code
     * from 100 to 599, indexed by {@code code - MIN_CODE}, unregistered codes included.
     */
    private static final class MessageRules {
        static final int CONTENT_ALLOWED = 1;
        static final int CACHEABLE_BY_DEFAULT = 2;
        static final int REDIRECT_WITH_LOCATION = 4;
        static final int METHOD_PRESERVING_REDIRECT = 8;

        static final byte[] TABLE = new byte[MAX_CODE - MIN_CODE + 1];

        static {
            // Every code but 1xx (Section 6.4.1), then not 204, 304 (Section 6.4.1) or 205 (Section 15.3.6).
            for (int code = 200; code <= MAX_CODE; code++) {
                TABLE[code - MIN_CODE] |= CONTENT_ALLOWED;
            }
            for (HttpStatus member : new HttpStatus[] {NO_CONTENT, RESET_CONTENT, NOT_MODIFIED}) {
                TABLE[member.value - MIN_CODE] &= ~CONTENT_ALLOWED;
            }
            // Section 15.1.
            mark(CACHEABLE_BY_DEFAULT, OK, NON_AUTHORITATIVE_INFORMATION, NO_CONTENT, PARTIAL_CONTENT,
                    MULTIPLE_CHOICES, MOVED_PERMANENTLY, PERMANENT_REDIRECT, NOT_FOUND, METHOD_NOT_ALLOWED, GONE,
                    URI_TOO_LONG, NOT_IMPLEMENTED);
            // Section 15.4.
            mark(REDIRECT_WITH_LOCATION, MOVED_PERMANENTLY, FOUND, SEE_OTHER, TEMPORARY_REDIRECT, PERMANENT_REDIRECT);
            mark(METHOD_PRESERVING_REDIRECT, TEMPORARY_REDIRECT, PERMANENT_REDIRECT);
        }

        private static void mark(int rule, HttpStatus... members) {
            for (HttpStatus member : members) {
                TABLE[member.value - MIN_CODE] |= (byte) rule;
            }
        }

        /** Whether a code in 100..599 has the rule; {@code false} for any other {@code int}. */
        static boolean has(int code, int rule) {
            int index = code - MIN_CODE;
            // One unsigned comparison rejects both ends: below 100 the index is negative, so huge.
            return Integer.compareUnsigned(index, TABLE.length) < 0 && (TABLE[index] & rule) != 0;
        }
    }

    private final int value;
    private final String phrase;
    private final String description;
    private final String reference;
    /** Made from {@link #reference} on first use: parsing every address was most of the loading time. */
    private volatile URI referenceUri;

    HttpStatus(int value, String phrase, String description, String reference) {
        this.value = value;
        this.phrase = phrase;
        this.description = description;
        this.reference = reference;
    }

    /**
     * Returns the member for a status code.
     *
     * @param code the status code; any {@code int} may be passed
     * @return the member whose {@link #value()} is {@code code}, never {@code null}
     * @throws IllegalArgumentException if no member has that value: anything outside 100..599, and
     *     the codes inside it that are no member, such as 104 (which IANA has registered,
     *     temporarily), 306 or 499; {@link StatusCode#of(int)} takes those
     */
    public static HttpStatus of(int code) {
        int index = code - MIN_CODE;
        if (index >= 0 && index < BY_CODE.length) {
            HttpStatus status = BY_CODE[index];
            if (status != null) {
                return status;
            }
        }
        throw LookupErrors.notAMember(code);
    }

    /**
     * Returns the member for a status code, if there is one.
     *
     * @param code the status code; any {@code int} may be passed
     * @return the member whose {@link #value()} is {@code code}, or an empty {@code Optional} for
     *     any other {@code int}; never {@code null}, and an equal {@code Optional} on every call with
     *     the same code. Like every {@code Optional} it is value-based: compare it with {@code
     *     equals}, never {@code ==}. The lookup allocates nothing.
     */
    public static Optional<HttpStatus> find(int code) {
        int index = code - MIN_CODE;
        if (index >= 0 && index < BY_CODE.length) {
            return FoundByCode.TABLE[index];
        }
        return Optional.empty();
    }

    /**
     * Returns the member a client must treat a received status code as.
     *
     * <p>RFC 9110, Section 15 says a client that does not recognise a status code must treat it as
     * the {@code x00} code of its class. So a member's code gives that member, 299 gives
     * {@link #OK}, nginx's 499 gives {@link #BAD_REQUEST} and Cloudflare's 520 gives {@link
     * #INTERNAL_SERVER_ERROR}.
     *
     * @param code the received status code, from 100 to 599 inclusive
     * @return the member for {@code code}, or else the {@code x00} member of its class;
     *     never {@code null}
     * @throws IllegalArgumentException if {@code code} is outside 100..599
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15">RFC 9110, Section 15</a>
     */
    public static HttpStatus interpret(int code) {
        if (code >= MIN_CODE && code <= MAX_CODE) {
            return InterpretedByCode.TABLE[code - MIN_CODE];
        }
        throw LookupErrors.notAStatusCode(code);
    }

    /**
     * Returns the member with a name, or with an alias of that name.
     *
     * <p>Like Python's {@code HTTPStatus['NOT_FOUND']}, this is case-sensitive and accepts the
     * aliases ({@code "UNPROCESSABLE_ENTITY"} gives {@link #UNPROCESSABLE_CONTENT}). Unlike {@link
     * #valueOf(String)}, which knows only the constant names, it accepts the aliases.
     *
     * @param name the constant name or alias, exactly as declared (upper case with underscores);
     *     not {@code null}
     * @return the member of that name, never {@code null}
     * @throws NullPointerException if {@code name} is {@code null}
     * @throws IllegalArgumentException if no constant or alias has that name
     */
    public static HttpStatus ofName(String name) {
        HttpStatus status = ByName.TABLE.get(name);
        if (status != null) {
            return status;
        }
        if (name == null) {
            throw new NullPointerException("HttpStatus: name must not be null");
        }
        throw LookupErrors.unknownName(name);
    }

    /**
     * Returns every name of {@code HttpStatus} with its member, the aliases included, as Python's
     * {@code HTTPStatus.__members__}: {@code members().get("UNPROCESSABLE_ENTITY")} is {@link
     * #UNPROCESSABLE_CONTENT}. Each constant comes in code order, its alias, if it has one, right
     * after it.
     *
     * @return the names, unmodifiable, never {@code null}; the same map on every call
     * @since 1.1.0
     */
    public static Map<String, HttpStatus> members() {
        return Members.TABLE;
    }

    /**
     * Returns the numeric status code, as Python's {@code HTTPStatus.value}.
     *
     * @return the code, from 100 to 599 inclusive
     */
    public int value() {
        return value;
    }

    /**
     * Returns the reason phrase, as Python's {@code HTTPStatus.phrase}: {@code "Not Found"} for
     * {@link #NOT_FOUND}. It is English text for people; a client must not act on it.
     *
     * @return the phrase, never {@code null} or empty
     */
    public String phrase() {
        return phrase;
    }

    /**
     * Returns the longer English description, as Python's {@code HTTPStatus.description}: {@code
     * "Nothing matches the given URI"} for {@link #NOT_FOUND}.
     *
     * @return the description, never {@code null} or empty
     */
    public String description() {
        return description;
    }

    /**
     * Returns the specification that defines this code, as the IANA registry cites it: {@code
     * "RFC 9110, Section 15.5.5"} for {@link #NOT_FOUND}, or a whole RFC such as {@code "RFC 6585"}.
     *
     * @return the reference, never {@code null}
     */
    public String reference() {
        return reference;
    }

    /**
     * Returns the address of the {@linkplain #reference() reference} at the RFC Editor: {@code
     * https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5} for {@link #NOT_FOUND}.
     *
     * @return the absolute {@code https} address, never {@code null}; an equal one on every call
     */
    public URI referenceUri() {
        URI uri = referenceUri;
        if (uri == null) {
            // Two threads may both make it; they make equal URIs, and either may be kept.
            uri = rfcEditorUri(reference);
            referenceUri = uri;
        }
        return uri;
    }

    /**
     * Returns the class of this code, named by its first digit.
     *
     * @return the class, never {@code null}
     */
    public StatusClass statusClass() {
        return StatusClass.of(value);
    }

    /**
     * Tells whether this is a {@code 1xx} code, as Python's {@code is_informational}.
     *
     * @return whether the {@linkplain #statusClass() class} is {@link StatusClass#INFORMATIONAL}
     */
    public boolean isInformational() {
        return statusClass() == StatusClass.INFORMATIONAL;
    }

    /**
     * Tells whether this is a {@code 2xx} code, as Python's {@code is_success}.
     *
     * @return whether the {@linkplain #statusClass() class} is {@link StatusClass#SUCCESSFUL}
     */
    public boolean isSuccess() {
        return statusClass() == StatusClass.SUCCESSFUL;
    }

    /**
     * Tells whether this is a {@code 3xx} code, as Python's {@code is_redirection}.
     *
     * @return whether the {@linkplain #statusClass() class} is {@link StatusClass#REDIRECTION}
     */
    public boolean isRedirection() {
        return statusClass() == StatusClass.REDIRECTION;
    }

    /**
     * Tells whether this is a {@code 4xx} code, as Python's {@code is_client_error}.
     *
     * @return whether the {@linkplain #statusClass() class} is {@link StatusClass#CLIENT_ERROR}
     */
    public boolean isClientError() {
        return statusClass() == StatusClass.CLIENT_ERROR;
    }

    /**
     * Tells whether this is a {@code 5xx} code, as Python's {@code is_server_error}.
     *
     * @return whether the {@linkplain #statusClass() class} is {@link StatusClass#SERVER_ERROR}
     */
    public boolean isServerError() {
        return statusClass() == StatusClass.SERVER_ERROR;
    }

    /**
     * Tells whether this is an error, a {@code 4xx} or {@code 5xx} code.
     *
     * @return whether {@link #isClientError()} or {@link #isServerError()} holds
     */
    public boolean isError() {
        return isClientError() || isServerError();
    }

    // What the code means for the message (RFC 9110): an instance form and an int form of each.

    /**
     * Tells whether a response with this status may carry content: not a {@code 1xx}, {@code 204 No
     * Content} or {@code 304 Not Modified} (RFC 9110, Section 6.4.1), nor {@code 205 Reset Content}
     * (Section 15.3.6); every other status may.
     *
     * <p>The status alone cannot tell everything: a response to a {@code HEAD} request never has
     * content, and a {@code 2xx} response to {@code CONNECT} switches the connection to a tunnel
     * instead of carrying content (Section 9.3.6). Check the request method too.
     *
     * @return whether content is allowed with this status
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-6.4.1">RFC 9110, Section 6.4.1</a>
     * @since 1.1.0
     */
    public boolean isContentAllowed() {
        return isContentAllowed(value);
    }

    /**
     * Tells whether a response with a received status code may carry content, as {@link
     * #isContentAllowed()} does for a member. A code nobody registered may carry content unless it
     * is a {@code 1xx}.
     *
     * @param code any {@code int}
     * @return whether content is allowed with {@code code}; {@code false} for anything outside
     *     100..599, which is not a status code
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-6.4.1">RFC 9110, Section 6.4.1</a>
     * @since 1.1.0
     */
    public static boolean isContentAllowed(int code) {
        return MessageRules.has(code, MessageRules.CONTENT_ALLOWED);
    }

    /**
     * Tells whether a response with this status is heuristically cacheable, "cacheable by default"
     * (RFC 9110, Section 15.1): a cache may store it and compute a freshness lifetime even when it
     * carries no explicit expiration. These are {@code 200}, {@code 203}, {@code 204}, {@code 206},
     * {@code 300}, {@code 301}, {@code 308}, {@code 404}, {@code 405}, {@code 410}, {@code 414} and
     * {@code 501}.
     *
     * <p>What RFC 9111, Section 3 says of the others, by class: a cache never stores a {@code 1xx}
     * response, since only a final response can be stored. A {@code 2xx} to {@code 5xx} response
     * that is not cacheable by default is stored only when it says so: explicit freshness ({@code
     * Expires}, {@code Cache-Control: max-age} or {@code s-maxage}), {@code public}, or {@code
     * private} for a private cache; and it stores {@code 206} and {@code 304} only if it
     * understands them. Whatever the status, the request method, a {@code no-store} directive and,
     * for a shared cache, an {@code Authorization} header field decide too.
     *
     * @return whether this status is cacheable by default
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.1">RFC 9110, Section 15.1</a>
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9111#section-3">RFC 9111, Section 3</a>
     * @since 1.1.0
     */
    public boolean isCacheableByDefault() {
        return isCacheableByDefault(value);
    }

    /**
     * Tells whether a response with a received status code is cacheable by default, as {@link
     * #isCacheableByDefault()} does for a member. Unlike {@link #interpret(int)}, which maps an
     * unrecognised code onto the {@code x00} code of its class, this answers {@code false} for
     * every unrecognised code: RFC 9110, Section 15 says a cache must not store a response with one
     * by default. Nor is any {@code 1xx}: no cache stores one (RFC 9111, Section 3).
     *
     * @param code any {@code int}
     * @return whether {@code code} is a registered code that is cacheable by default; {@code false}
     *     for any other {@code int}
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.1">RFC 9110, Section 15.1</a>
     * @since 1.1.0
     */
    public static boolean isCacheableByDefault(int code) {
        return MessageRules.has(code, MessageRules.CACHEABLE_BY_DEFAULT);
    }

    /**
     * Tells whether this status redirects the client to the URI in its {@code Location} header
     * (RFC 9110, Section 15.4): {@code 301}, {@code 302}, {@code 303}, {@code 307} and {@code 308}.
     * Not the same as {@link #isRedirection()}, which holds for the whole {@code 3xx} class: {@code
     * 304 Not Modified} and {@code 305 Use Proxy} redirect nowhere, and {@code 300 Multiple
     * Choices} leaves the choice to the client, although its server may name a preferred choice in
     * {@code Location} (Section 15.4.1). See {@link #isMethodPreservingRedirect()} for the method
     * of the redirected request.
     *
     * @return whether this status is a redirect to its {@code Location}
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4">RFC 9110, Section 15.4</a>
     * @since 1.1.0
     */
    public boolean isRedirectWithLocation() {
        return isRedirectWithLocation(value);
    }

    /**
     * Tells whether a received status code redirects the client to its {@code Location}, as {@link
     * #isRedirectWithLocation()} does for a member.
     *
     * @param code any {@code int}
     * @return whether {@code code} is 301, 302, 303, 307 or 308; {@code false} for any other {@code int}
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4">RFC 9110, Section 15.4</a>
     * @since 1.1.0
     */
    public static boolean isRedirectWithLocation(int code) {
        return MessageRules.has(code, MessageRules.REDIRECT_WITH_LOCATION);
    }

    /**
     * Tells whether this status redirects the client to its {@code Location} with the same method
     * and content as the original request: {@code 307 Temporary Redirect} and {@code 308 Permanent
     * Redirect} (RFC 9110, Sections 15.4.8 and 15.4.9). The other redirects do not promise it:
     * after {@code 303 See Other} the client uses {@code GET} (or {@code HEAD}), and after {@code
     * 301} and {@code 302} a user agent may change a {@code POST} to a {@code GET} (Section 15.4).
     *
     * @return whether this status is a redirect that keeps the request method
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4">RFC 9110, Section 15.4</a>
     * @since 1.1.0
     */
    public boolean isMethodPreservingRedirect() {
        return isMethodPreservingRedirect(value);
    }

    /**
     * Tells whether a received status code redirects with the same method, as {@link
     * #isMethodPreservingRedirect()} does for a member.
     *
     * @param code any {@code int}
     * @return whether {@code code} is 307 or 308; {@code false} for any other {@code int}
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4">RFC 9110, Section 15.4</a>
     * @since 1.1.0
     */
    public static boolean isMethodPreservingRedirect(int code) {
        return MessageRules.has(code, MessageRules.METHOD_PRESERVING_REDIRECT);
    }

    private static int highestRegisteredCode() {
        HttpStatus[] members = values();
        return members[members.length - 1].value;
    }

    /** {@code "RFC 9110, Section 15.5.5"} to {@code https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5}. */
    static URI rfcEditorUri(String reference) {
        String rfc = "RFC ";
        String section = ", Section ";
        String address = "https://www.rfc-editor.org/rfc/rfc";
        int sectionAt = reference.indexOf(section);
        if (sectionAt == -1) {
            return URI.create(address + reference.substring(rfc.length()));
        }
        return URI.create(address + reference.substring(rfc.length(), sectionAt)
                + "#section-" + reference.substring(sectionAt + section.length()));
    }
}
