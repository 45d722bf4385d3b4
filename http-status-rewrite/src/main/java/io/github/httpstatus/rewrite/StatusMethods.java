package io.github.httpstatus.rewrite;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.openrewrite.java.MethodMatcher;
import org.openrewrite.java.tree.J;

/**
 * The methods that tell {@link ReplaceStatusCodeLiterals} where a number stands for a status, by
 * kind: the rows of {@code status-methods.tsv} beside this class, and those a user adds.
 */
final class StatusMethods {

    /** What a method says about the numbers around it; the data file describes each kind. */
    enum Kind {
        READ, SET, COMPARE, SUBJECT, SUBJECT_COMPARE, MATCHER;

        static Kind of(String name) {
            return valueOf(name.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT));
        }
    }

    static final String BUILT_IN = "status-methods.tsv";

    private final Map<Kind, List<MethodMatcher>> matchers = new EnumMap<>(Kind.class);

    private StatusMethods() {
        for (Kind kind : Kind.values()) {
            matchers.put(kind, new ArrayList<>());
        }
    }

    /**
     * The built-in rows, and the user's readers and setters.
     *
     * @param readers method patterns of methods that return a status; may be {@code null}
     * @param setters method patterns of methods whose first argument is a status; may be {@code null}
     */
    static StatusMethods of(List<String> readers, List<String> setters) {
        StatusMethods methods = new StatusMethods();
        for (String[] row : BuiltIn.ROWS) {
            methods.add(Kind.of(row[0]), row[1]);
        }
        for (String reader : readers == null ? Collections.<String>emptyList() : readers) {
            methods.add(Kind.READ, reader);
        }
        for (String setter : setters == null ? Collections.<String>emptyList() : setters) {
            methods.add(Kind.SET, setter);
        }
        return methods;
    }

    /** The data file, read once: OpenRewrite asks a recipe for its visitor again and again. */
    private static final class BuiltIn {
        static final List<String[]> ROWS = Collections.unmodifiableList(builtInRows());
    }

    /** Each row of the data file, as kind, method pattern and jar. */
    static List<String[]> builtInRows() {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = StatusMethods.class.getResourceAsStream(BUILT_IN);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUILT_IN + " of http-status-rewrite", e);
        }
        return rows;
    }

    private void add(Kind kind, String pattern) {
        matchers.get(kind).add(new MethodMatcher(pattern, true));
    }

    /** Whether an invocation calls a method of the kind. */
    boolean is(Kind kind, J.MethodInvocation invocation) {
        for (MethodMatcher matcher : matchers.get(kind)) {
            if (matcher.matches(invocation)) {
                return true;
            }
        }
        return false;
    }

    /** The methods of a kind. */
    List<MethodMatcher> matchers(Kind kind) {
        return matchers.get(kind);
    }
}
