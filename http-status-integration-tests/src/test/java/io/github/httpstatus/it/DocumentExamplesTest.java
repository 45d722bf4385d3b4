package io.github.httpstatus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.httpstatus.HttpStatus;
import io.github.httpstatus.client.HttpStatusCodes;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each Java example in the README and the migration guide compiles without warnings, and prints
 * exactly the {@code text} block that follows it.
 */
class DocumentExamplesTest {

    private static final Pattern CLASS_NAME = Pattern.compile("public class (\\w+)");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import (?:static )?([\\w.]+)");
    /**
     * The library runs on Java 8, so an example that uses only it and the JDK must compile for 8;
     * the others use APIs (Servlet 6, HttpCore 5) that need a later Java. javac 21 and later warn
     * that release 8 is old, which is no fault of the example's.
     */
    private static final List<String> JAVA_8 = List.of("--release", "8", "-Xlint:-options");

    @TempDir
    Path classes;

    @TestFactory
    List<DynamicTest> readmeExamples() {
        return examples(Document.README, 2);
    }

    @TestFactory
    List<DynamicTest> migrationGuideExamples() {
        return examples(Document.MIGRATING, 1);
    }

    private List<DynamicTest> examples(Document document, int atLeast) {
        List<Document.Block> blocks = document.blocks();
        List<DynamicTest> tests = new ArrayList<>();
        int javaEight = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Document.Block block = blocks.get(i);
            if (block.language().equals("java")) {
                Matcher name = CLASS_NAME.matcher(block.text());
                assertTrue(name.find(), document + " has an example with no public class:\n" + block.text());
                Document.Block output = blocks.get(i + 1);
                assertEquals("text", output.language(), document + " example " + name.group(1) + " has no output after it");
                boolean libraryAndJdkOnly = IMPORT.matcher(block.text()).results().map(m -> m.group(1))
                        .allMatch(type -> type.startsWith("io.github.httpstatus.") || type.startsWith("java."));
                List<String> options = libraryAndJdkOnly ? JAVA_8 : List.of();
                javaEight += libraryAndJdkOnly ? 1 : 0;
                tests.add(DynamicTest.dynamicTest(name.group(1) + (libraryAndJdkOnly ? " (Java 8)" : ""),
                        () -> assertEquals(output.text(), compileAndRun(name.group(1), block.text(), options))));
            }
        }
        assertTrue(tests.size() >= atLeast, document + " has lost its examples");
        assertTrue(javaEight >= 1, document + " has no example compiled for Java 8");
        return tests;
    }

    private String compileAndRun(String className, String source, List<String> options) throws Exception {
        Javac.compile(classes, className, source, options, HttpStatus.class, HttpStatusCodes.class,
                jakarta.servlet.http.HttpServletResponse.class, org.apache.hc.core5.http.HttpStatus.class,
                io.swagger.v3.oas.annotations.responses.ApiResponse.class);

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream systemOut = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            Method main = loader.loadClass(className).getMethod("main", String[].class);
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(systemOut);
        }
        return printed.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }
}
