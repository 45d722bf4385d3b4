package io.github.httpstatus.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One test per row of {@code status-methods.tsv}, generated from the row and the real library
 * class: a call of the row's method where 404 stands for a status, which the recipe must turn into
 * {@code HttpStatusCodes.NOT_FOUND}, compiled against the jar the row names. They test the data,
 * so mutation testing, which judges the tests of the code, leaves them to ReplaceStatusCodeLiteralsTest.
 */
@Tag("exhaustive")
class StatusMethodsTest {

    /** Where the module's POM copies the older versions of APIs whose classes newer versions moved. */
    private static final Path OLDER_APIS = Paths.get("target", "older-apis");

    /** A status read for the rows that compare or wrap: one of the JDK, so that only the row's own jar matters. */
    private static final String READ = "connection.getResponseCode()";

    private static final List<StatusMethods.Row> ROWS = StatusMethods.builtInRows();

    /** The jar of each type of a row, from the test resource beside the data file. */
    private static final Map<String, String> JARS = jars();

    static Stream<StatusMethods.Row> rows() {
        return ROWS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachRow_makesItsMethodsLiteralAStatus_againstTheRealJar(StatusMethods.Row row) throws Exception {
        Example example = Example.of(row);
        String after = migrated().get(example.source);
        if (after == null) {
            // The examples of its class path failed together: alone, it shows whether it is to blame.
            after = RecipeRunner.run(new ReplaceStatusCodeLiterals(), example.classpath, example.source).get(0);
        }

        assertEquals(example.expected, after);
    }

    /**
     * Every row's example after the recipe, by its source. The examples that need the same class
     * path are parsed and compiled together, as a build parses a project's files: one parse of
     * the hundred-odd jars a class path rather than one a row, since javac reads them all each
     * time. A row
     * whose example cannot be written, or whose class path's examples fail together, is not here.
     */
    private static synchronized Map<String, String> migrated() {
        if (migrated == null) {
            Map<List<Path>, List<String>> sourcesByClasspath = new LinkedHashMap<>();
            rows().forEach(row -> {
                try {
                    Example example = Example.of(row);
                    sourcesByClasspath.computeIfAbsent(example.classpath, classpath -> new ArrayList<>()).add(example.source);
                } catch (Exception | AssertionError | LinkageError rowsOwnTestReportsIt) {
                    // Example.of fails again, with its message, in the row's test.
                }
            });
            Map<String, String> after = new HashMap<>();
            sourcesByClasspath.forEach((classpath, sources) -> {
                try {
                    List<String> changed = RecipeRunner.run(new ReplaceStatusCodeLiterals(), classpath, sources.toArray(new String[0]));
                    for (int i = 0; i < sources.size(); i++) {
                        after.put(sources.get(i), changed.get(i));
                    }
                } catch (AssertionError eachRowsOwnTestFindsWhich) {
                    // Each of these rows then runs alone.
                }
            });
            migrated = after;
        }
        return migrated;
    }

    private static Map<String, String> migrated;

    private static Map<String, String> jars() {
        Map<String, String> jars = new HashMap<>();
        try (java.io.InputStream in = StatusMethodsTest.class.getResourceAsStream("status-method-jars.tsv")) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    String[] columns = line.split("\t");
                    jars.put(columns[0], columns[1]);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return jars;
    }

    /** A class that uses the row's method where 404 stands for a status, what the recipe makes of it, and the class path. */
    private static final class Example {
        final String source;
        final String expected;
        final List<Path> classpath;

        private Example(String source, String expected, List<Path> classpath) {
            this.source = source;
            this.expected = expected;
            this.classpath = classpath;
        }

        static Example of(StatusMethods.Row row) throws Exception {
            StatusMethods.Kind kind = row.kind;
            String type = row.type();
            String name = row.member();
            String jar = JARS.get(type);
            assertTrue(jar != null, "status-method-jars.tsv names no jar for " + type);
            List<Path> jarsFirst = olderJar(jar).map(List::of).orElse(List.of());
            Class<?> declaring = classOf(type, jarsFirst);
            String sourceType = type.replace('$', '.');
            List<Path> classpath = new ArrayList<>(jarsFirst);
            classpath.addAll(RecipeRunner.WHOLE_TEST_CLASSPATH);
            String className = "Row" + (ROWS.indexOf(row) + 1) + "Example";

            if (kind == StatusMethods.Kind.ANNOTATION) {
                Method attribute = declaring.getMethod(name);
                boolean asString = attribute.getReturnType() == String.class;
                String source = ""
                        + "class " + className + " {\n"
                        + "    @" + sourceType + "(" + name + " = " + (asString ? "\"404\"" : "404")
                        + requiredAttributes(declaring, name) + ")\n"
                        + "    void example() {\n"
                        + "    }\n"
                        + "}\n";
                String ours = asString ? "HttpStatusCodeStrings" : "HttpStatusCodes";
                return new Example(source, "import io.github.httpstatus.client." + ours + ";\n\n"
                        + source.replace(asString ? "\"404\"" : "404", ours + ".NOT_FOUND"), classpath);
            }

            String statement;
            if (kind == StatusMethods.Kind.READ) {
                statement = "boolean found = subject." + name + "() == 404;";
            } else if (kind == StatusMethods.Kind.SET) {
                Executable setter = withStatusArgument(declaring, row);
                String arguments = arguments(setter, row.statusArgument);
                String ours = setter.getParameterTypes()[row.statusArgument] == String.class ? "HttpStatusCodeStrings" : "HttpStatusCodes";
                String status = ours.equals("HttpStatusCodes") ? "404" : "\"404\"";
                if (setter instanceof Constructor && !Modifier.isPublic(setter.getModifiers())) {
                    String source = ""
                            + "@SuppressWarnings({\"rawtypes\", \"unchecked\", \"deprecation\", \"serial\"})\n"
                            + "class " + className + " extends " + sourceType + " {\n"
                            + "    " + className + "() {\n"
                            + "        super(" + arguments + ");\n"
                            + "    }\n"
                            + "}\n";
                    return Example.of(source, ours, status, classpath);
                }
                String call = setter instanceof Constructor ? "new " + sourceType
                        : (Modifier.isStatic(setter.getModifiers()) ? sourceType : "subject") + "." + name;
                return Example.of(exampleClass(className, sourceType, call + "(" + arguments + ");"), ours, status, classpath);
            } else if (kind == StatusMethods.Kind.COMPARE) {
                statement = sourceType + "." + name + (name.equals("assertThat")
                        ? "(" + READ + ", org.hamcrest.Matchers.is(404));"
                        : "(404, " + READ + ");");
            } else if (kind == StatusMethods.Kind.SUBJECT) {
                statement = sourceType + "." + name + "(" + READ + ").isEqualTo(404);";
            } else if (kind == StatusMethods.Kind.SUBJECT_COMPARE) {
                statement = "org.assertj.core.api.Assertions.assertThat(" + READ + ")." + name + "(404);";
            } else {
                statement = "org.hamcrest.MatcherAssert.assertThat(" + READ + ", " + sourceType + "." + name + "(404));";
            }
            return Example.of(exampleClass(className, sourceType, statement), "HttpStatusCodes", "404", classpath);
        }

        /** A class with the statement, named after the row, for the examples of one class path share a compilation. */
        private static String exampleClass(String className, String sourceType, String statement) {
            return ""
                    + "class " + className + " {\n"
                    + "    @SuppressWarnings({\"rawtypes\", \"unchecked\", \"deprecation\"})\n"
                    + "    void example(" + sourceType + " subject, java.net.HttpURLConnection connection) throws Exception {\n"
                    + "        " + statement + "\n"
                    + "    }\n"
                    + "}\n";
        }

        /** The example and what the recipe makes of it: our constant of 404 in place of the status, imported. */
        /**
         * The example and what the recipe makes of it: our constant imported, or written in full
         * where the file names another class of our class's simple name, such as Google's {@code
         * HttpStatusCodes}.
         */
        private static Example of(String source, String ours, String status, List<Path> classpath) {
            boolean namesAnother = source.contains("." + ours + " ") || source.contains("." + ours + ".");
            return namesAnother
                    ? new Example(source, source.replace(status, "io.github.httpstatus.client." + ours + ".NOT_FOUND"), classpath)
                    : new Example(source, "import io.github.httpstatus.client." + ours + ";\n\n"
                            + source.replace(status, ours + ".NOT_FOUND"), classpath);
        }

        /** A plain value for each attribute but the status that the annotation requires. */
        private static String requiredAttributes(Class<?> annotation, String status) {
            StringBuilder attributes = new StringBuilder();
            for (Method attribute : annotation.getDeclaredMethods()) {
                if (attribute.getDefaultValue() == null && !attribute.getName().equals(status)) {
                    // A String, or a class of exceptions, as Feign's ErrorCodes asks for.
                    assertTrue(attribute.getReturnType() == String.class || attribute.getReturnType() == Class.class,
                            "a required attribute this test can fill: " + attribute);
                    attributes.append(", ").append(attribute.getName())
                            .append(attribute.getReturnType() == String.class ? " = \"\"" : " = RuntimeException.class");
                }
            }
            return attributes.toString();
        }
    }

    /** The row's jar, where the test class path has another version of it. */
    private static Optional<Path> olderJar(String jar) throws IOException {
        boolean onTheClassPath = jar.equals("(JDK)") || RecipeRunner.WHOLE_TEST_CLASSPATH.stream()
                .anyMatch(path -> path.getFileName().toString().startsWith(jar));
        if (onTheClassPath) {
            return Optional.empty();
        }
        try (Stream<Path> copies = Files.list(OLDER_APIS)) {
            List<Path> found = copies.filter(path -> path.getFileName().toString().startsWith(jar)).collect(Collectors.toList());
            assertEquals(1, found.size(), "one jar named " + jar + "* on the test class path or in " + OLDER_APIS);
            return Optional.of(found.get(0));
        }
    }

    private static Class<?> classOf(String type, List<Path> jarsFirst) throws Exception {
        String binaryName = type.replaceAll("\\.([A-Z]\\w*)\\.", ".$1\\$");
        if (jarsFirst.isEmpty()) {
            return Class.forName(binaryName);
        }
        java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {jarsFirst.get(0).toUri().toURL()},
                StatusMethodsTest.class.getClassLoader());
        return Class.forName(binaryName, false, loader);
    }

    /**
     * The method or constructor of the row's pattern, with the fewest parameters, whose status
     * parameter is an {@code int}, a {@code String} or a Hamcrest matcher; not a private one.
     */
    private static Executable withStatusArgument(Class<?> declaring, StatusMethods.Row row) {
        String parameters = row.pattern.substring(row.pattern.indexOf('(') + 1, row.pattern.lastIndexOf(')')).trim();
        List<String> pattern = parameters.isEmpty() ? List.of() : Arrays.asList(parameters.split(",\\s*"));
        Stream<Executable> candidates = row.isConstructor() ? Arrays.<Executable>stream(declaring.getDeclaredConstructors())
                : Arrays.stream(declaring.getMethods()).filter(method -> method.getName().equals(row.member())).map(Executable.class::cast);
        Optional<Executable> setter = candidates
                .filter(candidate -> !Modifier.isPrivate(candidate.getModifiers()))
                .filter(candidate -> fits(pattern, candidate.getParameterTypes()))
                .filter(candidate -> candidate.getParameterCount() > row.statusArgument
                        && STATUS_TYPES.contains(candidate.getParameterTypes()[row.statusArgument].getName()))
                .min(Comparator.comparingInt(Executable::getParameterCount));
        assertTrue(setter.isPresent(), declaring + " has no " + row.pattern + " taking a status at " + (row.statusArgument + 1));
        return setter.get();
    }

    private static final List<String> STATUS_TYPES = List.of("int", "java.lang.String", "org.hamcrest.Matcher");

    /** Whether parameter types fit a method pattern's parameters: a type, {@code *} for any one, a last {@code ..} for any rest. */
    private static boolean fits(List<String> pattern, Class<?>[] types) {
        for (int i = 0; i < pattern.size(); i++) {
            String wanted = pattern.get(i);
            if (wanted.equals("..")) {
                return true;
            }
            if (i == types.length || !wanted.equals("*") && !wanted.equals(types[i].getCanonicalName())
                    && !("java.lang." + wanted).equals(types[i].getName())) {
                return false;
            }
        }
        return pattern.size() == types.length;
    }

    /** 404 as the status (in a Hamcrest matcher where the setter takes one), and a plain value of each other type. */
    private static String arguments(Executable setter, int status) {
        Class<?>[] types = setter.getParameterTypes();
        List<String> arguments = new ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            String type = types[i].getCanonicalName();
            arguments.add(i == status ? (types[i] == int.class ? "404" : types[i] == String.class ? "\"404\""
                            : "org.hamcrest.Matchers.equalTo(404)")
                    : types[i] == long.class ? "0L" : types[i] == int.class ? "0" : types[i] == boolean.class ? "false"
                    : "(" + type + ") null");
        }
        return String.join(", ", arguments);
    }
}
