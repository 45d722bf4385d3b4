package io.github.httpstatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What {@code java -jar http-status-core.jar ARGS} prints, and its exit status. */
class CommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    @Test
    void registeredCode_printsCodePhraseDescriptionClassReferenceAndMessageRules() {
        assertEquals(CommandLine.OK, run("404"));
        assertEquals("404 Not Found\n"
                + "  name:        NOT_FOUND\n"
                + "  description: Nothing matches the given URI\n"
                + "  class:       CLIENT_ERROR (4xx)\n"
                + "  reference:   RFC 9110, Section 15.5.5 <https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5>\n"
                + "  content:     allowed\n"
                + "  cacheable:   by default\n"
                + "  redirect:    no\n",
                out());
        assertEquals("", err());
    }

    @Test
    void nameOrAlias_printsTheMember() {
        assertEquals(CommandLine.OK, run("UNPROCESSABLE_ENTITY"));
        assertTrue(out().startsWith("422 Unprocessable Content\n  name:        UNPROCESSABLE_CONTENT\n"), out());
    }

    @Test
    void unregisteredCodeInRange_saysSoAndWhatItIsInterpretedAs() {
        assertEquals(CommandLine.OK, run("499"));
        assertEquals("499 is not a registered status code.\n"
                + "A client treats it as 400 Bad Request, the first code of its class (RFC 9110, Section 15).\n"
                + "  content:     allowed\n"
                + "  cacheable:   only with explicit freshness\n"
                + "  redirect:    no\n",
                out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "204, never, by default, no",
        "302, allowed, only with explicit freshness, 'to Location, method may change'",
        "308, allowed, by default, 'to Location, same method'",
        "199, never, only with explicit freshness, no",
    })
    void messageRules_ofRedirectsAndCodesWithoutContent(String code, String content, String cacheable, String redirect) {
        assertEquals(CommandLine.OK, run(code));
        assertTrue(out().endsWith("  content:     " + content + "\n  cacheable:   " + cacheable
                + "\n  redirect:    " + redirect + "\n"), out());
    }

    @Test
    void lowestAndHighestCodes_areStatusCodes() {
        assertEquals(CommandLine.OK, run("100", "599"));
        assertEquals("100 Continue\n"
                + "  name:        CONTINUE\n"
                + "  description: Request received, please continue\n"
                + "  class:       INFORMATIONAL (1xx)\n"
                + "  reference:   RFC 9110, Section 15.2.1 <https://www.rfc-editor.org/rfc/rfc9110#section-15.2.1>\n"
                + "  content:     never\n"
                + "  cacheable:   only with explicit freshness\n"
                + "  redirect:    no\n"
                + "599 is not a registered status code.\n"
                + "A client treats it as 500 Internal Server Error, the first code of its class (RFC 9110, Section 15).\n"
                + "  content:     allowed\n"
                + "  cacheable:   only with explicit freshness\n"
                + "  redirect:    no\n",
                out());
        assertEquals("", err());
    }

    @Test
    void noArgument_listsEveryMemberOneALine() {
        assertEquals(CommandLine.OK, run());
        String[] lines = out().split("\n");
        assertEquals(HttpStatus.values().length, lines.length);
        assertEquals("100  Continue                         RFC 9110, Section 15.2.1", lines[0]);
        List<Map<String, String>> table = Conformance.rows(Conformance.CPYTHON);
        String lastCode = table.get(table.size() - 1).get("value");
        Map<String, String> lastRegistered = Conformance.rows(Conformance.IANA).stream()
                .filter(row -> row.get("value").equals(lastCode)).findFirst().orElseThrow();
        assertTrue(lines[lines.length - 1].matches(lastCode + " +" + Pattern.quote(table.get(table.size() - 1).get("phrase"))
                + " +" + Pattern.quote(lastRegistered.get("reference"))),
                lines[lines.length - 1]);
    }

    @Test
    void help_printsUsage() {
        assertEquals(CommandLine.OK, run("--help"));
        assertTrue(out().startsWith("usage: java -jar http-status-core.jar [CODE | NAME]...\n"), out());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0", "99", "600", "2147483647", "2147483648", "99999999999999999999"})
    void numberOutsideRange_failsWithTheRange(String arg) {
        assertEquals(CommandLine.BAD_ARGUMENT, run(arg));
        String reason = arg.length() > 10 || Long.parseLong(arg) > Integer.MAX_VALUE
                ? "not a status code from 100 to 599, and HttpStatus has no constant or alias named \"" + arg + "\""
                : arg + " is not an HTTP status code; valid codes are 100..599";
        assertTrue(err().startsWith("http-status: " + reason), err());
        assertTrue(err().contains("usage: "), err());
        assertEquals("", out());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "-1", "+404", "4O4", "four", "not_found", "404.0", " 404"})
    void somethingElse_failsNamingIt(String arg) {
        assertEquals(CommandLine.BAD_ARGUMENT, run(arg));
        assertTrue(err().startsWith("http-status: not a status code from 100 to 599, and HttpStatus has no"
                + " constant or alias named \"" + arg + "\""), err());
    }

    @Test
    void oneBadArgumentAmongGoodOnes_describesTheGoodAndFails() {
        assertEquals(CommandLine.BAD_ARGUMENT, run("200", "bogus", "201"));
        assertTrue(out().startsWith("200 OK\n"), out());
        assertTrue(out().contains("201 Created\n"), out());
        assertTrue(err().startsWith("http-status: not a status code"), err());
        assertEquals(1, err().split("usage: ", -1).length - 1, "usage is printed once");
    }
}
