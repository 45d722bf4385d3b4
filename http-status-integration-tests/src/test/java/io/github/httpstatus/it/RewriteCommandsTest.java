package io.github.httpstatus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The migration commands MIGRATING.md gives are the ones the integration tests run, for the release
 * this build installs: rewrite-legacy-app the two for the recipe as it comes, rewrite-ecosystem-app
 * the one for a project's own rewrite.yml, which is the guide's too, rewrite-build-shapes the run,
 * and rewrite-tests-only-app the check that keeps a project migrated, failing before and passing after.
 */
class RewriteCommandsTest {

    @ParameterizedTest(name = "{1} {3}")
    @CsvSource({"0, rewrite-legacy-app, 2, dryRun", "1, rewrite-legacy-app, 3, run", "2, rewrite-ecosystem-app, 2, run",
        "1, rewrite-build-shapes, 2, run", "3, rewrite-tests-only-app, 1, dryRun", "3, rewrite-tests-only-app, 3, dryRun",
        "4, rewrite-tests-only-app, 5, dryRun"})
    void guidesCommand_isTheIntegrationTestsInvocation(int block, String project, int invocation, String goal) throws IOException {
        Properties invoker = new Properties();
        try (Reader in = Files.newBufferedReader(Document.PROJECT_ROOT.resolve(
                "http-status-integration-tests/src/it/" + project + "/invoker.properties"), StandardCharsets.UTF_8)) {
            invoker.load(in);
        }
        // Nothing is on Maven Central yet: the guide names the version ./mvnw install puts in the local repository.
        String release = System.getProperty("project.version");
        String tested = "mvn " + invoker.getProperty("invoker.goals." + invocation)
                .replace("${version.rewrite.plugin}", System.getProperty("version.rewrite.plugin"))
                .replace("${project.version}", release);
        assertEquals(tested, Document.MIGRATING.nthBlockIn("sh", block).get(0).text().trim());
        assertEquals(goal, tested.split(" ")[1].split(":")[3]);
    }

    @Test
    void guidesRewriteYml_isTheOneTheIntegrationTestRuns() throws IOException {
        String tested = Files.readString(Document.PROJECT_ROOT.resolve(
                "http-status-integration-tests/src/it/rewrite-ecosystem-app/rewrite.yml"), StandardCharsets.UTF_8);
        assertEquals(tested, Document.MIGRATING.nthBlockIn("yaml", 0).get(0).text());
    }
}
