package io.github.httpstatus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The fenced code blocks of the project's README, in order. */
final class Readme {

    static final Path PROJECT_ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path FILE = PROJECT_ROOT.resolve("README.md");

    /** A fenced block: its language tag and its text, each line ending in a newline. */
    record Block(String language, String text) {
    }

    private Readme() {
    }

    static List<Block> blocks() {
        List<String> lines;
        try {
            lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("```")) {
                String language = lines.get(i).substring(3).trim();
                StringBuilder text = new StringBuilder();
                for (i++; !lines.get(i).startsWith("```"); i++) {
                    text.append(lines.get(i)).append('\n');
                }
                blocks.add(new Block(language, text.toString()));
            }
        }
        return blocks;
    }

    static String text() {
        try {
            return Files.readString(FILE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
