/**
 * The status codes of {@link io.github.httpstatus.HttpStatus} as plain {@code int} constants, for
 * code that switches on numbers and for migrating off {@code HttpURLConnection.HTTP_*} and similar
 * constants, as Python's {@code http.client} keeps its module-level constants beside the enum.
 *
 * <p>Start at {@link io.github.httpstatus.client.HttpStatusCodes}.
 */
package io.github.httpstatus.client;
