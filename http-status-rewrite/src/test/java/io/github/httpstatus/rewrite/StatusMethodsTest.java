package io.github.httpstatus.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
                } catch (Exception | AssertionError rowsOwnTestReportsIt) {
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
                boolean takesAMatcher = row.pattern.contains("(org.hamcrest.Matcher");
                Method method = firstWithStatusArgument(declaring, name, takesAMatcher);
                String receiver = Modifier.isStatic(method.getModifiers()) ? sourceType : "subject";
                statement = receiver + "." + name + "(" + arguments(method) + ");";
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
            // Named after the row, for the examples of one class path share a compilation.
            String source = ""
                    + "class " + className + " {\n"
                    + "    @SuppressWarnings({\"rawtypes\", \"unchecked\", \"deprecation\"})\n"
                    + "    void example(" + sourceType + " subject, java.net.HttpURLConnection connection) throws Exception {\n"
                    + "        " + statement + "\n"
                    + "    }\n"
                    + "}\n";
            return new Example(source, "import io.github.httpstatus.client.HttpStatusCodes;\n\n"
                    + source.replace("404", "HttpStatusCodes.NOT_FOUND"), classpath);
        }

        /** A plain value for each attribute but the status that the annotation requires. */
        private static String requiredAttributes(Class<?> annotation, String status) {
            StringBuilder attributes = new StringBuilder();
            for (Method attribute : annotation.getDeclaredMethods()) {
                if (attribute.getDefaultValue() == null && !attribute.getName().equals(status)) {
                    assertEquals(String.class, attribute.getReturnType(), "a required attribute this test can fill");
                    attributes.append(", ").append(attribute.getName()).append(" = \"\"");
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

    /** The overload with a status (or a matcher of one) first and the fewest other parameters. */
    private static Method firstWithStatusArgument(Class<?> declaring, String name, boolean takesAMatcher) {
        Optional<Method> method = Arrays.stream(declaring.getMethods())
                .filter(m -> m.getName().equals(name) && m.getParameterCount() > 0)
                .filter(m -> takesAMatcher ? m.getParameterTypes()[0].getName().equals("org.hamcrest.Matcher")
                        : m.getParameterTypes()[0] == int.class)
                .min(Comparator.comparingInt(Method::getParameterCount));
        assertTrue(method.isPresent(), declaring + " has no " + name + " taking a status");
        return method.get();
    }

    /** 404 first (in a Hamcrest matcher where the method takes one), then a plain value of each other type. */
    private static String arguments(Method method) {
        Class<?>[] types = method.getParameterTypes();
        StringBuilder arguments = new StringBuilder(types[0] == int.class ? "404" : "org.hamcrest.Matchers.equalTo(404)");
        for (int i = 1; i < types.length; i++) {
            arguments.append(", ").append(types[i] == long.class ? "0L" : types[i] == int.class ? "0"
                    : "(" + types[i].getName().replace('$', '.') + ") null");
        }
        return arguments.toString();
    }
}
