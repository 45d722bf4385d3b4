package io.github.httpstatus.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A Markdown document of the project, and its fenced code blocks in order. */
record Document(Path file) {

    static final Path PROJECT_ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Document README = new Document(PROJECT_ROOT.resolve("README.md"));
    static final Document MIGRATING = new Document(PROJECT_ROOT.resolve("MIGRATING.md"));
    static final Document REFERENCE = new Document(PROJECT_ROOT.resolve("REFERENCE.md"));

    /** A fenced block: its language tag and its text, each line ending in a newline. */
    record Block(String language, String text) {
    }

    String text() {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Block> blocks() {
        List<String> lines = text().lines().toList();
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

    /** The {@code n}th block (from 0) in the given language, and the block after it. */
    List<Block> nthBlockIn(String language, int n) {
        List<Block> blocks = blocks();
        int seen = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).language().equals(language) && seen++ == n) {
                return blocks.subList(i, Math.min(i + 2, blocks.size()));
            }
        }
        throw new AssertionError(this + " has fewer than " + (n + 1) + " " + language + " blocks");
    }

    @Override
    public String toString() {
        return file.getFileName().toString();
    }
}
