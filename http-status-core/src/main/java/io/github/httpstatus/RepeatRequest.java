package io.github.httpstatus;

import java.net.URI;

/**
 * How a specification lets a client repeat a request after a status code: the facts of RFC 9110
 * and RFC 8470, each with the section that states it. Not a retry policy: whether a request is
 * safe to send twice (its method, its idempotency) and how often to try are still the caller's to
 * decide. Get it from {@link StatusCode#repeatRequest()}.
 *
 * <p><b>Do not use {@link #ordinal()}</b>: constants may be added.
 *
 * @implSpec This is an immutable and thread-safe enum.
 * @since 1.1.0
 */
public enum RepeatRequest {

    /**
     * After {@code 401 Unauthorized}: the client may repeat the request with a new or replaced
     * {@code Authorization} header field (RFC 9110, Section 15.5.2).
     */
    WITH_AUTHORIZATION(401, "RFC 9110, Section 15.5.2"),
    /**
     * After {@code 407 Proxy Authentication Required}: the client may repeat the request with a
     * new or replaced {@code Proxy-Authorization} header field (RFC 9110, Section 15.5.8).
     */
    WITH_PROXY_AUTHORIZATION(407, "RFC 9110, Section 15.5.8"),
    /**
     * After {@code 408 Request Timeout}: the client may repeat a request it still has in transit,
     * on a new connection where the current one is no longer usable (RFC 9110, Section 15.5.9).
     */
    ON_NEW_CONNECTION(408, "RFC 9110, Section 15.5.9"),
    /**
     * After {@code 417 Expectation Failed} to a request that expected {@code 100-continue}: the
     * client should repeat it without that expectation (RFC 9110, Section 10.1.1).
     */
    WITHOUT_EXPECTATION(417, "RFC 9110, Section 10.1.1"),
    /**
     * After {@code 421 Misdirected Request}: the client may retry the request over a different
     * connection, whether or not its method is idempotent (RFC 9110, Section 15.5.20).
     */
    ON_OTHER_CONNECTION(421, "RFC 9110, Section 15.5.20"),
    /**
     * After {@code 425 Too Early} to a request sent in TLS early data: the client should repeat it
     * once the handshake is complete, never in early data again (RFC 8470, Section 5.2).
     */
    AFTER_HANDSHAKE(425, "RFC 8470, Section 5.2");

    private final int code;
    private final String reference;

    RepeatRequest(int code, String reference) {
        this.code = code;
        this.reference = reference;
    }

    /**
     * Returns the status code after which the request may be repeated this way.
     *
     * @return the code: 401, 407, 408, 417, 421 or 425
     */
    public int code() {
        return code;
    }

    /**
     * Returns the section that says so: {@code "RFC 9110, Section 15.5.9"} for {@link
     * #ON_NEW_CONNECTION}.
     *
     * @return the reference, never {@code null}
     */
    public String reference() {
        return reference;
    }

    /**
     * Returns the address of the {@linkplain #reference() reference} at the RFC Editor.
     *
     * @return the absolute {@code https} address, never {@code null}
     */
    public URI referenceUri() {
        return HttpStatus.rfcEditorUri(reference);
    }
}
