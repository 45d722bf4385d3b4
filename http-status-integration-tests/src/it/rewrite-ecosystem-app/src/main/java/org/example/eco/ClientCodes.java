package org.example.eco;

import com.google.api.client.http.HttpStatusCodes;
import org.apache.commons.httpclient.HttpStatus;

/** Google HTTP Client's and Commons HttpClient 3's constants, as old clients use them. */
class ClientCodes {

    static String google(int code) {
        if (code == HttpStatusCodes.STATUS_CODE_SERVER_ERROR) {
            return "server broke";
        }
        return code == HttpStatusCodes.STATUS_CODE_NOT_FOUND ? "missing" : "other";
    }

    static String commons(int code) {
        if (code == HttpStatus.SC_REQUEST_TOO_LONG) {
            return "send less";
        }
        return code == HttpStatus.SC_METHOD_FAILURE ? "webdav failure" : "other";
    }
}
