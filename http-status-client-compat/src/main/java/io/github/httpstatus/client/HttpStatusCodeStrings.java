package io.github.httpstatus.client;

import io.github.httpstatus.HttpStatus;

/**
 * Every {@link HttpStatus} constant and alias as a {@code String} compile-time constant holding its
 * decimal code, for annotations that take a status code as a string, such as OpenAPI's {@code
 * @ApiResponse(responseCode = HttpStatusCodeStrings.NOT_FOUND)}.
 *
 * <p>An annotation's value must be a compile-time constant, so neither {@link HttpStatusCodes}'s
 * {@code int}s nor {@code String.valueOf(HttpStatusCodes.NOT_FOUND)} can stand there. Each constant
 * here has the name of its {@code int} twin in {@link HttpStatusCodes} and the value {@code
 * String.valueOf} gives for it: {@code NOT_FOUND} is {@code "404"}. Because the names are shared, a
 * file that uses both classes should import at most one of them with {@code import static ...*}:
 * two such imports make every shared name ambiguous.
 *
 * <p>Java cannot compute a compile-time constant from an enum, so the values are written here once
 * more; this module's tests fail on any difference from {@link HttpStatus}, in either direction.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 1.1.0
 */
public final class HttpStatusCodeStrings {

    // 1xx Informational

    /** {@code 100 Continue}: {@link HttpStatus#CONTINUE}, "Request received, please continue". */
    public static final String CONTINUE = "100";
    /** {@code 101 Switching Protocols}: {@link HttpStatus#SWITCHING_PROTOCOLS}, "Switching to new protocol; obey Upgrade header". */
    public static final String SWITCHING_PROTOCOLS = "101";
    /** {@code 102 Processing}: {@link HttpStatus#PROCESSING}, "Server is processing the request". */
    public static final String PROCESSING = "102";
    /** {@code 103 Early Hints}: {@link HttpStatus#EARLY_HINTS}, "Headers sent to prepare for the response". */
    public static final String EARLY_HINTS = "103";

    // 2xx Successful

    /** {@code 200 OK}: {@link HttpStatus#OK}, "Request fulfilled, document follows". */
    public static final String OK = "200";
    /** {@code 201 Created}: {@link HttpStatus#CREATED}, "Document created, URL follows". */
    public static final String CREATED = "201";
    /** {@code 202 Accepted}: {@link HttpStatus#ACCEPTED}, "Request accepted, processing continues off-line". */
    public static final String ACCEPTED = "202";
    /** {@code 203 Non-Authoritative Information}: {@link HttpStatus#NON_AUTHORITATIVE_INFORMATION}, "Request fulfilled from cache". */
    public static final String NON_AUTHORITATIVE_INFORMATION = "203";
    /** {@code 204 No Content}: {@link HttpStatus#NO_CONTENT}, "Request fulfilled, nothing follows". */
    public static final String NO_CONTENT = "204";
    /** {@code 205 Reset Content}: {@link HttpStatus#RESET_CONTENT}, "Clear input form for further input". */
    public static final String RESET_CONTENT = "205";
    /** {@code 206 Partial Content}: {@link HttpStatus#PARTIAL_CONTENT}, "Partial content follows". */
    public static final String PARTIAL_CONTENT = "206";
    /** {@code 207 Multi-Status}: {@link HttpStatus#MULTI_STATUS}, "Response contains multiple statuses in the body". */
    public static final String MULTI_STATUS = "207";
    /** {@code 208 Already Reported}: {@link HttpStatus#ALREADY_REPORTED}, "Operation has already been reported". */
    public static final String ALREADY_REPORTED = "208";
    /** {@code 226 IM Used}: {@link HttpStatus#IM_USED}, "Request completed using instance manipulations". */
    public static final String IM_USED = "226";

    // 3xx Redirection

    /** {@code 300 Multiple Choices}: {@link HttpStatus#MULTIPLE_CHOICES}, "Object has several resources -- see URI list". */
    public static final String MULTIPLE_CHOICES = "300";
    /** {@code 301 Moved Permanently}: {@link HttpStatus#MOVED_PERMANENTLY}, "Object moved permanently -- see URI list". */
    public static final String MOVED_PERMANENTLY = "301";
    /** {@code 302 Found}: {@link HttpStatus#FOUND}, "Object moved temporarily -- see URI list". */
    public static final String FOUND = "302";
    /** {@code 303 See Other}: {@link HttpStatus#SEE_OTHER}, "Object moved -- see Method and URL list". */
    public static final String SEE_OTHER = "303";
    /** {@code 304 Not Modified}: {@link HttpStatus#NOT_MODIFIED}, "Document has not changed since given time". */
    public static final String NOT_MODIFIED = "304";
    /** {@code 305 Use Proxy}: {@link HttpStatus#USE_PROXY}, "You must use proxy specified in Location to access this resource". */
    public static final String USE_PROXY = "305";
    /** {@code 307 Temporary Redirect}: {@link HttpStatus#TEMPORARY_REDIRECT}, "Object moved temporarily -- see URI list". */
    public static final String TEMPORARY_REDIRECT = "307";
    /** {@code 308 Permanent Redirect}: {@link HttpStatus#PERMANENT_REDIRECT}, "Object moved permanently -- see URI list". */
    public static final String PERMANENT_REDIRECT = "308";

    // 4xx Client Error

    /** {@code 400 Bad Request}: {@link HttpStatus#BAD_REQUEST}, "Bad request syntax or unsupported method". */
    public static final String BAD_REQUEST = "400";
    /** {@code 401 Unauthorized}: {@link HttpStatus#UNAUTHORIZED}, "No permission -- see authorization schemes". */
    public static final String UNAUTHORIZED = "401";
    /** {@code 402 Payment Required}: {@link HttpStatus#PAYMENT_REQUIRED}, "No payment -- see charging schemes". */
    public static final String PAYMENT_REQUIRED = "402";
    /** {@code 403 Forbidden}: {@link HttpStatus#FORBIDDEN}, "Request forbidden -- authorization will not help". */
    public static final String FORBIDDEN = "403";
    /** {@code 404 Not Found}: {@link HttpStatus#NOT_FOUND}, "Nothing matches the given URI". */
    public static final String NOT_FOUND = "404";
    /** {@code 405 Method Not Allowed}: {@link HttpStatus#METHOD_NOT_ALLOWED}, "Specified method is invalid for this resource". */
    public static final String METHOD_NOT_ALLOWED = "405";
    /** {@code 406 Not Acceptable}: {@link HttpStatus#NOT_ACCEPTABLE}, "URI not available in preferred format". */
    public static final String NOT_ACCEPTABLE = "406";
    /** {@code 407 Proxy Authentication Required}: {@link HttpStatus#PROXY_AUTHENTICATION_REQUIRED}, "You must authenticate with this proxy before proceeding". */
    public static final String PROXY_AUTHENTICATION_REQUIRED = "407";
    /** {@code 408 Request Timeout}: {@link HttpStatus#REQUEST_TIMEOUT}, "Request timed out; try again later". */
    public static final String REQUEST_TIMEOUT = "408";
    /** {@code 409 Conflict}: {@link HttpStatus#CONFLICT}, "Request conflict". */
    public static final String CONFLICT = "409";
    /** {@code 410 Gone}: {@link HttpStatus#GONE}, "URI no longer exists and has been permanently removed". */
    public static final String GONE = "410";
    /** {@code 411 Length Required}: {@link HttpStatus#LENGTH_REQUIRED}, "Client must specify Content-Length". */
    public static final String LENGTH_REQUIRED = "411";
    /** {@code 412 Precondition Failed}: {@link HttpStatus#PRECONDITION_FAILED}, "Precondition in headers is false". */
    public static final String PRECONDITION_FAILED = "412";
    /** {@code 413 Content Too Large}: {@link HttpStatus#CONTENT_TOO_LARGE}, "Content is too large". */
    public static final String CONTENT_TOO_LARGE = "413";
    /** {@code 413 Content Too Large}: {@link HttpStatus#REQUEST_ENTITY_TOO_LARGE} (its name before RFC 9110), "Content is too large". */
    public static final String REQUEST_ENTITY_TOO_LARGE = "413";
    /** {@code 414 URI Too Long}: {@link HttpStatus#URI_TOO_LONG}, "URI is too long". */
    public static final String URI_TOO_LONG = "414";
    /** {@code 414 URI Too Long}: {@link HttpStatus#REQUEST_URI_TOO_LONG} (its name before RFC 9110), "URI is too long". */
    public static final String REQUEST_URI_TOO_LONG = "414";
    /** {@code 415 Unsupported Media Type}: {@link HttpStatus#UNSUPPORTED_MEDIA_TYPE}, "Entity body in unsupported format". */
    public static final String UNSUPPORTED_MEDIA_TYPE = "415";
    /** {@code 416 Range Not Satisfiable}: {@link HttpStatus#RANGE_NOT_SATISFIABLE}, "Cannot satisfy request range". */
    public static final String RANGE_NOT_SATISFIABLE = "416";
    /** {@code 416 Range Not Satisfiable}: {@link HttpStatus#REQUESTED_RANGE_NOT_SATISFIABLE} (its name before RFC 9110), "Cannot satisfy request range". */
    public static final String REQUESTED_RANGE_NOT_SATISFIABLE = "416";
    /** {@code 417 Expectation Failed}: {@link HttpStatus#EXPECTATION_FAILED}, "Expect condition could not be satisfied". */
    public static final String EXPECTATION_FAILED = "417";
    /** {@code 418 I'm a Teapot}: {@link HttpStatus#IM_A_TEAPOT}, "Server refuses to brew coffee because it is a teapot". */
    public static final String IM_A_TEAPOT = "418";
    /** {@code 421 Misdirected Request}: {@link HttpStatus#MISDIRECTED_REQUEST}, "Server is not able to produce a response". */
    public static final String MISDIRECTED_REQUEST = "421";
    /** {@code 422 Unprocessable Content}: {@link HttpStatus#UNPROCESSABLE_CONTENT}, "Server is not able to process the contained instructions". */
    public static final String UNPROCESSABLE_CONTENT = "422";
    /** {@code 422 Unprocessable Content}: {@link HttpStatus#UNPROCESSABLE_ENTITY} (its name before RFC 9110), "Server is not able to process the contained instructions". */
    public static final String UNPROCESSABLE_ENTITY = "422";
    /** {@code 423 Locked}: {@link HttpStatus#LOCKED}, "Resource of a method is locked". */
    public static final String LOCKED = "423";
    /** {@code 424 Failed Dependency}: {@link HttpStatus#FAILED_DEPENDENCY}, "Dependent action of the request failed". */
    public static final String FAILED_DEPENDENCY = "424";
    /** {@code 425 Too Early}: {@link HttpStatus#TOO_EARLY}, "Server refuses to process a request that might be replayed". */
    public static final String TOO_EARLY = "425";
    /** {@code 426 Upgrade Required}: {@link HttpStatus#UPGRADE_REQUIRED}, "Server refuses to perform the request using the current protocol". */
    public static final String UPGRADE_REQUIRED = "426";
    /** {@code 428 Precondition Required}: {@link HttpStatus#PRECONDITION_REQUIRED}, "The origin server requires the request to be conditional". */
    public static final String PRECONDITION_REQUIRED = "428";
    /** {@code 429 Too Many Requests}: {@link HttpStatus#TOO_MANY_REQUESTS}, "The user has sent too many requests in a given amount of time ("rate limiting")". */
    public static final String TOO_MANY_REQUESTS = "429";
    /** {@code 431 Request Header Fields Too Large}: {@link HttpStatus#REQUEST_HEADER_FIELDS_TOO_LARGE}, "The server is unwilling to process the request because its header fields are too large". */
    public static final String REQUEST_HEADER_FIELDS_TOO_LARGE = "431";
    /** {@code 451 Unavailable For Legal Reasons}: {@link HttpStatus#UNAVAILABLE_FOR_LEGAL_REASONS}, "The server is denying access to the resource as a consequence of a legal demand". */
    public static final String UNAVAILABLE_FOR_LEGAL_REASONS = "451";

    // 5xx Server Error

    /** {@code 500 Internal Server Error}: {@link HttpStatus#INTERNAL_SERVER_ERROR}, "Server got itself in trouble". */
    public static final String INTERNAL_SERVER_ERROR = "500";
    /** {@code 501 Not Implemented}: {@link HttpStatus#NOT_IMPLEMENTED}, "Server does not support this operation". */
    public static final String NOT_IMPLEMENTED = "501";
    /** {@code 502 Bad Gateway}: {@link HttpStatus#BAD_GATEWAY}, "Invalid responses from another server/proxy". */
    public static final String BAD_GATEWAY = "502";
    /** {@code 503 Service Unavailable}: {@link HttpStatus#SERVICE_UNAVAILABLE}, "The server cannot process the request due to a high load". */
    public static final String SERVICE_UNAVAILABLE = "503";
    /** {@code 504 Gateway Timeout}: {@link HttpStatus#GATEWAY_TIMEOUT}, "The gateway server did not receive a timely response". */
    public static final String GATEWAY_TIMEOUT = "504";
    /** {@code 505 HTTP Version Not Supported}: {@link HttpStatus#HTTP_VERSION_NOT_SUPPORTED}, "Cannot fulfill request". */
    public static final String HTTP_VERSION_NOT_SUPPORTED = "505";
    /** {@code 506 Variant Also Negotiates}: {@link HttpStatus#VARIANT_ALSO_NEGOTIATES}, "Server has an internal configuration error". */
    public static final String VARIANT_ALSO_NEGOTIATES = "506";
    /** {@code 507 Insufficient Storage}: {@link HttpStatus#INSUFFICIENT_STORAGE}, "Server is not able to store the representation". */
    public static final String INSUFFICIENT_STORAGE = "507";
    /** {@code 508 Loop Detected}: {@link HttpStatus#LOOP_DETECTED}, "Server encountered an infinite loop while processing a request". */
    public static final String LOOP_DETECTED = "508";
    /** {@code 510 Not Extended}: {@link HttpStatus#NOT_EXTENDED}, "Request does not meet the resource access policy". */
    public static final String NOT_EXTENDED = "510";
    /** {@code 511 Network Authentication Required}: {@link HttpStatus#NETWORK_AUTHENTICATION_REQUIRED}, "The client needs to authenticate to gain network access". */
    public static final String NETWORK_AUTHENTICATION_REQUIRED = "511";

    private HttpStatusCodeStrings() {
    }
}
