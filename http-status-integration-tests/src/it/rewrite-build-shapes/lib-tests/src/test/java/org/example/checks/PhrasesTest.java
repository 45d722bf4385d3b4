package org.example.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.HttpURLConnection;
import org.example.compat.Phrases;
import org.junit.jupiter.api.Test;

class PhrasesTest {

    @Test
    void notFound() {
        assertEquals("Not Found", Phrases.of(HttpURLConnection.HTTP_NOT_FOUND));
    }
}
