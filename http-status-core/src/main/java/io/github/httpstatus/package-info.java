/**
 * Every registered HTTP status code as an enum constant, with the reason phrase, description and
 * specification reference of each, following CPython's {@code http.HTTPStatus} and the
 * <a href="https://www.iana.org/assignments/http-status-codes/http-status-codes.xhtml">IANA HTTP
 * Status Code Registry</a>.
 *
 * <p>Start at {@link io.github.httpstatus.HttpStatus}.
 */
package io.github.httpstatus;
