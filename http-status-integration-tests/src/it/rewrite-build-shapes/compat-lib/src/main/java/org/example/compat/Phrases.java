package org.example.compat;

import io.github.httpstatus.client.HttpStatusCodes;

/** The phrase of a status, looked up at run time. */
public final class Phrases {

    private Phrases() {
    }

    public static String of(int code) {
        return HttpStatusCodes.responses().getOrDefault(code, "unknown");
    }
}
