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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Javadoc above each constant, {@code int} or {@code String}, names its own code, phrase and
 * {@link HttpStatus} constant, says so where that is an alias, and carries its description.
 */
class HttpStatusCodesSourceTest {

    private static final Pattern JAVADOC =
            Pattern.compile("^    /\\*\\* \\{@code (\\d{3}) ([^}]+)\\}: \\{@link HttpStatus#(\\w+)\\}"
                    + "( \\(its name before RFC 9110\\))?, \"(.*)\"\\. \\*/$");
    private static final Pattern CONSTANT = Pattern.compile("^    public static final (?:int|String) (\\w+) = \"?(\\d+)\"?;$");

    @ParameterizedTest(name = "{0}")
    @ValueSource(classes = {HttpStatusCodes.class, HttpStatusCodeStrings.class})
    void eachConstantsJavadoc_namesItsOwnCodePhraseAndEnumConstant(Class<?> constants) throws IOException {
        Path source = Path.of("src", "main", "java", "io", "github", "httpstatus", "client",
                constants.getSimpleName() + ".java");
        List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
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
            assertEquals(!status.name().equals(name), javadoc.group(4) != null, name + " is an alias, and only then says so");
            assertEquals(status.description(), javadoc.group(5), name + "'s description");
            documented++;
        }
        assertEquals(constants.getFields().length, documented);
    }
}
