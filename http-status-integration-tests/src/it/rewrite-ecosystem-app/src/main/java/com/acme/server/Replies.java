package com.acme.server;

/** The team's own server side: what it answers, recorded for the report. */
public class Replies {

    private final StringBuilder sent = new StringBuilder();

    public void reply(int status, String message) {
        sent.append(status).append(' ').append(message);
    }

    public String sent() {
        return sent.toString();
    }
}
