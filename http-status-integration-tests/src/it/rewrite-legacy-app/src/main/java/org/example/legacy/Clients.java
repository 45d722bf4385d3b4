package org.example.legacy;

import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

class Clients {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    static String withUrlConnection(URL url) throws Exception {
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        connection.setInstanceFollowRedirects(false);
        try {
            int status = connection.getResponseCode();
            if (status == HttpURLConnection.HTTP_OK || status == HttpURLConnection.HTTP_CREATED) {
                return "success";
            }
            if (status == 304) {
                return "cached";
            }
            switch (connection.getResponseCode()) {
                case HttpURLConnection.HTTP_MOVED_PERM:
                case HttpURLConnection.HTTP_MOVED_TEMP:
                    return "redirect";
                case HttpURLConnection.HTTP_NOT_FOUND:
                case 410:
                    return "missing";
                case HttpURLConnection.HTTP_ENTITY_TOO_LARGE:
                    return "too large";
                default:
                    return status >= HttpURLConnection.HTTP_INTERNAL_ERROR ? "server failed" : "other";
            }
        } finally {
            connection.disconnect();
        }
    }

    static String withHttpClient(URI uri) throws Exception {
        HttpResponse<Void> response =
                HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding());
        switch (response.statusCode()) {
            case 200:
            case 204:
                return "fine";
            case 429:
                return "slow down";
            case 503:
                return "retry later";
            case 499:
                return "nginx says the client left";
            default:
                return response.statusCode() != 404 ? "other" : "missing";
        }
    }
}
