package io.github.httpstatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** The README's Java examples compile and print what it says, and its table and commands are current. */
class ReadmeTest {

    private static final Pattern CLASS_NAME = Pattern.compile("public class (\\w+)");

    @TempDir
    Path classes;

    @TestFactory
    List<DynamicTest> eachJavaExample_compilesAndPrintsTheTextBlockAfterIt() {
        List<Readme.Block> blocks = Readme.blocks();
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Readme.Block block = blocks.get(i);
            if (block.language().equals("java")) {
                Readme.Block output = blocks.get(i + 1);
                Matcher name = CLASS_NAME.matcher(block.text());
                assertTrue(name.find(), "a README example has no public class:\n" + block.text());
                assertEquals("text", output.language(), "the README example " + name.group(1) + " is not followed by its output");
                tests.add(DynamicTest.dynamicTest(name.group(1),
                        () -> assertEquals(output.text(), compileAndRun(name.group(1), block.text()))));
            }
        }
        assertTrue(tests.size() >= 2, "the README has lost its examples");
        return tests;
    }

    @Test
    void statusTable_listsEveryMemberWithItsPhraseAndReference() {
        Pattern row = Pattern.compile("^\\| `(\\d{3})` \\| `(\\w+)`[^|]* \\| ([^|]+) \\| \\[([^]]+)\\]\\(([^)]+)\\) \\|$",
                Pattern.MULTILINE);
        List<String> expected = new ArrayList<>();
        for (HttpStatus status : HttpStatus.values()) {
            expected.add(status.value() + " " + status.name() + " " + status.phrase() + " "
                    + status.reference() + " " + status.referenceUri());
        }
        List<String> actual = row.matcher(Readme.text()).results()
                .map(m -> m.group(1) + " " + m.group(2) + " " + m.group(3) + " " + m.group(4) + " " + m.group(5))
                .collect(Collectors.toList());
        assertEquals(expected, actual);
    }

    @Test
    void ciRunsExactlyTheReadmesBuildCommand() throws IOException {
        String ci = Files.readString(Readme.PROJECT_ROOT.resolve(".ci/run"), StandardCharsets.UTF_8);
        String buildCommand = Readme.blocks().get(0).text().trim();
        assertEquals("./mvnw verify", buildCommand);
        assertTrue(ci.lines().anyMatch(buildCommand::equals), ".ci/run does not run " + buildCommand);
    }

    @Test
    void readmeRunCommand_namesTheJarThisBuildMakes() {
        String runCommand = Readme.blocks().get(1).text().trim();
        assertEquals("java -jar http-status-core/target/http-status-core-" + System.getProperty("project.version")
                + ".jar 404", runCommand);
    }

    private String compileAndRun(String className, String source) throws Exception {
        Path file = classes.resolve(className + ".java");
        Files.writeString(file, source, StandardCharsets.UTF_8);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        String libraryClasses = Path.of(HttpStatus.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        boolean compiled = javac.getTask(diagnostics, null, null,
                List.of("-classpath", libraryClasses, "-d", classes.toString(), "-Xlint:all", "-Werror"),
                null, javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(file)).call();
        assertTrue(compiled, diagnostics.toString());

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
