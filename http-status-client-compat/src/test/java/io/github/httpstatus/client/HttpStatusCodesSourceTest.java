package io.github.httpstatus.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.httpstatus.HttpStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Javadoc above each constant names its own code, phrase and {@link HttpStatus} constant. */
class HttpStatusCodesSourceTest {

    private static final Path SOURCE =
            Path.of("src", "main", "java", "io", "github", "httpstatus", "client", "HttpStatusCodes.java");
    private static final Pattern JAVADOC =
            Pattern.compile("^    /\\*\\* \\{@code (\\d{3}) ([^}]+)\\}: \\{@link HttpStatus#(\\w+)\\}[^*]* \\*/$");
    private static final Pattern CONSTANT = Pattern.compile("^    public static final int (\\w+) = (\\d+);$");

    @Test
    void eachConstantsJavadoc_namesItsOwnCodePhraseAndEnumConstant() throws IOException {
        List<String> lines = Files.readAllLines(SOURCE, StandardCharsets.UTF_8);
        int documented = 0;
        for (int i = 0; i < lines.size(); i++) {
            Matcher constant = CONSTANT.matcher(lines.get(i));
            if (!constant.matches()) {
                continue;
            }
            String name = constant.group(1);
            HttpStatus status = HttpStatus.ofName(name);
            Matcher javadoc = JAVADOC.matcher(lines.get(i - 1));
            assertTrue(javadoc.matches(), "no one-line Javadoc above " + name + ": " + lines.get(i - 1));
            assertEquals(String.valueOf(status.value()), javadoc.group(1), name);
            assertEquals(status.phrase(), javadoc.group(2), name);
            assertEquals(name, javadoc.group(3), name + " links to another constant");
            documented++;
        }
        assertEquals(HttpStatusCodes.class.getFields().length, documented);
    }
}
