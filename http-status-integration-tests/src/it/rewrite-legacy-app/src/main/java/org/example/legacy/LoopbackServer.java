package org.example.legacy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;

/** A server on the loopback address that answers /NNN with status NNN, for the clients to read. */
class LoopbackServer implements AutoCloseable {

    private final HttpServer server;

    LoopbackServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            int wanted = Integer.parseInt(exchange.getRequestURI().getPath().substring(1));
            if (wanted == 204) {
                exchange.sendResponseHeaders(204, -1);
            } else if (wanted == 304) {
                exchange.sendResponseHeaders(304, -1);
            } else {
                exchange.sendResponseHeaders(wanted, -1);
            }
            exchange.close();
        });
        server.start();
    }

    URI uri(int code) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + code);
    }

    URL url(int code) throws IOException {
        return uri(code).toURL();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
