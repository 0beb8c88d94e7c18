package org.citynet.web.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

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
 * Fair use on the whole service, turned on with small budgets against a query timeout of 1 s, so that the
 * numbers are certain whatever the machine's speed: a cross join runs until the timeout stops it and costs a
 * little over 1 s of store time. An address has 450 ms of store time a minute: one such query spends it and
 * ends at the largest debt, a minute's budget, so the address is refused for a minute (Retry-After 60 or
 * 61). A user or API token has 950 ms: one such query leaves a debt of a little over 50 ms, paid off in
 * seconds, so the test can wait for it. Requests: 400 a minute per address, 800 per user. Clients are told
 * apart by address: the test client is a trusted proxy (127.0.0.1 and ::1, localhost either way), so each
 * {@code X-Forwarded-For} address is a client of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RateLimitIT {

    private static final long ANONYMOUS_MS = 450;
    private static final long ANONYMOUS_REQUESTS = 400;
    private static final long AUTHENTICATED_MS = 950;
    private static final long AUTHENTICATED_REQUESTS = 800;
    private static final Duration TIMEOUT = Duration.ofSeconds(1);
    private static final String PASSWORD = WriteTestSupport.secret();
    private static final String TOKEN = WriteTestSupport.secret();
    private static final String OTHER_TOKEN = WriteTestSupport.secret();
    /** Sends the requests that fill the answer cache, so that the clients under test find it full. */
    private static final AtomicInteger WARM_UP = new AtomicInteger(1);

    /** A 4-way cross join of every triple: it runs until the timeout stops it (503), costing all of it. */
    private static final String HEAVY = "/sparql?query="
            + encode("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }");
    private static final String CHEAP = "/sparql?query=" + encode("SELECT ?city WHERE { ?city a"
            + " <https://w3id.org/citynet/ontology#City> } ORDER BY ?city LIMIT 5");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ServiceTestSupport.register(registry);
        registry.add("citynet.sparql.timeout", () -> TIMEOUT.toMillis() + "ms");
        registry.add("citynet.rate-limit.enabled", () -> "true");
        registry.add("citynet.rate-limit.anonymous.query-time", () -> ANONYMOUS_MS + "ms");
        registry.add("citynet.rate-limit.anonymous.requests", () -> ANONYMOUS_REQUESTS);
        registry.add("citynet.rate-limit.authenticated.query-time", () -> AUTHENTICATED_MS + "ms");
        registry.add("citynet.rate-limit.authenticated.requests", () -> AUTHENTICATED_REQUESTS);
        registry.add("citynet.rate-limit.trusted-proxies[0]", () -> "127.0.0.1");
        registry.add("citynet.rate-limit.trusted-proxies[1]", () -> "::1");
        registry.add("citynet.security.users[0].name", () -> "editor");
        registry.add("citynet.security.users[0].password", () -> "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD));
        registry.add("citynet.security.tokens[0].name", () -> "reader");
        registry.add("citynet.security.tokens[0].sha256", () -> WriteTestSupport.sha256Hex(TOKEN));
        registry.add("citynet.security.tokens[1].name", () -> "nightly");
        registry.add("citynet.security.tokens[1].sha256", () -> WriteTestSupport.sha256Hex(OTHER_TOKEN));
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aHarvestingLoopOfConditionalGetsAndCacheHitsIsNeverRefused() throws Exception {
        warmUp("/api/cities", CHEAP);
        String harvester = "203.0.113.30";
        HttpResponse<String> cities = get("/api/cities", harvester, null);
        assertThat(cities.statusCode()).isEqualTo(200);
        String etag = cities.headers().firstValue("ETag").orElseThrow();

        // 300 requests: two and a half times the 120 a minute that used to stop this loop at its 130th.
        HttpResponse<String> last = cities;
        for (int i = 1; i <= 150; i++) {
            HttpResponse<String> confirmed = get("/api/cities", harvester, null, "If-None-Match", etag);
            assertThat(confirmed.statusCode()).as("conditional GET %d", i).isEqualTo(304);
            assertConsistent(confirmed, ANONYMOUS_MS, ANONYMOUS_REQUESTS);
            last = get(CHEAP, harvester, null);
            assertThat(last.statusCode()).as("cache hit %d", i).isEqualTo(200);
            assertConsistent(last, ANONYMOUS_MS, ANONYMOUS_REQUESTS);
        }
        Map<String, Map<String, Long>> after = limit(last);
        assertThat(after.get("query-time").get("r")).as("the store time of 300 answers, computed, would be far"
                + " more than the 450 ms budget; from the cache it is next to nothing").isGreaterThan(400);
        assertThat(after.get("requests").get("r")).as("each counted against the ceiling")
                .isLessThan(ANONYMOUS_REQUESTS - 200);
    }

    @Test
    void aClientRunningExpensiveQueriesIsRefusedOnceItsBudgetIsSpentWhileOthersAreAnswered() throws Exception {
        warmUp(CHEAP);
        String expensive = "203.0.113.1";
        HttpResponse<String> stopped = get(HEAVY, expensive, null);
        assertThat(stopped.statusCode()).as("stopped by the timeout").isEqualTo(503);
        assertThat(assertConsistent(stopped, ANONYMOUS_MS, ANONYMOUS_REQUESTS).get("query-time").get("r"))
                .as("admitted with its whole budget").isEqualTo(ANONYMOUS_MS);

        HttpResponse<String> refused = get(HEAVY, expensive, null);
        long retryAfter = assertTooMany(refused, "query-time");
        // More than 1 s charged to a 450 ms budget: the debt stops at a minute's budget, paid off in a minute.
        assertThat(retryAfter).isBetween(60L, 61L);
        assertThat(JSON.parse(refused.body()).getString("detail")).contains("store time", "authenticate", "dump");

        assertThat(get("/api/themes", expensive, null).statusCode()).as("refused up front, whatever the path")
                .isEqualTo(429);
        HttpResponse<String> other = get(CHEAP, "203.0.113.2", null);
        assertThat(other.statusCode()).as("another client").isEqualTo(200);
        assertConsistent(other, ANONYMOUS_MS, ANONYMOUS_REQUESTS);
        assertThat(get("/actuator/health", expensive, null).statusCode()).as("probes are exempt").isEqualTo(200);
    }

    @Test
    void theBudgetRefillsAndTheClientIsAdmittedAgainAtRetryAfter() throws Exception {
        warmUp("/api/themes");
        String bearer = "Bearer " + OTHER_TOKEN;
        String address = "203.0.113.50";
        assertThat(get(HEAVY, address, bearer).statusCode()).isEqualTo(503);
        HttpResponse<String> refused = get("/api/themes", address, bearer);
        long refusedAt = System.nanoTime();
        long retryAfter = assertTooMany(refused, "query-time");
        // A little over 1 s charged to a 950 ms budget refilled at 950 ms a minute: a few seconds (50 ms over
        // is 3.2 s), more if the query overran its timeout; never more than a minute.
        assertThat(retryAfter).isBetween(1L, 61L);

        if (retryAfter >= 3) {
            sleepUntil(refusedAt, Duration.ofSeconds(retryAfter - 2));
            assertThat(get("/api/themes", address, bearer).statusCode()).as("not before Retry-After")
                    .isEqualTo(429);
        }
        sleepUntil(refusedAt, Duration.ofSeconds(retryAfter));
        HttpResponse<String> again = get("/api/themes", address, bearer);
        assertThat(again.statusCode()).as("the budget refilled by Retry-After").isEqualTo(200);
        long left = assertConsistent(again, AUTHENTICATED_MS, AUTHENTICATED_REQUESTS).get("query-time").get("r");

        Thread.sleep(3_000);
        long later = limit(get("/api/themes", address, bearer)).get("query-time").get("r");
        // 950 ms a minute is about 16 ms a second, continuously.
        assertThat(later - left).as("refilled in 3 s").isBetween(40L, 70L);
    }

    @Test
    void floodsOfCheapRequestsMeetTheCeiling() throws Exception {
        warmUp("/api/themes");
        String flood = "203.0.113.40";
        long start = System.nanoTime();
        int admitted = 0;
        HttpResponse<String> refused = get("/api/themes", flood, null);
        while (refused.statusCode() == 200 && admitted < 2_000) {
            admitted++;
            refused = get("/api/themes", flood, null);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // The ceiling refills continuously too, at 400 a minute, while the loop runs.
        assertThat(admitted).isBetween((int) ANONYMOUS_REQUESTS, (int) (ANONYMOUS_REQUESTS + seconds * 400 / 60 + 1));
        long retryAfter = assertTooMany(refused, "requests");
        assertThat(retryAfter).as("one request refills in 60 / 400 s").isEqualTo(1);
        assertThat(JSON.parse(refused.body()).getString("detail")).contains("400 requests");
    }

    @Test
    void anAuthenticatedClientHasItsOwnLargerBudgetWhereverItComesFrom() throws Exception {
        warmUp("/api/themes");
        exhaust("203.0.113.10");
        String bearer = "Bearer " + TOKEN;
        HttpResponse<String> verified = get("/api/themes", "203.0.113.11", bearer);
        assertThat(verified.statusCode()).isEqualTo(200);
        assertConsistent(verified, AUTHENTICATED_MS, AUTHENTICATED_REQUESTS);
        assertThat(get(HEAVY, "203.0.113.10", bearer).statusCode()).as("the user's, not the spent address's")
                .isEqualTo(503);
        for (String address : List.of("203.0.113.10", "203.0.113.11", "203.0.113.12")) {
            HttpResponse<String> refused = get("/api/themes", address, bearer);
            assertTooMany(refused, "query-time");
            assertThat(JSON.parse(refused.body()).getString("detail")).as(address).contains("This user")
                    .doesNotContain("authenticate");
        }

        String basic = "Basic " + Base64.getEncoder().encodeToString(("editor:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        assertThat(get("/api/themes", "203.0.113.10", basic).statusCode())
                .as("credentials not yet verified are admitted as the address first").isEqualTo(429);
        HttpResponse<String> editor = get("/api/themes", "203.0.113.13", basic);
        assertThat(editor.statusCode()).as("verified from a fresh address").isEqualTo(200);
        assertConsistent(editor, AUTHENTICATED_MS, AUTHENTICATED_REQUESTS);
        assertThat(get("/api/themes", "203.0.113.10", basic).statusCode())
                .as("the user is now known, and another client than its address").isEqualTo(200);
    }

    @Test
    void wrongCredentialsAreCountedAsTheAddress() throws Exception {
        warmUp("/api/themes");
        String wrong = "Basic " + Base64.getEncoder().encodeToString("editor:wrong".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> read = get("/api/themes", "203.0.113.20", wrong);
        assertThat(read.statusCode()).as("a read with wrong credentials is still a read").isEqualTo(200);
        assertConsistent(read, ANONYMOUS_MS, ANONYMOUS_REQUESTS);
        exhaust("203.0.113.20", wrong);
        assertTooMany(get("/api/themes", "203.0.113.20", wrong), "query-time");
        assertTooMany(get("/api/themes", "203.0.113.20", "Bearer not-a-token"), "query-time");
    }

    @Test
    void aForgedForwardedForBehindTheTrustedProxyDoesNotMakeANewClient() throws Exception {
        exhaust("198.51.100.7");
        // A client writes its own X-Forwarded-For; the proxy appends the address it saw. The rightmost
        // address that is not a trusted proxy is the client.
        assertThat(get("/api/themes", "192.0.2.99, 198.51.100.7", null).statusCode()).isEqualTo(429);
    }

    /** Fills the answer cache with these answers, each from an address of its own. */
    private void warmUp(String... paths) throws Exception {
        for (String path : paths) {
            assertThat(get(path, "192.0.2." + WARM_UP.getAndIncrement(), null).statusCode()).as(path)
                    .isEqualTo(200);
        }
    }

    private void exhaust(String address) throws Exception {
        exhaust(address, null);
    }

    /** An expensive query, which spends an address's whole budget: refused for a minute after it. */
    private void exhaust(String address, String authorization) throws Exception {
        assertThat(get(HEAVY, address, authorization).statusCode()).isEqualTo(503);
        assertThat(get("/api/themes", address, authorization).statusCode()).isEqualTo(429);
    }

    /**
     * The RateLimit fields of an admitted request: both quotas, as configured, a minute's window, what is left
     * within the quota and a reset within the window. Returns what is left.
     */
    private static Map<String, Map<String, Long>> assertConsistent(HttpResponse<String> response, long quotaMs,
                                                                   long quotaRequests) {
        Map<String, Map<String, Long>> policy = items(response, "RateLimit-Policy");
        assertThat(policy).containsOnlyKeys("query-time", "requests");
        assertThat(policy.get("query-time")).containsEntry("q", quotaMs).containsEntry("w", 60L);
        assertThat(policy.get("requests")).containsEntry("q", quotaRequests).containsEntry("w", 60L);
        assertThat(response.headers().firstValue("RateLimit-Policy").orElseThrow()).contains("qu=\"ms\"");
        Map<String, Map<String, Long>> limit = limit(response);
        assertThat(limit).containsOnlyKeys("query-time", "requests");
        limit.forEach((name, state) -> {
            assertThat(state.get("r")).as(name).isBetween(0L, policy.get(name).get("q"));
            assertThat(state.get("t")).as(name).isBetween(0L, 120L);
        });
        return limit;
    }

    /** A 429 refused by {@code policy}: problem+json, Retry-After equal to the policy's reset, r=0. */
    private static long assertTooMany(HttpResponse<String> response, String policy) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(429);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        long retryAfter = Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 61L);
        JsonObject problem = JSON.parse(response.body());
        assertThat(problem.getString("type")).isEqualTo("https://w3id.org/citynet/problems/rate-limited");
        assertThat(problem.getNumber("retryAfter").longValue()).isEqualTo(retryAfter);
        assertThat(problem.get("violated-policies").getAsArray().stream().map(v -> v.getAsString().value()))
                .containsExactly(policy);
        Map<String, Map<String, Long>> limit = limit(response);
        assertThat(limit).containsOnlyKeys(policy);
        assertThat(limit.get(policy)).containsEntry("r", 0L).containsEntry("t", retryAfter);
        assertThat(items(response, "RateLimit-Policy")).containsKeys("query-time", "requests");
        return retryAfter;
    }

    private static Map<String, Map<String, Long>> limit(HttpResponse<String> response) {
        return items(response, "RateLimit");
    }

    /** A Structured Field list of {@code "name";key=integer;...} items (string parameters left out). */
    private static Map<String, Map<String, Long>> items(HttpResponse<String> response, String field) {
        String value = response.headers().firstValue(field).orElseThrow(() -> new AssertionError("no " + field));
        Map<String, Map<String, Long>> items = new LinkedHashMap<>();
        for (String item : value.split(",\\s*")) {
            List<String> parts = List.of(item.strip().split(";"));
            assertThat(parts.get(0)).as(value).matches("\"[a-z-]+\"");
            Map<String, Long> parameters = new LinkedHashMap<>();
            parts.stream().skip(1).map(p -> p.split("=", 2)).filter(p -> !p[1].startsWith("\""))
                    .forEach(p -> parameters.put(p[0], Long.parseLong(p[1])));
            items.put(parts.get(0).replace("\"", ""), parameters);
        }
        return items;
    }

    private static void sleepUntil(long startNanos, Duration after) throws InterruptedException {
        long left = startNanos + after.toNanos() - System.nanoTime();
        if (left > 0) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    }

    private HttpResponse<String> get(String path, String forwardedFor, String authorization, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-Forwarded-For", forwardedFor);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }
}
