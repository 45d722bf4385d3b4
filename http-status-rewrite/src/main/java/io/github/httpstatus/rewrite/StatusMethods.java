package io.github.httpstatus.rewrite;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openrewrite.Validated;
import org.openrewrite.java.MethodMatcher;
import org.openrewrite.java.tree.Expression;
import org.openrewrite.java.tree.J;
import org.openrewrite.java.tree.MethodCall;
import org.openrewrite.java.tree.TypeUtils;

/**
 * The methods and annotation attributes that tell {@link ReplaceStatusCodeLiterals} where a number
 * stands for a status, by kind: the rows of {@code status-methods.tsv} beside this class, and those
 * a user adds.
 */
final class StatusMethods {

    /** What a row says about the numbers around its method or attribute; the data file describes each kind. */
    enum Kind {
        READ("read"),
        SET("set"),
        COMPARE("compare"),
        SUBJECT("subject"),
        SUBJECT_COMPARE("subjectCompare"),
        MATCHER("matcher"),
        ANNOTATION("annotation");

        private final String spelling;

        Kind(String spelling) {
            this.spelling = spelling;
        }

        /** The kind a row of the data file spells. */
        static Kind of(String spelling) {
            for (Kind kind : values()) {
                if (kind.spelling.equals(spelling)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("Kind of status method: '" + spelling + "' is none of "
                    + Arrays.stream(values()).map(kind -> kind.spelling).collect(Collectors.joining(", ")));
        }

        /** How the data file spells the kind. */
        String spelling() {
            return spelling;
        }
    }

    /**
     * One row: its kind, a method pattern or, for an annotation, the annotation type and attribute,
     * and for a setter the position of its status among the arguments.
     */
    static final class Row {
        final Kind kind;
        final String pattern;
        /** Where a setter's status is among its arguments, from 0; 0 for the other kinds. */
        final int statusArgument;

        Row(Kind kind, String pattern) {
            this(kind, pattern, 0);
        }

        private Row(Kind kind, String pattern, int statusArgument) {
            this.kind = kind;
            this.pattern = pattern;
            this.statusArgument = statusArgument;
        }

        /**
         * A line of the data file: the kind and the pattern, separated by a tab, and for a setter
         * whose status is not its first argument a third column, the status's position from 1.
         */
        static Row parse(String line) {
            String[] columns = line.split("\t", -1);
            Kind kind = columns.length == 2 || columns.length == 3 ? Kind.of(columns[0]) : null;
            if (columns.length == 2) {
                return new Row(kind, columns[1]);
            }
            if (kind == Kind.SET && columns[2].matches("[2-9]")) {
                return new Row(kind, columns[1], Integer.parseInt(columns[2]) - 1);
            }
            throw new IllegalArgumentException("Row of " + BUILT_IN + ": '" + line + "' has " + columns.length
                    + " columns; a row is a kind and a pattern, separated by a tab, and a set row whose status is not"
                    + " its first argument has a third column, the status's position, from 2 to 9");
        }

        /** The class the row's method or annotation is of, fully qualified. */
        String type() {
            return pattern.substring(0, pattern.indexOf(' '));
        }

        /** The row's method or attribute name; {@code <constructor>} for a constructor. */
        String member() {
            return pattern.substring(pattern.indexOf(' ') + 1).split("\\(")[0];
        }

        /** Whether the row's method is a constructor. */
        boolean isConstructor() {
            return member().equals("<constructor>");
        }

        @Override
        public String toString() {
            return kind.spelling + "\t" + pattern + (statusArgument == 0 ? "" : "\t" + (statusArgument + 1));
        }
    }

    static final String BUILT_IN = "status-methods.tsv";

    private final List<Row> rows = new ArrayList<>();
    private final Map<Kind, List<MethodMatcher>> matchers = new EnumMap<>(Kind.class);
    /** The setters' matchers, each with where its status is among the arguments, in the order of {@code matchers}. */
    private final List<Integer> statusArguments = new ArrayList<>();

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
        BuiltIn.ROWS.forEach(methods::add);
        for (String reader : readers == null ? Collections.<String>emptyList() : readers) {
            methods.add(new Row(Kind.READ, reader));
        }
        for (String setter : setters == null ? Collections.<String>emptyList() : setters) {
            methods.add(new Row(Kind.SET, setter));
        }
        return methods;
    }

    /**
     * A recipe's own copy of the method patterns an option gave it.
     *
     * @param patterns the option's value; may be {@code null}
     * @return an unmodifiable copy, or {@code null} for none
     */
    static List<String> copyOf(List<String> patterns) {
        return patterns == null ? null : Collections.unmodifiableList(new ArrayList<>(patterns));
    }

    /**
     * A recipe's validation with each of its readers and setters checked as OpenRewrite reads a method pattern.
     *
     * @param validated what the recipe validated of itself
     * @param readers the readers' method patterns; may be {@code null}
     * @param setters the setters' method patterns; may be {@code null}
     */
    static Validated<Object> validate(Validated<Object> validated, List<String> readers, List<String> setters) {
        Validated<Object> all = validated;
        for (List<String> patterns : Arrays.asList(readers, setters)) {
            for (String pattern : patterns == null ? Collections.<String>emptyList() : patterns) {
                all = all.and(MethodMatcher.validate(pattern));
            }
        }
        return all;
    }

    /** The data file, read once: OpenRewrite asks a recipe for its visitor again and again. */
    private static final class BuiltIn {
        static final List<Row> ROWS = Collections.unmodifiableList(builtInRows());
    }

    /** Each row of the data file. */
    static List<Row> builtInRows() {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = StatusMethods.class.getResourceAsStream(BUILT_IN);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    rows.add(Row.parse(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUILT_IN + " of http-status-rewrite", e);
        }
        return rows;
    }

    private void add(Row row) {
        rows.add(row);
        if (row.kind != Kind.ANNOTATION) {
            // A subclass's constructor says nothing of what its arguments are: only the type's own is the row's.
            MethodMatcher matcher = new MethodMatcher(row.pattern, !row.isConstructor());
            matchers.get(row.kind).add(matcher);
            if (row.kind == Kind.SET) {
                statusArguments.add(row.statusArgument);
            }
        }
    }

    /** The rows of some kinds, built-in and the user's. */
    List<Row> rows(Kind... kinds) {
        List<Kind> wanted = Arrays.asList(kinds);
        return rows.stream().filter(row -> wanted.contains(row.kind)).collect(Collectors.toList());
    }

    /** Whether a call, of a method or a constructor, calls one of the kind. */
    boolean is(Kind kind, MethodCall call) {
        for (MethodMatcher matcher : matchers.get(kind)) {
            if (matcher.matches(call)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a call's argument is the status of a setter it calls: {@code super(...)} and {@code new} too. */
    boolean isSetterStatus(MethodCall call, Expression argument) {
        List<Expression> arguments = call.getArguments();
        List<MethodMatcher> setters = matchers.get(Kind.SET);
        for (int i = 0; i < setters.size(); i++) {
            int position = statusArguments.get(i);
            if (position < arguments.size() && arguments.get(position) == argument && setters.get(i).matches(call)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an attribute of an annotation holds a status. */
    boolean isStatusAttribute(J.Annotation annotation, String attribute) {
        for (Row row : rows(Kind.ANNOTATION)) {
            if (row.member().equals(attribute) && TypeUtils.isOfClassType(annotation.getType(), row.type())) {
                return true;
            }
        }
        return false;
    }

    /** The annotation types with an attribute that holds a status. */
    List<String> annotationTypes() {
        return rows(Kind.ANNOTATION).stream().map(Row::type).distinct().collect(Collectors.toList());
    }
}
