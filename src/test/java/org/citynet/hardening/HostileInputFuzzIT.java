package org.citynet.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.citynet.kernel.backup.StoreSnapshot;
import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.support.ServiceTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A fuzz test over real HTTP: {@value #DEFAULT_TRIES} generated malformed or odd requests by default
 * ({@code -Dcitynet.fuzz.tries=N} for more) thrown at {@code /sparql} (GET, form and body), at every named
 * query with wrong parameters, and at entity and graph pages with odd paths and Accept headers (see
 * {@link FuzzInputs}). The property: no answer is a 5xx, every 4xx is problem+json (or, for a client that
 * asks for HTML, an HTML page) without a trace of the implementation, and the store is unchanged at the end (generation and every graph). The inputs come from
 * one seed, printed with any failure; {@code -Dcitynet.fuzz.seed=…} repeats a run exactly.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileInputFuzzIT {

    static final int DEFAULT_TRIES = 1200;
    private static final Pattern IMPLEMENTATION = Pattern.compile(
            "\\b(?:java|javax|jakarta|org|com|sun)\\.[a-z_]+\\.[A-Za-z_.]+|Exception\\b|\\tat |\\.java:\\d+");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ServiceTestSupport.register(registry);
    }

    @Autowired
    KnowledgeStore store;

    @LocalServerPort
    int port;

    @Test
    void noGeneratedInputGetsA5xxOrChangesTheStore() throws IOException {
        long seed = Long.getLong("citynet.fuzz.seed", System.nanoTime());
        int tries = Integer.getInteger("citynet.fuzz.tries", DEFAULT_TRIES);
        FuzzInputs inputs = new FuzzInputs(seed);
        Map<String, List<String>> namedQueries = namedQueries();
        StoreSnapshot before = StoreSnapshot.of(store);
        long generation = store.generation();

        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < tries; i++) {
            Request request = switch (i % 3) {
                case 0 -> sparql(inputs);
                case 1 -> namedQuery(inputs, namedQueries);
                default -> entity(inputs);
            };
            String number = "#" + i + " ";
            RawHttp.Answer answer;
            try {
                answer = RawHttp.send(port, request.method(), request.path(), request.headers(), request.body());
            } catch (java.net.SocketTimeoutException e) {
                failures.add(number + "no answer within " + RawHttp.READ_TIMEOUT + " for " + request.describe());
                continue;
            }
            statuses.merge(answer.status(), 1, Integer::sum);
            check(answer, request.wantsHtml()).ifPresent(problem -> failures.add(number + problem + " for "
                    + request.describe()));
        }
        System.out.printf("HostileInputFuzzIT: %d requests, seed %d, statuses %s%n", tries, seed, statuses);
        failures.forEach(failure -> System.out.println("HostileInputFuzzIT failure " + failure));

        assertThat(failures).as("seed %d (repeat with -Dcitynet.fuzz.seed=%d)", seed, seed)
                .isEmpty();
        assertThat(store.generation()).isEqualTo(generation);
        StoreSnapshot.of(store).assertSameAs(before);
    }

    /** What is wrong with an answer, if anything. */
    private static java.util.Optional<String> check(RawHttp.Answer answer, boolean wantsHtml) {
        if (answer.status() >= 500) {
            return java.util.Optional.of(answer.status() + " " + abbreviate(answer.body()));
        }
        if (answer.status() >= 400) {
            boolean htmlPage = wantsHtml && answer.contentType() != null && answer.contentType().startsWith("text/html");
            if (!htmlPage && (answer.contentType() == null
                    || !answer.contentType().startsWith("application/problem+json"))) {
                return java.util.Optional.of(answer.status() + " as " + answer.contentType());
            }
            if (IMPLEMENTATION.matcher(answer.body()).find()) {
                return java.util.Optional.of(answer.status() + " shows its implementation: " + abbreviate(answer.body()));
            }
        }
        return java.util.Optional.empty();
    }

    private Request sparql(FuzzInputs inputs) {
        String query = inputs.sparql();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", inputs.accept());
        return switch (inputs.nextInt(3)) {
            case 0 -> new Request("GET", "/sparql?query=" + inputs.urlValue(query), headers, null);
            case 1 -> {
                headers.put("Content-Type", "application/x-www-form-urlencoded");
                yield new Request("POST", "/sparql", headers, ("query=" + inputs.urlValue(query))
                        .getBytes(StandardCharsets.UTF_8));
            }
            default -> {
                headers.put("Content-Type", "application/sparql-query");
                yield new Request("POST", "/sparql", headers, query.getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    private Request namedQuery(FuzzInputs inputs, Map<String, List<String>> namedQueries) {
        List<String> names = new ArrayList<>(namedQueries.keySet());
        String name = inputs.nextInt(10) == 0 ? inputs.urlValue(inputs.parameterValue()) : inputs.pick(names);
        List<String> parameters = new ArrayList<>(namedQueries.getOrDefault(name, List.of()));
        parameters.addAll(List.of("page", "pageSize", "lang", "x"));
        StringBuilder path = new StringBuilder("/api/queries/" + name + "?");
        int count = 1 + inputs.nextInt(3);
        for (int i = 0; i < count; i++) {
            path.append(i == 0 ? "" : "&").append(inputs.pick(parameters)).append('=')
                    .append(inputs.urlValue(inputs.parameterValue()));
        }
        return new Request("GET", path.toString(), Map.of("Accept", inputs.accept()), null);
    }

    private Request entity(FuzzInputs inputs) {
        return new Request("GET", inputs.entityPath(), Map.of("Accept", inputs.accept()), null);
    }

    /** Every named query and its parameters, from the service's own list. */
    private Map<String, List<String>> namedQueries() throws IOException {
        RawHttp.Answer list = RawHttp.send(port, "GET", "/api/queries", Map.of("Accept", "application/json"), null);
        assertThat(list.status()).isEqualTo(200);
        Map<String, List<String>> queries = new LinkedHashMap<>();
        JsonArray all = JSON.parseAny(list.body()).getAsArray();
        for (JsonValue value : all) {
            JsonObject query = value.getAsObject();
            List<String> parameters = new ArrayList<>();
            if (query.hasKey("parameters")) {
                query.get("parameters").getAsArray().forEach(p -> parameters.add(p.getAsObject().getString("name")));
            }
            queries.put(query.getString("name"), parameters);
        }
        assertThat(queries).hasSizeGreaterThan(20);
        return queries;
    }

    /** Short, and printable: control and non-ASCII characters as \\uXXXX. */
    private static String abbreviate(String text) {
        String shown = text.length() > 300 ? text.substring(0, 300) + "…" : text;
        StringBuilder out = new StringBuilder();
        shown.chars().forEach(c -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.toString();
    }

    /** One generated request. */
    private record Request(String method, String path, Map<String, String> headers, byte[] body) {

        /** A browser asking for a page gets an HTML error page, not problem+json. */
        boolean wantsHtml() {
            String accept = headers.getOrDefault("Accept", "");
            return accept.contains("text/html") || path.contains(".html");
        }

        String describe() {
            String shownBody = body == null ? "" : " body " + abbreviate(new String(body, StandardCharsets.UTF_8));
            return method + " " + abbreviate(path) + " " + headers + shownBody;
        }
    }
}
