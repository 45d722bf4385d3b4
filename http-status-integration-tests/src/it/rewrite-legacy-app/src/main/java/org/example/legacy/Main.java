package org.example.legacy;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Writes what each part of the application decides for a range of codes to the file named. */
public class Main {

    static final int[] CODES = {200, 201, 204, 301, 302, 304, 400, 401, 403, 404, 410, 413, 418, 419, 420, 422,
        429, 499, 500, 502, 503, 599};

    public static void main(String[] args) throws Exception {
        try (PrintStream report = new PrintStream(args[0], StandardCharsets.UTF_8);
                LoopbackServer server = new LoopbackServer()) {
            for (int code : CODES) {
                report.println(code
                        + " | url: " + Clients.withUrlConnection(server.url(code))
                        + " | http: " + Clients.withHttpClient(server.uri(code))
                        + " | jakarta: " + Servlets.jakarta(code)
                        + " | javax: " + Servlets.javax(code)
                        + " | core5: " + Apache.core5(code)
                        + " | core4: " + Apache.core4(code)
                        + " | own: " + Legacy.ownConstants(code)
                        + " | shadowed: " + Shadowing.result(code)
                        + " | own class: " + OwnCodes.describe(code));
            }
        }
    }
}
