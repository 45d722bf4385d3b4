package org.example.eco;

import static io.undertow.util.StatusCodes.MOVED_PERMENANTLY;

import io.undertow.util.StatusCodes;
import org.eclipse.jetty.http.HttpStatus;

/** Jetty's and Undertow's constants, as a server's handlers use them. */
class ServerCodes {

    static String jetty(int code) {
        switch (code) {
            case HttpStatus.OK_200:
                return "ok";
            case HttpStatus.MOVED_TEMPORARILY_302:
                return "moved for now";
            case HttpStatus.ENHANCE_YOUR_CALM_420:
                return "calm down";
            default:
                return HttpStatus.isClientError(code) ? "client error" : "other";
        }
    }

    static String undertow(int code) {
        if (code == MOVED_PERMENANTLY) {
            return "moved for good";
        }
        if (code == StatusCodes.REQUEST_TIME_OUT || code == StatusCodes.GATEWAY_TIME_OUT) {
            return "too slow";
        }
        return code == StatusCodes.NOT_FOUND ? StatusCodes.NOT_FOUND_STRING : "other";
    }
}
