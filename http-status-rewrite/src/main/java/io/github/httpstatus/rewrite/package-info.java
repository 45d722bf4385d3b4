/**
 * OpenRewrite recipes that move code from legacy {@code int} status constants and literal status
 * codes onto {@code io.github.httpstatus.client.HttpStatusCodes}. Most are declarative, in {@code
 * META-INF/rewrite/http-status.yml}; {@link io.github.httpstatus.rewrite.ReplaceStatusCodeLiterals}
 * is the one written in Java, as no existing recipe finds where a number stands for a status.
 */
package io.github.httpstatus.rewrite;
