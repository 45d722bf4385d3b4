package org.example.statuses;

import java.net.HttpURLConnection;

/** What the library's users are told of a status. */
public final class Statuses {

    private Statuses() {
    }

    public static String describe(int code) {
        switch (code) {
            case HttpURLConnection.HTTP_OK:
                return "fine";
            case HttpURLConnection.HTTP_NOT_FOUND:
                return "no such thing";
            case HttpURLConnection.HTTP_UNAVAILABLE:
                return "try again later";
            default:
                return code >= HttpURLConnection.HTTP_BAD_REQUEST ? "failed" : "unusual";
        }
    }
}
