package org.citynet.web.system.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;

/**
 * A plain HTTP client for write tests: one request, any method, body and credentials, over real HTTP,
 * never following redirects (a login redirect must show as what it is). Test helper.
 */
final class WriteHttp {

    /** What a request carries to authenticate. */
    record Credentials(String description, String authorization) {

        static final Credentials NONE = new Credentials("anonymous", null);

        static Credentials basic(String user, String password) {
            return new Credentials("Basic " + user, "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }

        static Credentials bearer(String description, String token) {
            return new Credentials(description, "Bearer " + token);
        }

        @Override
        public String toString() {
            return description;
        }
    }

    HttpResponse<String> send(String method, URI uri, String contentType, String body, Credentials credentials,
                              String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (credentials.authorization() != null) {
            request.header("Authorization", credentials.authorization());
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        // A client per request: Jetty (the embedded Fuseki) may close a connection after refusing a request
        // whose body it did not read, and a pooled connection reused at that moment fails with no answer.
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(URI uri, String accept) {
        return send("GET", uri, null, null, Credentials.NONE, "Accept", accept);
    }

    static JsonObject json(HttpResponse<String> response) {
        return JSON.parse(response.body());
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
