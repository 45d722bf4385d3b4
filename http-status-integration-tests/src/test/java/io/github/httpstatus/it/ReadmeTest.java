package io.github.httpstatus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.httpstatus.HttpStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's status table and its two commands are those of this build. */
class ReadmeTest {

    @Test
    void statusTable_listsEveryMemberWithItsPhraseAndReference() {
        Pattern row = Pattern.compile("^\\| `(\\d{3})` \\| `(\\w+)`[^|]* \\| ([^|]+) \\| \\[([^]]+)\\]\\(([^)]+)\\) \\|$",
                Pattern.MULTILINE);
        List<String> expected = new ArrayList<>();
        for (HttpStatus status : HttpStatus.values()) {
            expected.add(status.value() + " " + status.name() + " " + status.phrase() + " "
                    + status.reference() + " " + status.referenceUri());
        }
        List<String> actual = row.matcher(Document.README.text()).results()
                .map(m -> m.group(1) + " " + m.group(2) + " " + m.group(3) + " " + m.group(4) + " " + m.group(5))
                .collect(Collectors.toList());
        assertEquals(expected, actual);
    }

    @Test
    void ciRunsExactlyTheReadmesBuildCommand() throws IOException {
        String ci = Files.readString(Document.PROJECT_ROOT.resolve(".ci/run"), StandardCharsets.UTF_8);
        String buildCommand = Document.README.nthBlockIn("sh", 0).get(0).text().trim();
        assertEquals("./mvnw verify", buildCommand);
        assertTrue(ci.lines().anyMatch(buildCommand::equals), ".ci/run does not run " + buildCommand);
    }

    @Test
    void dependencySnippets_nameTheLatestRelease() {
        String release = System.getProperty("httpstatus.api.baseline");
        assertTrue(Document.README.nthBlockIn("xml", 0).get(0).text()
                .contains("<artifactId>http-status-bom</artifactId>\n      <version>" + release + "</version>"));
        assertTrue(Document.README.nthBlockIn("kotlin", 0).get(0).text()
                .contains("platform(\"io.github.httpstatus:http-status-bom:" + release + "\")"));
    }

    @Test
    void runCommand_namesTheJarThisBuildMakes() {
        String runCommand = Document.README.nthBlockIn("sh", 1).get(0).text().trim();
        assertEquals("java -jar http-status-core/target/http-status-core-" + System.getProperty("project.version")
                + ".jar 404", runCommand);
    }
}
