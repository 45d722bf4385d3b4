package io.github.httpstatus;

import java.util.Locale;

/**
 * The exceptions {@link HttpStatus}'s lookups throw, with messages that name the type, the bad
 * value and what is valid. Kept out of {@code HttpStatus} so that loading it, which every program
 * using the library pays, does not load the code for errors too.
 */
final class LookupErrors {

    private static final int LONGEST_NAME_SHOWN = 40;
    /** Built once, by the first error that needs it, since this class loads only on an error. */
    private static final String MEMBER_CODES = codeRanges();

    private LookupErrors() {
    }

    /**
     * For {@code HttpStatus.of}: a code with no member. "Registered" is the registry's word, and
     * the registry lists 104, which is no member, so the message says "member" and gives the
     * registry's own status of a code in 100..599.
     */
    static IllegalArgumentException notAMember(int code) {
        boolean statusCode = StatusClass.find(code).isPresent();
        StringBuilder message = new StringBuilder("HttpStatus: ").append(code).append(" is not a member");
        if (statusCode) {
            message.append(" (IANA: ").append(Registration.of(code)).append(')');
        } else {
            message.append(", nor an HTTP status code (").append(StatusClass.MIN_CODE).append("..")
                    .append(StatusClass.MAX_CODE).append(')');
        }
        message.append("; members are ").append(MEMBER_CODES);
        if (statusCode) {
            message.append("; StatusCode.of(").append(code).append(") takes any code from ")
                    .append(StatusClass.MIN_CODE).append(" to ").append(StatusClass.MAX_CODE);
        }
        return new IllegalArgumentException(message.toString());
    }

    static IllegalArgumentException notAStatusCode(int code) {
        return notAStatusCode("HttpStatus", code);
    }

    /** An {@code int} outside 100..599, given to a lookup of {@code type} that takes only status codes. */
    static IllegalArgumentException notAStatusCode(String type, int code) {
        return new IllegalArgumentException(type + ": " + code
                + " is not an HTTP status code; valid codes are " + StatusClass.MIN_CODE + ".." + StatusClass.MAX_CODE);
    }

    /** The members' codes as ranges of consecutive values, such as {@code "100-103, 200-208, 226"}. */
    private static String codeRanges() {
        StringBuilder ranges = new StringBuilder();
        HttpStatus[] members = HttpStatus.values();
        for (int start = 0; start < members.length; ) {
            int end = start;
            while (end + 1 < members.length && members[end + 1].value() == members[end].value() + 1) {
                end++;
            }
            if (ranges.length() > 0) {
                ranges.append(", ");
            }
            ranges.append(members[start].value());
            if (end > start) {
                ranges.append('-').append(members[end].value());
            }
            start = end + 1;
        }
        return ranges.toString();
    }

    static IllegalArgumentException unknownName(String name) {
        StringBuilder message = new StringBuilder("HttpStatus has no constant or alias named ")
                .append(quoted(name))
                .append("; names are case-sensitive, upper case with underscores, such as NOT_FOUND");
        String hint = NameHints.forName(name);
        if (hint != null) {
            message.append(" (").append(hint).append(')');
        }
        return new IllegalArgumentException(message.toString());
    }

    /** The name in quotes, cut short and with control characters escaped, so it is safe to log. */
    private static String quoted(String name) {
        int shown = Math.min(name.length(), LONGEST_NAME_SHOWN);
        if (shown < name.length() && Character.isHighSurrogate(name.charAt(shown - 1))) {
            shown--;
        }
        StringBuilder quoted = new StringBuilder(shown + 32).append('"');
        for (int i = 0; i < shown; i++) {
            char c = name.charAt(i);
            if (c < ' ' || c == '\u007f' || c == '"' || c == '\\') {
                quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        quoted.append('"');
        if (shown < name.length()) {
            quoted.append("... (").append(name.length()).append(" characters)");
        }
        return quoted.toString();
    }
}
