/**
 * OpenRewrite recipes that move code from legacy {@code int} status constants and literal status
 * codes onto {@code io.github.httpstatus.client.HttpStatusCodes}. The constant recipes are data, in
 * {@code META-INF/rewrite/http-status.yml}, one table of {@link
 * io.github.httpstatus.rewrite.ReplaceLegacyConstants} a legacy class; {@link io.github.httpstatus.rewrite.ReplaceStatusCodeLiterals} finds where a number
 * stands for a status. Both write our constants in a form that changes the meaning of no name:
 * OpenRewrite's own {@code ReplaceConstantWithAnotherConstant} can let a static import be shadowed.
 */
package io.github.httpstatus.rewrite;
