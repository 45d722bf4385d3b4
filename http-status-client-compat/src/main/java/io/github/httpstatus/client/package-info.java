/**
 * The status codes of {@link io.github.httpstatus.HttpStatus} as compile-time constants, as
 * Python's {@code http.client} keeps its module-level constants beside the enum: {@link
 * io.github.httpstatus.client.HttpStatusCodes} holds them as {@code int}s, for code that switches on
 * numbers and for migrating off {@code HttpURLConnection.HTTP_*} and similar constants, with the
 * code-to-phrase map {@code responses()}; {@link io.github.httpstatus.client.HttpStatusCodeStrings}
 * holds them as {@code String}s, for annotations such as OpenAPI's {@code responseCode}.
 */
package io.github.httpstatus.client;
