package com.acme.client;

/** The team's own client's reply: a status and a body. */
public record ApiReply(int statusCode, String body) {
}
