/**
 * HTTP status codes as Python's {@code http.HTTPStatus} defines them: the {@link
 * io.github.httpstatus.HttpStatus} enum and its {@link io.github.httpstatus.StatusClass}, and any
 * code from 100 to 599 as a {@link io.github.httpstatus.StatusCode}.
 */
module io.github.httpstatus {
    exports io.github.httpstatus;
}
