package org.example.eco;

import io.undertow.server.HttpServerExchange;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpServerResponse;
import jakarta.ws.rs.core.Response;

/**
 * Handlers and client code on libraries whose runtimes this build does not start (a JAX-RS
 * implementation, Jetty's client, an Undertow or Vert.x server): compiled before and after the
 * migration, not run.
 */
class Elsewhere {

    static Response jaxRs(boolean found) {
        return found ? Response.ok().build() : Response.status(404, "no such order").build();
    }

    static boolean jaxRsCreated(Response response) {
        return response.getStatus() == 201;
    }

    static boolean jettyClientFound(org.eclipse.jetty.client.Response response) {
        return response.getStatus() != 404;
    }

    static void undertow(HttpServerExchange exchange) {
        if (exchange.getStatusCode() == 500) {
            exchange.setStatusCode(503);
        } else {
            exchange.setResponseCode(204);
        }
    }

    static void vertx(HttpServerResponse response, HttpClientResponse upstream) {
        if (upstream.statusCode() == 200) {
            response.setStatusCode(200).end();
        } else {
            response.setStatusCode(502).end();
        }
    }
}
