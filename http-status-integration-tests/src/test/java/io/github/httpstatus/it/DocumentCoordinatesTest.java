package io.github.httpstatus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every coordinate of ours that a document prints resolves after the README's set-up: nothing is on
 * Maven Central yet, so each names a module that {@code ./mvnw install} installs, at the version it
 * installs, and the document says so at that spot (in the same section, before a coordinate that
 * names the version).
 */
class DocumentCoordinatesTest {

    private static final List<Document> DOCUMENTS = List.of(Document.README, Document.MIGRATING, Document.REFERENCE);
    private static final String INSTALL = "./mvnw install";
    /** {@code <groupId>io.github.httpstatus</groupId><artifactId>A</artifactId>[<version>V</version>]} */
    private static final Pattern XML = Pattern.compile(
            "<groupId>io\\.github\\.httpstatus</groupId>\\s*<artifactId>([\\w-]+)</artifactId>(?:\\s*<version>([^<]+)</version>)?");
    /** {@code io.github.httpstatus:A[:V]}, as Gradle and OpenRewrite's Maven plugin write it. */
    private static final Pattern COLON = Pattern.compile("io\\.github\\.httpstatus:([\\w-]+)(?::([\\w.-]+))?");

    private record Coordinate(Document document, int at, String artifactId, String version) {
        @Override
        public String toString() {
            return document + ": io.github.httpstatus:" + artifactId + ":" + version;
        }
    }

    private static List<Coordinate> coordinates() {
        List<Coordinate> coordinates = new ArrayList<>();
        for (Document document : DOCUMENTS) {
            String text = document.text();
            for (Pattern pattern : List.of(XML, COLON)) {
                Matcher found = pattern.matcher(text);
                while (found.find()) {
                    coordinates.add(new Coordinate(document, found.start(), found.group(1), found.group(2)));
                }
            }
        }
        return coordinates;
    }

    @Test
    void everyCoordinate_isAModuleThatInstallDeploys_atTheVersionItInstalls() throws IOException {
        List<Coordinate> coordinates = coordinates();
        assertTrue(coordinates.size() >= 8, "the documents' coordinates were not found: " + coordinates);
        for (Coordinate coordinate : coordinates) {
            Path pom = Document.PROJECT_ROOT.resolve(coordinate.artifactId()).resolve("pom.xml");
            assertTrue(Files.exists(pom), coordinate + " names no module of this build");
            assertFalse(Files.readString(pom).contains("<maven.install.skip>true</maven.install.skip>"),
                    coordinate + " names a module that is never installed");
            if (coordinate.version() != null) {
                assertEquals(System.getProperty("project.version"), coordinate.version(), coordinate.toString());
            }
        }
    }

    /** A coordinate without a version takes it from the BOM or the recipe, which name one themselves. */
    @Test
    void everyVersionedCoordinate_isPrecededInItsSectionBySayingToInstall() {
        for (Coordinate coordinate : coordinates()) {
            if (coordinate.version() == null) {
                continue;
            }
            String text = coordinate.document().text();
            int section = text.lastIndexOf("\n#", coordinate.at());
            assertTrue(text.substring(Math.max(section, 0), coordinate.at()).contains(INSTALL),
                    coordinate + " does not say, in its section, to run " + INSTALL + " first");
        }
    }
}
