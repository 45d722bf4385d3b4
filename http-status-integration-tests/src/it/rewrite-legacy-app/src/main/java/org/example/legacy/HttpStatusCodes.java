package org.example.legacy;

/** The project's own class of our constants class's simple name, in the same package as its users. */
class HttpStatusCodes {

    static final int STATUS_CODE_OK = 200;

    static boolean isSuccess(int code) {
        return code / 100 == 2;
    }
}
