package org.citynet.web.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.citynet.support.ServiceTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The rate limit on the whole service, turned on with small allowances that do not refill during the test
 * (5 per address, 15 per user or token, one more per hour). Clients are told apart by address: the test
 * client is a trusted proxy (127.0.0.1 and ::1, localhost either way), so each {@code X-Forwarded-For} address is a client of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RateLimitIT {

    private static final int ANONYMOUS = 5;
    private static final int AUTHENTICATED = 15;
    private static final String PASSWORD = WriteTestSupport.secret();
    private static final String TOKEN = WriteTestSupport.secret();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ServiceTestSupport.register(registry);
        registry.add("citynet.rate-limit.enabled", () -> "true");
        registry.add("citynet.rate-limit.anonymous.capacity", () -> ANONYMOUS);
        registry.add("citynet.rate-limit.anonymous.refill", () -> 1);
        registry.add("citynet.rate-limit.anonymous.period", () -> "1h");
        registry.add("citynet.rate-limit.authenticated.capacity", () -> AUTHENTICATED);
        registry.add("citynet.rate-limit.authenticated.refill", () -> 1);
        registry.add("citynet.rate-limit.authenticated.period", () -> "1h");
        registry.add("citynet.rate-limit.trusted-proxies[0]", () -> "127.0.0.1");
        registry.add("citynet.rate-limit.trusted-proxies[1]", () -> "::1");
        registry.add("citynet.security.users[0].name", () -> "editor");
        registry.add("citynet.security.users[0].password", () -> "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD));
        registry.add("citynet.security.tokens[0].name", () -> "reader");
        registry.add("citynet.security.tokens[0].sha256", () -> WriteTestSupport.sha256Hex(TOKEN));
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anAddressGets429AfterItsAllowanceWithRetryAfterAndOthersAreUnaffected() throws Exception {
        for (int i = 1; i <= ANONYMOUS; i++) {
            HttpResponse<String> ok = get("/api/themes", "203.0.113.1", null);
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.headers().firstValue("RateLimit-Limit")).contains(Integer.toString(ANONYMOUS));
            assertThat(ok.headers().firstValue("RateLimit-Remaining")).contains(Integer.toString(ANONYMOUS - i));
        }
        HttpResponse<String> refused = get("/api/themes", "203.0.113.1", null);
        assertTooMany(refused, 3600);
        assertThat(JSON.parse(refused.body()).getString("detail")).contains("authenticate");

        assertThat(get("/sparql?query=ASK%7B%7D", "203.0.113.1", null).statusCode()).as("every path counts")
                .isEqualTo(429);
        assertThat(get("/api/themes", "203.0.113.2", null).statusCode()).as("another address").isEqualTo(200);
        assertThat(get("/actuator/health", "203.0.113.1", null).statusCode()).as("probes are exempt").isEqualTo(200);
    }

    @Test
    void anAuthenticatedClientHasItsOwnLargerAllowanceWhereverItComesFrom() throws Exception {
        exhaust("203.0.113.10");
        String bearer = "Bearer " + TOKEN;
        for (int i = 1; i <= AUTHENTICATED; i++) {
            HttpResponse<String> ok = get("/api/themes", i % 2 == 0 ? "203.0.113.10" : "203.0.113.11", bearer);
            assertThat(ok.statusCode()).as("request %d", i).isEqualTo(200);
            assertThat(ok.headers().firstValue("RateLimit-Limit")).contains(Integer.toString(AUTHENTICATED));
        }
        HttpResponse<String> refused = get("/api/themes", "203.0.113.12", bearer);
        assertTooMany(refused, 3600);
        assertThat(JSON.parse(refused.body()).getString("detail")).contains("user");

        String basic = "Basic " + Base64.getEncoder().encodeToString(("editor:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        assertThat(get("/api/themes", "203.0.113.10", basic).statusCode())
                .as("credentials not yet verified are charged to the address first").isEqualTo(429);
        assertThat(get("/api/themes", "203.0.113.13", basic).statusCode()).as("verified from a fresh address")
                .isEqualTo(200);
        assertThat(get("/api/themes", "203.0.113.10", basic).statusCode())
                .as("the user is now known, and another client than its address").isEqualTo(200);
    }

    @Test
    void wrongCredentialsAreCountedAsTheAddress() throws Exception {
        String wrong = "Basic " + Base64.getEncoder().encodeToString("editor:wrong".getBytes(StandardCharsets.UTF_8));
        for (int i = 1; i <= ANONYMOUS; i++) {
            HttpResponse<String> read = get("/api/themes", "203.0.113.20", wrong);
            assertThat(read.statusCode()).as("a read with wrong credentials is still a read").isEqualTo(200);
            assertThat(read.headers().firstValue("RateLimit-Limit")).contains(Integer.toString(ANONYMOUS));
        }
        assertTooMany(get("/api/themes", "203.0.113.20", wrong), 3600);
        assertTooMany(get("/api/themes", "203.0.113.20", "Bearer not-a-token"), 3600);
    }

    @Test
    void aForgedForwardedForBehindTheTrustedProxyDoesNotMakeANewClient() throws Exception {
        exhaust("198.51.100.7");
        // A client writes its own X-Forwarded-For; the proxy appends the address it saw. The rightmost
        // address that is not a trusted proxy is the client.
        assertThat(get("/api/themes", "192.0.2.99, 198.51.100.7", null).statusCode()).isEqualTo(429);
    }

    private void exhaust(String address) throws Exception {
        for (int i = 0; i < ANONYMOUS; i++) {
            get("/api/themes", address, null);
        }
        assertThat(get("/api/themes", address, null).statusCode()).isEqualTo(429);
    }

    private static void assertTooMany(HttpResponse<String> response, long maxRetryAfter) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(429);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        long retryAfter = Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, maxRetryAfter);
        JsonObject problem = JSON.parse(response.body());
        assertThat(problem.getString("type")).isEqualTo("https://w3id.org/citynet/problems/rate-limited");
        assertThat(problem.getNumber("retryAfter").longValue()).isEqualTo(retryAfter);
        assertThat(response.headers().firstValue("RateLimit-Remaining")).contains("0");
    }

    private HttpResponse<String> get(String path, String forwardedFor, String authorization)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-Forwarded-For", forwardedFor);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
