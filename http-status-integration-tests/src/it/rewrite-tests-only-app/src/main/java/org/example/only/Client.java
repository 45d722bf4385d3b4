package org.example.only;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;

/** Opens a connection; what the status means is the tests' business. */
public class Client {

    public HttpURLConnection open(URL url) throws IOException {
        return (HttpURLConnection) url.openConnection();
    }
}
