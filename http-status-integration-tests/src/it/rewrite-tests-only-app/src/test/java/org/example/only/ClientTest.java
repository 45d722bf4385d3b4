package org.example.only;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.HttpURLConnection;

class ClientTest {

    void assertFound(HttpURLConnection connection) throws Exception {
        assertEquals(200, connection.getResponseCode());
    }

    boolean failed(HttpURLConnection connection) throws Exception {
        return connection.getResponseCode() >= 500;
    }
}
