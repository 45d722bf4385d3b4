package org.example.app;

import java.net.HttpURLConnection;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.example.statuses.Statuses;

/** Prints what the library says of a few statuses, and whether any of http-status is there to run. */
public class Main {
    public static void main(String[] args) throws Exception {
        List<String> lines = new ArrayList<>();
        for (int code : new int[] {200, 404, 418, 503}) {
            lines.add(code + " " + Statuses.describe(code) + (code == HttpURLConnection.HTTP_NOT_FOUND ? " (retry elsewhere)" : ""));
        }
        lines.add("http-status module at run time: " + ModuleLayer.boot().findModule("io.github.httpstatus.client").isPresent()
                + ", class: " + loadable("io.github.httpstatus.client.HttpStatusCodes")
                + ", core: " + loadable("io.github.httpstatus.HttpStatus"));
        Files.write(Paths.get(args[0]), lines);
    }

    private static boolean loadable(String className) {
        try {
            Class.forName(className);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
