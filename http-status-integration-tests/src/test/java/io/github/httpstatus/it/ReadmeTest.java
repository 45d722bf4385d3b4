package io.github.httpstatus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.httpstatus.HttpStatus;
import io.github.httpstatus.VendorCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The reference's tables and the README's commands are those of this build. */
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
        List<String> actual = row.matcher(Document.REFERENCE.text()).results()
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
    void runCommand_namesTheJarThisBuildMakes() {
        String runCommand = Document.README.nthBlockIn("sh", 1).get(0).text().trim();
        assertEquals("java -jar http-status-core/target/http-status-core-" + System.getProperty("project.version")
                + ".jar 404", runCommand);
    }

    @Test
    void vendorTable_listsEveryVendorCodeWithItsSourceLinkPhraseAndNote() {
        Pattern row = Pattern.compile("^\\| `(\\d{3})` \\| \\[([^]]+)\\]\\(([^)]+)\\) \\| ([^|]+) \\| ([^|]*) \\|$", Pattern.MULTILINE);
        List<String> expected = VendorCode.all().stream()
                .map(use -> use.value() + " " + use.source() + " " + use.documentation() + " " + use.phrase() + " "
                        + use.note().orElse(""))
                .collect(Collectors.toList());
        List<String> actual = row.matcher(Document.REFERENCE.text()).results()
                .map(m -> m.group(1) + " " + m.group(2) + " " + m.group(3) + " " + m.group(4) + " " + m.group(5).trim())
                .collect(Collectors.toList());
        assertEquals(expected, actual);
    }

    /** The shortest way to the command line builds the jar the run command names, and no test. */
    @Test
    void quickBuildCommand_buildsTheCoreJarAlone() {
        assertEquals("./mvnw package -pl http-status-core -am -Dmaven.test.skip=true",
                Document.README.nthBlockIn("sh", 2).get(0).text().trim());
    }
}
