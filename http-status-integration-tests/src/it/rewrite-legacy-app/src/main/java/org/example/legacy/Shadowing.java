package org.example.legacy;

import static java.net.HttpURLConnection.HTTP_OK;

/** A field of the class has the name of our constant: a static import of ours would be shadowed by it. */
class Shadowing {

    static final int OK = 0;
    static final int FAILED = 1;

    static int result(int code) {
        return code == HTTP_OK ? OK : FAILED;
    }
}
