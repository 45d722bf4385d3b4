/**
 * HTTP status codes: every member of CPython's {@code http.HTTPStatus} as a constant of {@link
 * io.github.httpstatus.HttpStatus}, with the reason phrase, description and specification
 * reference of each, and every code from 100 to 599, a member or not, as a {@link
 * io.github.httpstatus.StatusCode}, with what the
 * <a href="https://www.iana.org/assignments/http-status-codes/http-status-codes.xhtml">IANA HTTP
 * Status Code Registry</a> ({@link io.github.httpstatus.Registration}) and the vendors that use it
 * ({@link io.github.httpstatus.VendorCode}) say of it.
 *
 * <p>Start at {@link io.github.httpstatus.HttpStatus}, or at {@link io.github.httpstatus.StatusCode}
 * for a code you received.
 */
package io.github.httpstatus;
