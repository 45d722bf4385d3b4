package org.example.checks;

import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.example.compat.Phrases;

/** Prints compat-lib's phrases, which it looks up at run time. */
public class Main {
    public static void main(String[] args) throws Exception {
        List<String> lines = new ArrayList<>();
        for (int code : new int[] {200, 404, 503}) {
            lines.add(code + " " + Phrases.of(code));
        }
        Files.write(Paths.get(args[0]), lines);
    }
}
