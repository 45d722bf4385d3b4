package io.github.httpstatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The one-line Javadoc above each constant names that constant's own code, phrase and reference,
 * so no comment can be copied onto the wrong row.
 */
class HttpStatusSourceTest {

    private static final Path SOURCE = Path.of("src", "main", "java", "io", "github", "httpstatus", "HttpStatus.java");
    private static final Pattern JAVADOC =
            Pattern.compile("^    /\\*\\* \\{@code (\\d{3}) ([^}]+)\\}: <a href=\"([^\"]+)\">([^<]+)</a>\\.( [^*]+)? \\*/$");
    private static final Pattern ROW = Pattern.compile("^    ([A-Z_]+)\\((\\d{3}), \"");

    @Test
    void eachConstantsJavadoc_namesItsOwnCodePhraseAndReference() throws IOException {
        List<String> lines = Files.readAllLines(SOURCE, StandardCharsets.UTF_8);
        int documented = 0;
        for (int i = 0; i < lines.size(); i++) {
            Matcher row = ROW.matcher(lines.get(i));
            if (!row.find()) {
                continue;
            }
            HttpStatus status = HttpStatus.valueOf(row.group(1));
            Matcher javadoc = JAVADOC.matcher(lines.get(i - 1));
            assertTrue(javadoc.matches(), "line " + i + " is not the Javadoc of " + status + ": " + lines.get(i - 1));
            assertEquals(String.valueOf(status.value()), javadoc.group(1), status.name());
            assertEquals(status.phrase(), javadoc.group(2), status.name());
            assertEquals(status.referenceUri().toString(), javadoc.group(3), status.name());
            assertEquals(status.reference(), javadoc.group(4), status.name());
            documented++;
        }
        assertEquals(HttpStatus.values().length, documented);
    }
}
