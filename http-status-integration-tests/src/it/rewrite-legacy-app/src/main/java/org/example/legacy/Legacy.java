package org.example.legacy;

/** The project's own constants, which only share a name with the JDK's: they stay. */
class Legacy {

    static final int HTTP_OK = 1;
    static final int SC_NOT_FOUND = 2;

    static String ownConstants(int code) {
        int timeout = 404;
        int kind = code == 200 ? HTTP_OK : code == timeout ? SC_NOT_FOUND : 0;
        return String.valueOf(kind);
    }
}
