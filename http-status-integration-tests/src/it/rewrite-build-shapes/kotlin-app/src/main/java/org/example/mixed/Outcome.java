package org.example.mixed;

import java.net.HttpURLConnection;

public final class Outcome {

    private Outcome() {
    }

    public static boolean missing(int code) {
        return code == HttpURLConnection.HTTP_NOT_FOUND;
    }
}
