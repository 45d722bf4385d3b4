package io.github.httpstatus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The migration commands MIGRATING.md gives are the ones the rewrite-legacy-app integration test
 * runs, for the release this build becomes.
 */
class RewriteCommandsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource({"0, 2, dryRun", "1, 3, run"})
    void guidesCommand_isTheIntegrationTestsInvocation(int block, int invocation, String goal) throws IOException {
        Properties invoker = new Properties();
        try (Reader in = Files.newBufferedReader(Document.PROJECT_ROOT.resolve(
                "http-status-integration-tests/src/it/rewrite-legacy-app/invoker.properties"), StandardCharsets.UTF_8)) {
            invoker.load(in);
        }
        String release = System.getProperty("project.version").replace("-SNAPSHOT", "");
        String tested = "mvn " + invoker.getProperty("invoker.goals." + invocation)
                .replace("${version.rewrite.plugin}", System.getProperty("version.rewrite.plugin"))
                .replace("${project.version}", release);
        assertEquals(tested, Document.MIGRATING.nthBlockIn("sh", block).get(0).text().trim());
        assertEquals(goal, tested.split(" ")[1].split(":")[3]);
    }
}
