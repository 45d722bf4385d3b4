package io.github.httpstatus;

import java.io.PrintStream;
import java.net.URL;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The entry point of the runnable core jar: {@code java -jar http-status-core-VERSION.jar 404}
 * describes a status code, and with no argument lists every member.
 *
 * <p>Package-private on purpose: it is a tool, not part of the library's API.
 */
final class CommandLine {

    static final int OK = 0;
    static final int BAD_ARGUMENT = 2;

    /** The jar's name where it cannot be known: run from classes, not from the jar. */
    static final String DEFAULT_JAR_NAME = "http-status-core.jar";
    /** Where each field of a description starts: after {@code "  description: "}. */
    private static final String INDENT = "               ";

    private CommandLine() {
    }

    /**
     * Describes each status code or name given, or lists every member when none is given.
     *
     * @param args status codes such as {@code 404}, names such as {@code NOT_FOUND}, {@code
     *     --help} or {@code --version}
     */
    public static void main(String[] args) {
        CodeSource code = CommandLine.class.getProtectionDomain().getCodeSource();
        String version = CommandLine.class.getPackage().getImplementationVersion();
        int status = run(args, System.out, System.err, jarName(code == null ? null : code.getLocation()), version);
        System.out.flush();
        if (status != OK) {
            System.exit(status);
        }
    }

    /** {@link #run(String[], PrintStream, PrintStream, String, String)} as run from classes. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, DEFAULT_JAR_NAME, null);
    }

    /**
     * Does the work of {@link #main(String[])}, writing answers to {@code out} and errors to
     * {@code err}.
     *
     * @param jarName the name of the jar to show in the usage
     * @param version the jar's {@code Implementation-Version}, or {@code null} when not run from it
     * @return {@link #OK} if every argument was answered, otherwise {@link #BAD_ARGUMENT}
     */
    static int run(String[] args, PrintStream out, PrintStream err, String jarName, String version) {
        for (String arg : args) {
            if (arg.equals("-h") || arg.equals("--help")) {
                out.println(usage(jarName));
                return OK;
            }
        }
        for (String arg : args) {
            if (arg.equals("--version")) {
                out.println(version(version));
                return OK;
            }
        }
        if (args.length == 0) {
            list(out);
            return OK;
        }
        int result = OK;
        boolean described = false;
        for (String arg : args) {
            String complaint = complaint(arg);
            if (complaint != null) {
                err.println("http-status: " + complaint);
                result = BAD_ARGUMENT;
                continue;
            }
            if (described) {
                out.println();
            }
            describe(arg, out);
            described = true;
        }
        if (result != OK) {
            err.println(usage(jarName));
        }
        return result;
    }

    /** The file name of the jar at {@code location}, or {@link #DEFAULT_JAR_NAME} if it is no jar. */
    static String jarName(URL location) {
        if (location == null) {
            return DEFAULT_JAR_NAME;
        }
        String path = location.getPath();
        String file = path.substring(path.lastIndexOf('/') + 1);
        return file.endsWith(".jar") ? file : DEFAULT_JAR_NAME;
    }

    private static String version(String version) {
        return "http-status-core " + (version == null ? "(version unknown: not run from its jar)" : version) + "\n"
                + "HttpStatus follows CPython's http.HTTPStatus (main branch); registrations as of the IANA registry of "
                + Registration.registryDate();
    }

    /** Every member, one a line: code, name, phrase and reference, in columns. */
    private static void list(PrintStream out) {
        int nameWidth = 0;
        int phraseWidth = 0;
        for (HttpStatus status : HttpStatus.values()) {
            nameWidth = Math.max(nameWidth, status.name().length());
            phraseWidth = Math.max(phraseWidth, status.phrase().length());
        }
        String format = "%d  %-" + nameWidth + "s  %-" + phraseWidth + "s  %s%n";
        for (HttpStatus status : HttpStatus.values()) {
            out.printf(Locale.ROOT, format, status.value(), status.name(), status.phrase(), status.reference());
        }
    }

    /** What is wrong with an argument that is neither a status code nor a name, or {@code null}. */
    static String complaint(String arg) {
        if (arg.isEmpty()) {
            return "an empty argument is neither a status code nor a name; give a code from "
                    + StatusClass.MIN_CODE + " to " + StatusClass.MAX_CODE + " or a name such as NOT_FOUND";
        }
        if (arg.startsWith("-") && !isDigits(arg.substring(1))) {
            return "unknown option " + arg;
        }
        Integer number = decimal(arg);
        if (number == null && arg.startsWith("-")) {
            number = decimal(arg.substring(1));
            number = number == null ? null : -number;
        }
        if (number != null) {
            return number >= StatusClass.MIN_CODE && number <= StatusClass.MAX_CODE ? null
                    : arg + " is not an HTTP status code; valid codes are " + StatusClass.MIN_CODE + ".." + StatusClass.MAX_CODE;
        }
        String meant = meantCode(arg);
        if (meant != null) {
            return "\"" + arg + "\" is not a status code: " + meant;
        }
        String trimmed = arg.trim();
        if (!trimmed.equals(arg) && complaint(trimmed) == null) {
            return "\"" + arg + "\" has spaces around it; did you mean " + trimmed + "?";
        }
        try {
            HttpStatus.ofName(arg);
            return null;
        } catch (IllegalArgumentException unknownName) {
            return "not a status code from " + StatusClass.MIN_CODE + " to " + StatusClass.MAX_CODE + ", and "
                    + unknownName.getMessage();
        }
    }

    /** For an argument that is a number written some other way: what to write instead, or {@code null}. */
    private static String meantCode(String arg) {
        String digitsOnly = arg.startsWith("+") ? arg.substring(1) : arg;
        if (arg.startsWith("+") && decimal(digitsOnly) != null) {
            return "write it without the sign, as " + digitsOnly;
        }
        int point = arg.indexOf('.');
        String fraction = arg.substring(point + 1);
        if (point != -1 && decimal(arg.substring(0, point)) != null && (fraction.isEmpty() || isDigits(fraction))) {
            return "status codes are whole numbers from " + StatusClass.MIN_CODE + " to " + StatusClass.MAX_CODE
                    + ", such as " + arg.substring(0, point);
        }
        if (arg.startsWith("0x") || arg.startsWith("0X")) {
            try {
                return "write it in decimal, as " + Integer.parseInt(arg.substring(2), 16);
            } catch (NumberFormatException notHexadecimal) {
                return null;
            }
        }
        StringBuilder ascii = new StringBuilder();
        for (int i = 0; i < arg.length(); i++) {
            int digit = Character.digit(arg.charAt(i), 10);
            if (digit < 0) {
                return null;
            }
            ascii.append(digit);
        }
        return "write it in the digits 0 to 9, as " + ascii;
    }

    /**
     * The argument as a decimal number of ASCII digits, leading zeros ignored, or {@code null} if
     * it is not one; {@link Integer#MAX_VALUE} for one of more than three digits, which is no
     * status code either.
     */
    private static Integer decimal(String arg) {
        if (!isDigits(arg)) {
            return null;
        }
        String digits = arg.replaceFirst("^0+(?=.)", "");
        return digits.length() > 3 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }

    private static boolean isDigits(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Describes a code in 100..599 or a member's name, which {@link #complaint(String)} accepted. */
    private static void describe(String arg, PrintStream out) {
        Integer number = decimal(arg);
        StatusCode code = number == null ? HttpStatus.ofName(arg) : StatusCode.of(number);
        HttpStatus member = code.member().orElse(null);
        if (member != null) {
            out.printf(Locale.ROOT, "%d %s%n", member.value(), member.phrase());
            field(out, "name", member.name() + aliases(member));
            field(out, "description", member.description());
            field(out, "class", classOf(code));
            field(out, "reference", member.reference() + " <" + member.referenceUri() + ">");
        } else {
            HttpStatus meaning = code.interpretation();
            out.printf(Locale.ROOT, "%d is not a member of HttpStatus.%n", code.value());
            field(out, "class", classOf(code));
            field(out, "treated as", meaning.value() + " " + meaning.phrase()
                    + ", the first code of its class (RFC 9110, Section 15)");
        }
        field(out, "IANA", registration(code, member != null));
        describeMessageRules(code, out);
        describeRetry(code, out);
        List<VendorCode> vendors = code.vendorCodes();
        for (int i = 0; i < vendors.size(); i++) {
            VendorCode use = vendors.get(i);
            String text = use.source() + ": " + use.phrase() + use.note().map(note -> "; " + note).orElse("")
                    + " <" + use.documentation() + ">";
            if (i == 0) {
                field(out, "vendors", text);
            } else {
                out.println(INDENT + text);
            }
        }
    }

    private static void field(PrintStream out, String name, String value) {
        out.println("  " + name + ":" + INDENT.substring(name.length() + 3) + value);
    }

    private static String classOf(StatusCode code) {
        StatusClass statusClass = code.statusClass();
        return statusClass.name() + " (" + statusClass.label() + ", " + statusClass.phrase() + ")";
    }

    /** {@code " (alias REQUEST_ENTITY_TOO_LARGE)"} for a member with an alias, else nothing. */
    private static String aliases(HttpStatus member) {
        List<String> aliases = new ArrayList<>();
        for (Map.Entry<String, HttpStatus> name : HttpStatus.members().entrySet()) {
            if (name.getValue() == member && !name.getKey().equals(member.name())) {
                aliases.add(name.getKey());
            }
        }
        return aliases.isEmpty() ? "" : " (alias " + String.join(", ", aliases) + ")";
    }

    /** The registry's status, and for a code the enum lacks, what the registry lists it as. */
    private static String registration(StatusCode code, boolean member) {
        Registration registration = code.registration();
        String text = registration + " (registry of " + Registration.registryDate() + ")";
        if (member && registration.status() == Registration.Status.UNUSED) {
            return text + "; a member because CPython's HTTPStatus has it";
        }
        if (member || !registration.isListed()) {
            return text;
        }
        return text + ": " + registration.description() + ", " + registration.reference().orElse("")
                + registration.referenceUri().map(uri -> " <" + uri + ">").orElse("");
    }

    /** What RFC 9110 and RFC 9111 say a code means for the message: content, caching, redirect. */
    private static void describeMessageRules(StatusCode code, PrintStream out) {
        field(out, "content", code.isContentAllowed() ? "allowed" : "never");
        field(out, "cacheable", code.isCacheableByDefault() ? "by default"
                : code.isInformational() ? "never: a 1xx is not a final response (RFC 9111, Section 3)"
                : "only with explicit freshness");
        field(out, "redirect", !code.isRedirectWithLocation() ? "no"
                : code.isMethodPreservingRedirect() ? "to Location, same method"
                : "to Location, method may change");
    }

    /** What the specifications say about retrying after a code, where they say anything. */
    private static void describeRetry(StatusCode code, PrintStream out) {
        String retryAfter = RetryFacts.retryAfterReference(code.value());
        if (retryAfter != null) {
            field(out, "retry-after", "has a meaning with this code (" + retryAfter + ")");
        }
        code.repeatRequest().ifPresent(repeat -> field(out, "repeat", repeatText(repeat) + " (" + repeat.reference() + ")"));
    }

    private static String repeatText(RepeatRequest repeat) {
        switch (repeat) {
            case WITH_AUTHORIZATION:
                return "may repeat the request with new credentials in Authorization";
            case WITH_PROXY_AUTHORIZATION:
                return "may repeat the request with new credentials in Proxy-Authorization";
            case ON_NEW_CONNECTION:
                return "may repeat the request, on a new connection if this one is unusable";
            case WITHOUT_EXPECTATION:
                return "should repeat the request without Expect: 100-continue";
            case ON_OTHER_CONNECTION:
                return "may repeat the request on another connection";
            default:
                return "should repeat the request after the TLS handshake, not in early data";
        }
    }

    private static String usage(String jarName) {
        return "usage: java -jar " + jarName + " [CODE | NAME]...\n"
                + "       java -jar " + jarName + " --help | --version\n"
                + "  CODE  a status code from 100 to 599 in decimal digits, such as 404 (0404 is read as 404)\n"
                + "  NAME  a constant name or alias of HttpStatus, such as NOT_FOUND or UNPROCESSABLE_ENTITY\n"
                + "  With no argument, lists every member of HttpStatus. Answers go to standard output, errors to\n"
                + "  standard error. Exit status: 0 when every argument was answered, 2 when any was not.";
    }
}
