package io.github.httpstatus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.httpstatus.HttpStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The README's run command, executed as written from the project root against the packaged jar. */
class CommandLineIT {

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @Test
    void readmeRunCommand_printsTheOutputTheReadmeShows() throws Exception {
        List<Document.Block> blocks = Document.README.nthBlockIn("sh", 1);
        assertEquals("text", blocks.get(1).language(), "the run command is not followed by its output");
        Result result = run("sh", "-c", blocks.get(0).text().trim());
        assertEquals(0, result.exitStatus, result.err);
        assertEquals(blocks.get(1).text(), result.out);
    }

    @Test
    void packagedJar_rejectsABadCodeWithExitStatus2() throws Exception {
        Result result = run(JAVA, "-jar", coreJar(), "600");
        assertEquals(2, result.exitStatus);
        assertEquals("", result.out);
        assertTrue(result.err.startsWith("http-status: 600 is not an HTTP status code; valid codes are 100..599\n"
                + "usage: java -jar " + Path.of(coreJar()).getFileName() + " [CODE | NAME]...\n"), result.err);
    }

    @Test
    void packagedJar_version_isTheBuildsVersion() throws Exception {
        Result result = run(JAVA, "-jar", coreJar(), "--version");
        assertEquals(0, result.exitStatus, result.err);
        assertTrue(result.out.startsWith("http-status-core " + System.getProperty("project.version") + "\n"), result.out);
        assertEquals("", result.err);
    }

    @Test
    void packagedJar_withNoArgument_listsEveryMember() throws Exception {
        Result result = run(JAVA, "-jar", coreJar());
        assertEquals(0, result.exitStatus, result.err);
        assertEquals(HttpStatus.values().length, result.out.lines().count());
    }

    /** The core jar this build packaged, which the integration-test phase puts on the class path. */
    private static String coreJar() throws Exception {
        Path jar = Path.of(HttpStatus.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertTrue(jar.toString().endsWith(".jar"), "not a jar: " + jar);
        return jar.toString();
    }

    private record Result(int exitStatus, String out, String err) {
    }

    private static Result run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(Document.PROJECT_ROOT.toFile()).start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the command did not end");
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }
}
