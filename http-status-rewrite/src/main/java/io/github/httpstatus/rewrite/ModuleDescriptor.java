package io.github.httpstatus.rewrite;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a {@code module-info.java}, to which a {@code requires} directive of ours is added.
 * OpenRewrite's Java parser leaves module declarations out of the sources it parses, so the recipe
 * reads and writes the file as text: comments and string literals are blanked out before the
 * directives are looked for, so that neither can be mistaken for one.
 */
final class ModuleDescriptor {

    /** The module of {@code http-status-client-compat}. */
    static final String CLIENT_MODULE = "io.github.httpstatus.client";

    private static final Pattern DECLARATION = Pattern.compile("\\bmodule\\s+[\\w.]+\\s*\\{");
    private static final Pattern REQUIRES = Pattern.compile("\\brequires\\b[^;]*;");
    private static final Pattern REQUIRES_OURS =
            Pattern.compile("\\brequires\\s+(?:(?:static|transitive)\\s+)*" + Pattern.quote(CLIENT_MODULE) + "\\s*;");
    private static final Pattern INDENT = Pattern.compile("[ \\t]*");
    /** Comments, and string and character literals, each to its end, or to the end of the text or the line. */
    private static final Pattern NON_CODE = Pattern.compile(
            "//[^\\n]*|/\\*(?s:.*?)(?:\\*/|\\z)|\"(?:\\\\.|[^\"\\\\\\n])*\"?|'(?:\\\\.|[^'\\\\\\n])*'?");
    /** A line that begins, after its indentation, with neither the closing brace nor nothing. */
    private static final Pattern FIRST_DIRECTIVE = Pattern.compile("\\n([ \\t]*)[^\\s}]");

    private final String text;
    private final String code;

    private ModuleDescriptor(String text) {
        this.text = text;
        this.code = blankCommentsAndLiterals(text);
    }

    static ModuleDescriptor of(String text) {
        return new ModuleDescriptor(text);
    }

    /** Whether this is a module declaration the recipe can add a directive to. */
    boolean declaresAModule() {
        return DECLARATION.matcher(code).find();
    }

    /** Whether the module already requires ours, in any way. */
    boolean requiresOurs() {
        return REQUIRES_OURS.matcher(code).find();
    }

    /**
     * The text with {@code requires static} of our module after the last {@code requires} (or first
     * in the body where there is none), indented as its neighbours are; the text itself where the
     * module already requires ours or where there is no module declaration. Static, since the
     * constants are inlined: the module is needed to compile, not to run, whatever the scope.
     */
    String requiringOurs() {
        Matcher declaration = DECLARATION.matcher(code);
        if (requiresOurs() || !declaration.find()) {
            return text;
        }
        String directive = "requires static " + CLIENT_MODULE + ";";
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        int after = declaration.end();
        Matcher requires = REQUIRES.matcher(code);
        while (requires.find(after)) {
            after = requires.end();
        }
        String indent = after == declaration.end() ? indentOfFirstDirective(declaration) : indentOfLineAt(after);
        return text.substring(0, after) + newline + indent + directive + text.substring(after);
    }

    /** The indentation of the line a position is on. */
    private String indentOfLineAt(int index) {
        Matcher indent = INDENT.matcher(text).region(text.lastIndexOf('\n', index - 1) + 1, text.length());
        indent.lookingAt();
        return indent.group();
    }

    /** The indentation of the body's first directive, or the declaration's and four spaces in an empty body. */
    private String indentOfFirstDirective(Matcher declaration) {
        Matcher directive = FIRST_DIRECTIVE.matcher(code);
        return directive.find(declaration.end()) ? directive.group(1) : indentOfLineAt(declaration.start()) + "    ";
    }

    /** The text with comments and string and character literals turned into spaces, line ends kept. */
    static String blankCommentsAndLiterals(String text) {
        StringBuilder code = new StringBuilder(text);
        Matcher nonCode = NON_CODE.matcher(text);
        while (nonCode.find()) {
            for (int i = nonCode.start(); i < nonCode.end(); i++) {
                code.setCharAt(i, Character.isWhitespace(text.charAt(i)) ? text.charAt(i) : ' ');
            }
        }
        return code.toString();
    }
}
