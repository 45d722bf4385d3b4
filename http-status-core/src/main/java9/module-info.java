/**
 * HTTP status codes as Python's {@code http.HTTPStatus} defines them: the {@link
 * io.github.httpstatus.HttpStatus} enum and its {@link io.github.httpstatus.StatusClass}.
 */
module io.github.httpstatus {
    exports io.github.httpstatus;
}
