package org.citynet.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * HTTP to a service under test that has one configured user, for tests that check what a committed write
 * changes (caches, indexes): the user's settings with a password made fresh for the run, plain requests and
 * that user's SPARQL updates to {@code /sparql}. One per test class, created before its Spring context.
 */
public final class EditorClient {

    private static final String USER = "editor";

    private final String password = secret();
    private final HttpClient http = HttpClient.newHttpClient();
    private int port;

    /** The user, its password as a BCrypt hash (cost 4, the least BCrypt has), and the store settings. */
    public void register(DynamicPropertyRegistry registry) {
        ServiceTestSupport.register(registry);
        registry.add("citynet.security.users[0].name", () -> USER);
        registry.add("citynet.security.users[0].password",
                () -> "{bcrypt}" + new BCryptPasswordEncoder(4).encode(password));
    }

    /** The service's port, known once its context runs. */
    public EditorClient on(int port) {
        this.port = port;
        return this;
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A SPARQL update as the user; 204 when committed. */
    public HttpResponse<String> update(String update) {
        String basic = Base64.getEncoder().encodeToString((USER + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(url("/sparql")))
                .header("Content-Type", "application/sparql-update").header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString(update)).build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String secret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
