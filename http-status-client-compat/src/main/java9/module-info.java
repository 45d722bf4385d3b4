/**
 * Python's {@code http.client} status constants for Java: every {@code HttpStatus} member and
 * alias as an {@code int} compile-time constant in {@link
 * io.github.httpstatus.client.HttpStatusCodes}, and as a {@code String} one, for annotations, in
 * {@link io.github.httpstatus.client.HttpStatusCodeStrings}.
 */
module io.github.httpstatus.client {
    requires io.github.httpstatus;

    exports io.github.httpstatus.client;
}
