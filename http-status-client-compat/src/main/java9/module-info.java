/**
 * Python's {@code http.client} status constants for Java: {@link
 * io.github.httpstatus.client.HttpStatusCodes}, every {@code HttpStatus} member and alias as an
 * {@code int} compile-time constant.
 */
module io.github.httpstatus.client {
    requires io.github.httpstatus;

    exports io.github.httpstatus.client;
}
