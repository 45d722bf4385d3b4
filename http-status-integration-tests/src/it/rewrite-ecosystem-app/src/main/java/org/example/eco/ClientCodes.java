package org.example.eco;

import static software.amazon.awssdk.http.HttpStatusCode.THROTTLING;

import com.google.api.client.http.HttpStatusCodes;
import org.apache.commons.httpclient.HttpStatus;
import software.amazon.awssdk.http.HttpStatusCode;
import software.amazon.awssdk.http.HttpStatusFamily;

/** Google HTTP Client's, Commons HttpClient 3's and the AWS SDK's constants, as clients use them. */
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

    static String aws(int code) {
        if (code == THROTTLING) {
            return "slow down";
        }
        if (code == HttpStatusCode.REQUEST_TOO_LONG) {
            return "send less";
        }
        return HttpStatusFamily.of(code) == HttpStatusFamily.SERVER_ERROR ? "retry" : "other";
    }
}
