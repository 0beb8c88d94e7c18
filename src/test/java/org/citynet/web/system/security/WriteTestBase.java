package org.citynet.web.system.security;

import java.net.URI;
import java.net.http.HttpResponse;

import org.citynet.kernel.backup.StoreSnapshot;
import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.support.ServiceTestSupport;
import org.citynet.web.sparql.EmbeddedFuseki;
import org.citynet.web.system.security.WriteHttp.Credentials;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service with writes on, on a random port with a real TDB2 directory and the embedded Fuseki:
 * one user (password as a BCrypt hash) and one API token (as its SHA-256), both made fresh for the run.
 * Shared by the write integration tests (one Spring context for all of them).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class WriteTestBase {

    static final String EDITOR = "editor";
    static final String PASSWORD = WriteTestSupport.secret();
    static final String TOKEN = WriteTestSupport.secret();
    static final int MAX_WRITE_BYTES = 64 * 1024;

    static final Credentials BASIC = Credentials.basic(EDITOR, PASSWORD);
    static final Credentials BEARER = Credentials.bearer("Bearer token", TOKEN);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ServiceTestSupport.register(registry);
        registry.add("citynet.security.users[0].name", () -> EDITOR);
        // Cost 4, the least BCrypt has: the tests check BCrypt, not its cost.
        registry.add("citynet.security.users[0].password",
                () -> "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD));
        registry.add("citynet.security.tokens[0].name", () -> "ci");
        registry.add("citynet.security.tokens[0].sha256", () -> WriteTestSupport.sha256Hex(TOKEN));
        registry.add("citynet.security.max-write-size", () -> MAX_WRITE_BYTES + "B");
    }

    @Autowired
    KnowledgeStore store;

    @Autowired
    EmbeddedFuseki fuseki;

    @LocalServerPort
    int port;

    final WriteHttp http = new WriteHttp();

    String service() {
        return "http://localhost:" + port;
    }

    URI service(String path) {
        return URI.create(service() + path);
    }

    StoreSnapshot snapshot() {
        return StoreSnapshot.of(store);
    }

    /** Sends {@code turtle} into {@code graph} the way {@code path} carries a change. */
    HttpResponse<String> write(WritePath path, String graph, String turtle, Credentials credentials,
                               String... headers) {
        String base = path.onService() ? service() : fuseki.datasetUrl();
        return http.send(path.method(), path.uri(base, graph), path.contentType(),
                path.body(graph, WriteTestSupport.PREFIXES, turtle), credentials, headers);
    }

    HttpResponse<String> update(String update, Credentials credentials, String... headers) {
        return http.send("POST", service("/sparql"), "application/sparql-update", WriteTestSupport.PREFIXES + update,
                credentials, headers);
    }

    HttpResponse<String> graphStore(String method, String graphQuery, String contentType, String body,
                                    Credentials credentials) {
        return http.send(method, service("/sparql/graph?" + graphQuery), contentType, body, credentials);
    }
}
