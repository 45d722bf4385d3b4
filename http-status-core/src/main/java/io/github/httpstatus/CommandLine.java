package io.github.httpstatus;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The entry point of the runnable core jar: {@code java -jar http-status-core.jar 404} describes a
 * status code, and with no argument lists every member.
 *
 * <p>Package-private on purpose: it is a tool, not part of the library's API.
 */
final class CommandLine {

    static final int OK = 0;
    static final int BAD_ARGUMENT = 2;

    private CommandLine() {
    }

    /**
     * Describes each status code or name given, or lists every member when none is given.
     *
     * @param args status codes such as {@code 404}, or names such as {@code NOT_FOUND}
     */
    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        System.out.flush();
        if (status != OK) {
            System.exit(status);
        }
    }

    /**
     * Does the work of {@link #main(String[])}, writing to the given streams.
     *
     * @return {@link #OK} if every argument was a status code in 100..599 or a member's name,
     *     otherwise {@link #BAD_ARGUMENT}
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            for (HttpStatus status : HttpStatus.values()) {
                out.printf(Locale.ROOT, "%d  %-31s  %s%n", status.value(), status.phrase(), status.reference());
            }
            return OK;
        }
        if (args.length == 1 && (args[0].equals("-h") || args[0].equals("--help"))) {
            out.println(usage());
            return OK;
        }
        int result = OK;
        for (String arg : args) {
            String complaint = describe(arg, out);
            if (complaint != null) {
                err.println("http-status: " + complaint);
                result = BAD_ARGUMENT;
            }
        }
        if (result != OK) {
            err.println(usage());
        }
        return result;
    }

    /** Describes one code or name on {@code out}, or returns what is wrong with it. */
    private static String describe(String arg, PrintStream out) {
        Integer code = parseCode(arg);
        HttpStatus status;
        if (code == null) {
            try {
                status = HttpStatus.ofName(arg);
            } catch (IllegalArgumentException unknownName) {
                return "not a status code from " + StatusClass.MIN_CODE + " to " + StatusClass.MAX_CODE
                        + ", and " + unknownName.getMessage();
            }
        } else if (code < StatusClass.MIN_CODE || code > StatusClass.MAX_CODE) {
            return code + " is not an HTTP status code; valid codes are "
                    + StatusClass.MIN_CODE + ".." + StatusClass.MAX_CODE;
        } else {
            status = HttpStatus.find(code).orElse(null);
            if (status == null) {
                HttpStatus meaning = HttpStatus.interpret(code);
                out.printf(Locale.ROOT, "%d is not a registered status code.%n"
                                + "A client treats it as %d %s, the first code of its class (RFC 9110, Section 15).%n",
                        code, meaning.value(), meaning.phrase());
                describeMessageRules(code, out);
                return null;
            }
        }
        out.printf(Locale.ROOT, "%d %s%n", status.value(), status.phrase());
        out.printf(Locale.ROOT, "  name:        %s%n", status.name());
        out.printf(Locale.ROOT, "  description: %s%n", status.description());
        out.printf(Locale.ROOT, "  class:       %s (%dxx)%n", status.statusClass(), status.statusClass().firstDigit());
        out.printf(Locale.ROOT, "  reference:   %s <%s>%n", status.reference(), status.referenceUri());
        describeMessageRules(status.value(), out);
        return null;
    }

    /** What RFC 9110 says a code means for the message: content, caching, redirect. */
    private static void describeMessageRules(int code, PrintStream out) {
        out.printf(Locale.ROOT, "  content:     %s%n", HttpStatus.isContentAllowed(code) ? "allowed" : "never");
        out.printf(Locale.ROOT, "  cacheable:   %s%n",
                HttpStatus.isCacheableByDefault(code) ? "by default" : "only with explicit freshness");
        out.printf(Locale.ROOT, "  redirect:    %s%n", !HttpStatus.isRedirectWithLocation(code) ? "no"
                : HttpStatus.isMethodPreservingRedirect(code) ? "to Location, same method"
                : "to Location, method may change");
    }

    /** The argument as a decimal number, or {@code null} if it is not one (or too long for an int). */
    private static Integer parseCode(String arg) {
        if (arg.isEmpty() || arg.length() > 10) {
            return null;
        }
        for (int i = 0; i < arg.length(); i++) {
            char c = arg.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
        }
        long value = Long.parseLong(arg);
        return value > Integer.MAX_VALUE ? null : (int) value;
    }

    private static String usage() {
        return "usage: java -jar http-status-core.jar [CODE | NAME]...\n"
                + "  CODE  a status code from 100 to 599, such as 404\n"
                + "  NAME  a constant name or alias, such as NOT_FOUND\n"
                + "  With no argument, lists every registered status code.";
    }
}
