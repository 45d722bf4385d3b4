package io.github.httpstatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
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

    private static final String USAGE_START = "usage: java -jar http-status-core.jar [CODE | NAME]...\n";

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

    // A member

    @Test
    void member_printsCodePhraseNameDescriptionClassReferenceRegistrationAndMessageRules() {
        assertEquals(CommandLine.OK, run("404"));
        assertEquals("404 Not Found\n"
                + "  name:        NOT_FOUND\n"
                + "  description: Nothing matches the given URI\n"
                + "  class:       CLIENT_ERROR (4xx, Client Error)\n"
                + "  reference:   RFC 9110, Section 15.5.5 <https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5>\n"
                + "  IANA:        permanent (registry of 2025-09-15)\n"
                + "  content:     allowed\n"
                + "  cacheable:   by default\n"
                + "  redirect:    no\n",
                out());
        assertEquals("", err());
    }

    @Test
    void nameOrAlias_printsTheMember_withItsAlias() {
        assertEquals(CommandLine.OK, run("UNPROCESSABLE_ENTITY"));
        assertTrue(out().startsWith("422 Unprocessable Content\n  name:        UNPROCESSABLE_CONTENT (alias UNPROCESSABLE_ENTITY)\n"),
                out());
    }

    @Test
    void aMemberTheRegistryMarksUnused_saysWhyItIsAMember() {
        assertEquals(CommandLine.OK, run("418"));
        assertTrue(out().contains("  IANA:        unused (registry of 2025-09-15); a member because CPython's HTTPStatus has it\n"),
                out());
    }

    @Test
    void anObsoletedMember_saysSo() {
        assertEquals(CommandLine.OK, run("510"));
        assertTrue(out().contains("  IANA:        obsoleted (registry of 2025-09-15)\n"), out());
    }

    @Test
    void aMemberAVendorAlsoUses_listsTheVendor() {
        assertEquals(CommandLine.OK, run("451"));
        assertTrue(out().endsWith("  vendors:     Microsoft Exchange ActiveSync (MS-ASHTTP): Redirect; another server is better"
                + " placed to reach the mailbox <https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-ashttp/"
                + "e092c310-7609-4a38-90cc-10688f79cf8d>\n"), out());
    }

    // A code that is no member

    @Test
    void unregisteredCode_showsClassTreatmentRegistrationEveryVendorAndMessageRules() {
        assertEquals(CommandLine.OK, run("499"));
        assertEquals("499 is not a member of HttpStatus.\n"
                + "  class:       CLIENT_ERROR (4xx, Client Error)\n"
                + "  treated as:  400 Bad Request, the first code of its class (RFC 9110, Section 15)\n"
                + "  IANA:        unassigned (registry of 2025-09-15)\n"
                + "  content:     allowed\n"
                + "  cacheable:   only with explicit freshness\n"
                + "  redirect:    no\n"
                + "  vendors:     nginx: Client Closed Request; logged only: the client closed the connection before the"
                + " response <https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h>\n"
                + "               Cloudflare: Client Close Request; in Cloudflare's logs, as nginx logs it"
                + " <https://developers.cloudflare.com/support/troubleshooting/http-status-codes/4xx-client-error/error-499/>\n"
                + "               Esri ArcGIS Server: Token not found; the code of an error in the response body"
                + " <https://developers.arcgis.com/rest/enterprise-administration/server/operationresponse.htm>\n",
                out());
        assertEquals("", err());
    }

    /** The registry's temporary codes (104 today), read from its copy, with their expiry. */
    @Test
    void temporaryRegistration_showsItsExpiryDescriptionAndReference() {
        for (Map<String, String> row : Conformance.rows(Conformance.IANA)) {
            if (!row.get("status").equals("temporary")) {
                continue;
            }
            out.reset();
            assertEquals(CommandLine.OK, run(row.get("value")));
            Registration registration = StatusCode.of(Integer.parseInt(row.get("value"))).registration();
            assertTrue(out().startsWith(row.get("value") + " is not a member of HttpStatus.\n"), out());
            assertTrue(out().contains("\n  IANA:        temporary, expires " + registration.expires().orElseThrow()
                    + " (registry of 2025-09-15): " + row.get("iana_description") + ", " + row.get("reference")
                    + " <" + row.get("url") + ">\n"), out());
        }
    }

    @Test
    void aCodeWithNoMemberInTheInformationalClass_isTreatedAs100AndNeverCached() {
        assertEquals(CommandLine.OK, run("199"));
        assertEquals("199 is not a member of HttpStatus.\n"
                + "  class:       INFORMATIONAL (1xx, Informational)\n"
                + "  treated as:  100 Continue, the first code of its class (RFC 9110, Section 15)\n"
                + "  IANA:        unassigned (registry of 2025-09-15)\n"
                + "  content:     never\n"
                + "  cacheable:   never: a 1xx is not a final response (RFC 9111, Section 3)\n"
                + "  redirect:    no\n",
                out());
    }

    @Test
    void unusedCode_showsTheRegistrysEntry() {
        assertEquals(CommandLine.OK, run("306"));
        assertTrue(out().contains("  IANA:        unused (registry of 2025-09-15): (Unused), RFC 9110, Section 15.4.7"
                + " <https://www.rfc-editor.org/rfc/rfc9110#section-15.4.7>\n"), out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "204, never, by default, no",
        "302, allowed, only with explicit freshness, 'to Location, method may change'",
        "308, allowed, by default, 'to Location, same method'",
        "100, never, 'never: a 1xx is not a final response (RFC 9111, Section 3)', no",
        "199, never, 'never: a 1xx is not a final response (RFC 9111, Section 3)', no",
        "599, allowed, only with explicit freshness, no",
    })
    void messageRules_ofRedirectsCodesWithoutContentAnd1xx(String code, String content, String cacheable, String redirect) {
        assertEquals(CommandLine.OK, run(code));
        assertTrue(out().contains("  content:     " + content + "\n  cacheable:   " + cacheable
                + "\n  redirect:    " + redirect + "\n"), out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "301|retry-after: has a meaning with this code (RFC 9110, Section 10.2.3)",
        "399|retry-after: has a meaning with this code (RFC 9110, Section 10.2.3)",
        "413|retry-after: has a meaning with this code (RFC 9110, Section 15.5.14)",
        "429|retry-after: has a meaning with this code (RFC 6585, Section 4)",
        "503|retry-after: has a meaning with this code (RFC 9110, Section 10.2.3)",
        "401|repeat:      may repeat the request with new credentials in Authorization (RFC 9110, Section 15.5.2)",
        "407|repeat:      may repeat the request with new credentials in Proxy-Authorization (RFC 9110, Section 15.5.8)",
        "408|repeat:      may repeat the request, on a new connection if this one is unusable (RFC 9110, Section 15.5.9)",
        "417|repeat:      should repeat the request without Expect: 100-continue (RFC 9110, Section 10.1.1)",
        "421|repeat:      may repeat the request on another connection (RFC 9110, Section 15.5.20)",
        "425|repeat:      should repeat the request after the TLS handshake, not in early data (RFC 8470, Section 5.2)",
    })
    void retryFacts_areShownWithTheirSections(String code, String line) {
        assertEquals(CommandLine.OK, run(code));
        assertTrue(out().contains("\n  " + line + "\n"), out());
    }

    @Test
    void aCodeWithNoRetryFactOrVendor_hasNoSuchLine() {
        assertEquals(CommandLine.OK, run("200"));
        assertTrue(!out().contains("retry-after:") && !out().contains("repeat:") && !out().contains("vendors:"), out());
    }

    @Test
    void leadingZeros_areRead() {
        assertEquals(CommandLine.OK, run("0404"));
        assertTrue(out().startsWith("404 Not Found\n"), out());
    }

    // Several arguments, none, and the listing

    @Test
    void severalArguments_areSeparatedByABlankLine() {
        assertEquals(CommandLine.OK, run("100", "599", "NOT_FOUND"));
        String[] entries = out().split("\n\n");
        assertEquals(3, entries.length, out());
        assertTrue(entries[0].startsWith("100 Continue\n"), entries[0]);
        assertTrue(entries[1].startsWith("599 is not a member of HttpStatus.\n"), entries[1]);
        assertTrue(entries[2].startsWith("404 Not Found\n"), entries[2]);
        assertEquals("", err());
    }

    @Test
    void noArgument_listsEveryMemberOneALine_withItsName() {
        assertEquals(CommandLine.OK, run());
        String[] lines = out().split("\n");
        assertEquals(HttpStatus.values().length, lines.length);
        assertEquals("100  CONTINUE                         Continue                         RFC 9110, Section 15.2.1", lines[0]);
        List<Map<String, String>> table = Conformance.rows(Conformance.CPYTHON);
        Map<String, String> last = table.get(table.size() - 1);
        Map<String, String> lastRegistered = Conformance.rows(Conformance.IANA).stream()
                .filter(row -> row.get("value").equals(last.get("value"))).findFirst().orElseThrow();
        assertTrue(lines[lines.length - 1].matches(last.get("value") + "  " + last.get("name") + " +"
                + Pattern.quote(last.get("phrase")) + " +" + Pattern.quote(lastRegistered.get("reference"))),
                lines[lines.length - 1]);
        for (String line : lines) {
            assertEquals(lines[0].indexOf("Continue"), line.indexOf(HttpStatus.of(Integer.parseInt(line.substring(0, 3))).phrase(),
                    lines[0].indexOf("Continue")), "the phrases line up: " + line);
        }
    }

    // Help and version

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--help", "-h"})
    void help_wherever_itStands_printsOnlyTheUsage(String help) {
        assertEquals(CommandLine.OK, run("404", "bogus", help));
        assertTrue(out().startsWith(USAGE_START), out());
        assertTrue(out().contains("Exit status: 0 when every argument was answered, 2 when any was not."), out());
        assertTrue(out().contains("(0404 is read as 404)"), out());
        assertEquals("", err());
    }

    @Test
    void usage_namesTheJarItRunsFrom() {
        assertEquals(CommandLine.OK, CommandLine.run(new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), "http-status-core-9.9.9.jar", "9.9.9"));
        assertTrue(out().startsWith("usage: java -jar http-status-core-9.9.9.jar [CODE | NAME]...\n"
                + "       java -jar http-status-core-9.9.9.jar --help | --version\n"), out());
    }

    @Test
    void version_printsTheJarsVersionAndTheDataItFollows() {
        assertEquals(CommandLine.OK, CommandLine.run(new String[] {"404", "--version"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), "x.jar", "9.9.9"));
        assertEquals("http-status-core 9.9.9\nHttpStatus follows CPython's http.HTTPStatus (main branch); registrations as of"
                + " the IANA registry of 2025-09-15\n", out());
    }

    @Test
    void version_outsideItsJar_saysItIsUnknown() {
        assertEquals(CommandLine.OK, run("--version"));
        assertTrue(out().startsWith("http-status-core (version unknown: not run from its jar)\n"), out());
    }

    @Test
    void jarName_isTheFileOfTheJar_orTheDefault() throws Exception {
        assertEquals("http-status-core-1.2.3.jar", CommandLine.jarName(new URL("file:/m2/repo/http-status-core-1.2.3.jar")));
        assertEquals(CommandLine.DEFAULT_JAR_NAME, CommandLine.jarName(new URL("file:/work/http-status-core/target/classes/")));
        assertEquals(CommandLine.DEFAULT_JAR_NAME, CommandLine.jarName(null));
    }

    // What is not a code or a name

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "-1|-1 is not an HTTP status code; valid codes are 100..599",
        "-404|-404 is not an HTTP status code; valid codes are 100..599",
        "0|0 is not an HTTP status code; valid codes are 100..599",
        "99|99 is not an HTTP status code; valid codes are 100..599",
        "600|600 is not an HTTP status code; valid codes are 100..599",
        "2147483648|2147483648 is not an HTTP status code; valid codes are 100..599",
        "99999999999|99999999999 is not an HTTP status code; valid codes are 100..599",
        "99999999999999999999|99999999999999999999 is not an HTTP status code; valid codes are 100..599",
        "404.0|\"404.0\" is not a status code: status codes are whole numbers from 100 to 599, such as 404",
        "404.|\"404.\" is not a status code: status codes are whole numbers from 100 to 599, such as 404",
        "+404|\"+404\" is not a status code: write it without the sign, as 404",
        "0x194|\"0x194\" is not a status code: write it in decimal, as 404",
        "0x000000194|\"0x000000194\" is not a status code: write it in decimal, as 404",
        "0X194|\"0X194\" is not a status code: write it in decimal, as 404",
        "４０４|\"４０４\" is not a status code: write it in the digits 0 to 9, as 404",
        "' 404'|\" 404\" has spaces around it; did you mean 404?",
        "'404 '|\"404 \" has spaces around it; did you mean 404?",
        "' NOT_FOUND'|\" NOT_FOUND\" has spaces around it; did you mean NOT_FOUND?",
        "--foo|unknown option --foo",
        "-|unknown option -",
        "''|an empty argument is neither a status code nor a name; give a code from 100 to 599 or a name such as NOT_FOUND",
    })
    void notACodeOrAName_failsSayingWhatWasGivenAndWhatIsValid(String arg, String complaint) {
        assertEquals(CommandLine.BAD_ARGUMENT, run(arg));
        assertEquals("http-status: " + complaint + "\n" + USAGE_START, err().substring(0, err().indexOf("\n") + 1 + USAGE_START.length()));
        assertEquals("", out());
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "Not Found|did you mean NOT_FOUND?",
        "I'm a teapot|did you mean IM_A_TEAPOT, whose phrase is \"I'm a Teapot\"?",
        "not_found|did you mean NOT_FOUND?",
        "not found|did you mean NOT_FOUND?",
        "NOT_FOUN|did you mean NOT_FOUND?",
        "HTTP_NOT_FOUND|did you mean NOT_FOUND? HTTP_NOT_FOUND is 404 in java.net.HttpURLConnection",
        "NOT_FOUND_404|did you mean NOT_FOUND? NOT_FOUND_404 is 404 in org.eclipse.jetty.http.HttpStatus",
        "STATUS_CODE_NOT_FOUND|did you mean NOT_FOUND? STATUS_CODE_NOT_FOUND is 404 in com.google.api.client.http.HttpStatusCodes",
        "0x1G|",
        "0x|",
        ".5|",
        "four|",
    })
    void aNameThatIsNone_failsWithTheBestSuggestion(String arg, String hint) {
        assertEquals(CommandLine.BAD_ARGUMENT, run(arg));
        String expected = "http-status: not a status code from 100 to 599, and HttpStatus has no constant or alias named \""
                + arg + "\"; names are case-sensitive, upper case with underscores, such as NOT_FOUND"
                + (hint == null ? "" : " (" + hint + ")") + "\n";
        assertEquals(expected, err().substring(0, err().indexOf("\n") + 1));
    }

    @Test
    void oneBadArgumentAmongGoodOnes_describesTheGoodAndFails() {
        assertEquals(CommandLine.BAD_ARGUMENT, run("200", "bogus", "201"));
        assertTrue(out().startsWith("200 OK\n"), out());
        assertTrue(out().contains("\n\n201 Created\n"), out());
        assertTrue(err().startsWith("http-status: not a status code"), err());
        assertEquals(1, err().split("usage: ", -1).length - 1, "usage is printed once");
    }
}
