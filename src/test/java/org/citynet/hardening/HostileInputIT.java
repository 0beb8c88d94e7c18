package org.citynet.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.citynet.kernel.backup.StoreSnapshot;
import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.support.ServiceTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every case of the hostile corpus ({@code src/test/resources/hostile/cases.tsv}) against the whole service:
 * real TDB2, random port, writes enabled for a test user (HTTP Basic) and a test API token, so that broken
 * and oversized writes reach the write path itself. Each must get its 4xx as problem+json with a detail that
 * says what is wrong and shows no stack trace or Java class name, and leave the store as it was: the
 * generation after every case, and every graph, compared at the end.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputIT {

    static final String USER = "editor";
    static final String PASSWORD = "hostile-" + Long.toHexString(System.nanoTime());
    static final String TOKEN = "hostile-token-" + Long.toHexString(System.nanoTime());

    /** A Java class or package name (java.util.regex…, org.apache.jena…) or a stack frame. */
    private static final Pattern IMPLEMENTATION = Pattern.compile(
            "\\b(?:java|javax|jakarta|org|com|sun)\\.[a-z_]+\\.[A-Za-z_.]+|Exception\\b|\\tat |\\.java:\\d+");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ServiceTestSupport.register(registry);
        registry.add("citynet.security.users[0].name", () -> USER);
        registry.add("citynet.security.users[0].password", () -> "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD));
        registry.add("citynet.security.tokens[0].name", () -> "hostile");
        registry.add("citynet.security.tokens[0].sha256", () -> sha256(TOKEN));
        registry.add("citynet.security.max-write-size", () -> "64KB");
    }

    @Autowired
    KnowledgeStore store;

    @LocalServerPort
    int port;

    private StoreSnapshot before;
    private long generation;

    @BeforeAll
    void snapshot() {
        before = StoreSnapshot.of(store);
        generation = store.generation();
    }

    static List<HostileCase> cases() {
        return HostileCase.load();
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedClearlyAndChangesNothing(HostileCase hostile) throws IOException {
        RawHttp.Answer answer = RawHttp.send(port, hostile.method(), hostile.path(),
                headers(hostile), hostile.body());

        assertThat(answer.status()).as("%s: %s", hostile.name(), answer.body()).isEqualTo(hostile.status())
                .isBetween(400, 499);
        assertThat(answer.contentType()).as(hostile.name()).startsWith("application/problem+json");
        JsonObject problem = JSON.parse(answer.body());
        assertThat(problem.getNumber("status").intValue()).isEqualTo(hostile.status());
        String detail = problem.getString("detail");
        assertThat(detail).as(hostile.name()).isNotBlank();
        if (hostile.phrase() != null) {
            assertThat(detail).as(hostile.name()).containsIgnoringCase(hostile.phrase());
        }
        assertThat(IMPLEMENTATION.matcher(answer.body()).find()).as("%s shows its implementation: %s",
                hostile.name(), answer.body()).isFalse();
        assertThat(store.generation()).as("%s committed a write", hostile.name()).isEqualTo(generation);
    }

    @Test
    @Order(2)
    void theCorpusCoversEveryKindOfInput() {
        List<String> names = cases().stream().map(HostileCase::name).toList();
        assertThat(names).doesNotHaveDuplicates().hasSizeGreaterThan(60);
        for (String kind : List.of("sparql-", "named-", "api-", "compare-", "entity-", "gsp-", "update-")) {
            assertThat(names).as(kind).anyMatch(name -> name.startsWith(kind));
        }
        assertThat(cases()).as("authenticated writes").anyMatch(c -> !c.auth().equals("anon"));
    }

    @AfterAll
    void nothingChanged() {
        assertThat(store.generation()).isEqualTo(generation);
        StoreSnapshot.of(store).assertSameAs(before);
    }

    private static Map<String, String> headers(HostileCase hostile) {
        Map<String, String> headers = new LinkedHashMap<>();
        switch (hostile.auth()) {
            case "basic" -> headers.put("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
            case "bearer" -> headers.put("Authorization", "Bearer " + TOKEN);
            case "anon" -> { }
            default -> throw new IllegalArgumentException("auth: anon, basic or bearer, not " + hostile.auth());
        }
        headers.putAll(hostile.headers());
        return headers;
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
