package org.example.legacy;

import java.net.HttpURLConnection;

/** Uses the project's own HttpStatusCodes beside legacy constants: an import of ours would hide it. */
class OwnCodes {

    static String describe(int code) {
        if (code == HttpURLConnection.HTTP_CREATED) {
            return "created";
        }
        return code == HttpStatusCodes.STATUS_CODE_OK ? "ok" : HttpStatusCodes.isSuccess(code) ? "success" : "other";
    }
}
