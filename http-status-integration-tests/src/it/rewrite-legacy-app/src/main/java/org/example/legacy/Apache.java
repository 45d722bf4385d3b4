package org.example.legacy;

import static org.apache.http.HttpStatus.*;

import org.apache.hc.core5.http.HttpStatus;
import org.apache.hc.core5.http.message.BasicHttpResponse;
import org.apache.http.HttpVersion;
import org.apache.http.StatusLine;
import org.apache.http.message.BasicStatusLine;

class Apache {

    static String core5(int code) {
        BasicHttpResponse response = new BasicHttpResponse(code);
        if (response.getCode() == HttpStatus.SC_OK) {
            return "ok";
        }
        if (response.getCode() == 429 || response.getCode() == HttpStatus.SC_SERVICE_UNAVAILABLE) {
            return "back off";
        }
        if (response.getCode() == HttpStatus.SC_METHOD_FAILURE) {
            return "webdav draft";
        }
        // A class marker: a range bound, which the recipe leaves alone.
        return response.getCode() >= HttpStatus.SC_SERVER_ERROR ? "5xx" : "other";
    }

    static String core4(int code) {
        StatusLine line = new BasicStatusLine(HttpVersion.HTTP_1_1, code, "reason");
        switch (line.getStatusCode()) {
            case SC_OK:
            case SC_NO_CONTENT:
                return "ok";
            case SC_MOVED_TEMPORARILY:
                return "found";
            case SC_REQUEST_TOO_LONG:
                return "too large";
            case SC_INSUFFICIENT_SPACE_ON_RESOURCE:
                return "webdav draft";
            case 418:
                return "teapot";
            default:
                return line.getStatusCode() == SC_BAD_GATEWAY ? "gateway" : "other";
        }
    }
}
