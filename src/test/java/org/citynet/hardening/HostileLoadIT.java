package org.citynet.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.jena.atlas.json.JSON;
import org.junit.jupiter.api.Test;

/**
 * Hostile load on every public port at once — the service's and the embedded Fuseki's — for half a minute:
 * fifteen clients (each its own address) send expensive requests in parallel, without pause and asking for
 * fresh answers (cross joins that run for hours, sorts and groups over them, runaway regular expressions,
 * answers of millions of rows, the whole dataset, deep nesting, queries near and over the length limit), one
 * more floods the endpoints with a cheap, cached query from four threads, and meanwhile well-behaved clients use the API, the linked data and the
 * health endpoint. The guards hold when:
 * <ul>
 *   <li>every hostile request is answered, with 200, a 4xx problem, or the documented 503s
 *       ({@code query-timeout}, {@code store-busy}, {@code dataset-read-busy}) with {@code Retry-After}; no
 *       other 5xx, no connection lost, none later than two query timeouts (a wait for a slot, then the query);</li>
 *   <li>each guard is seen at work on each port (timeouts, row caps, nesting) and the flooder gets 429s;</li>
 *   <li>the heap is flat: after the load, once collected, within 64 MB of before, and what the load holds while
 *       it runs (collected and measured every 3 s in this JVM, where the service runs) leaves half the JVM's
 *       maximum heap free;</li>
 *   <li>every well-behaved request is answered 200 within the query timeout less a second, so none waited
 *       for a hostile query to end.</li>
 * </ul>
 */
class HostileLoadIT extends PublicPortsTestBase {

    private static final Duration LOAD = Duration.ofSeconds(30);
    /** Half the (port, request) pairs: each client sends two. */
    private static final int HOSTILE_CLIENTS = 15;
    /** Threads of the one flooding client, enough to send more than its allowance within the load. */
    private static final int FLOODERS = 4;
    private static final long FLAT_BYTES = 64L << 20;
    /**
     * The share of the JVM's maximum heap the load may hold while it runs. What it holds is three clients'
     * queries at a time, each a group or sort over a cross join that grows until its timeout stops it, so it
     * grows with the speed of the processor: 75 to 425 MB on a shared two-core machine, 862 MB on a faster
     * CI machine, both far from the heap's limit. A fixed bound in megabytes measured the machine; what
     * matters is that the timeouts stop the queries long before the heap runs out, which a query left to
     * run (seconds more of a group over a cross join) would not.
     */
    private static final double PEAK_SHARE = 0.5;
    private static final Set<String> DOCUMENTED_503 = Set.of("query-timeout", "store-busy", "dataset-read-busy");
    private static final String REGEX = "ASK { FILTER(REGEX(\"" + "a".repeat(60) + "\", \"(.*a){40}b\")) }";

    /** What a hostile client sends, by port: the request for the service's port or for Fuseki's. */
    private record Hostile(String name, Function<Target, HttpRequest.Builder> request) {
    }

    /** One public port: its SPARQL endpoint, Graph Store and whole-data URLs. */
    private record Target(String name, String sparql, String unionGraph, String wholeData) {
    }

    private record Outcome(String port, String request, int status, String problem, boolean retryAfter,
                           long millis, String failure) {
    }

    private final AtomicLong staleConnections = new AtomicLong();
    private final List<Hostile> hostile = List.of(
            sparql("cross-join-count", CROSS_JOIN_COUNT),
            sparql("cross-join-rows", "SELECT * WHERE { ?s ?p ?o . ?a ?b ?c }"),
            sparql("sorted-cross-join", "SELECT ?s ?a WHERE { ?s ?p ?o . ?a ?b ?c } ORDER BY DESC(STR(?o)) ?c LIMIT 1000"),
            sparql("grouped-cross-join", "SELECT ?s ?a (COUNT(*) AS ?n) WHERE { ?s ?p ?o . ?a ?b ?c } GROUP BY ?s ?a"),
            sparql("distinct-cross-join", "SELECT DISTINCT ?o ?c WHERE { ?s ?p ?o . ?a ?b ?c }"),
            sparql("construct-cross-join", "CONSTRUCT { ?s ?p ?c } WHERE { ?s ?p ?o . ?a ?b ?c }"),
            sparql("describe-everything", "DESCRIBE ?s WHERE { ?s ?p ?o }"),
            sparql("optional-chain", "SELECT * WHERE { ?a ?b ?c OPTIONAL { ?c ?d ?e OPTIONAL { ?e ?f ?g } } }"),
            sparql("runaway-regex", REGEX),
            sparql("deep-nesting", "SELECT * WHERE " + "{".repeat(150) + " ?s ?p ?o " + "}".repeat(150)),
            sparql("nested-exists", "SELECT * WHERE { " + "FILTER EXISTS { ".repeat(30) + "?s ?p ?o" + " }".repeat(30)
                    + " }"),
            body("long-query", "SELECT * WHERE { ?s ?p ?o FILTER(?o IN (" + literals(18_500) + ")) } LIMIT 10"),
            body("too-long-query", "SELECT * WHERE { ?s ?p ?o FILTER(?o IN (" + literals(30_000) + ")) }"),
            new Hostile("union-graph", target -> HttpRequest.newBuilder(URI.create(target.unionGraph()))),
            new Hostile("whole-data", target -> HttpRequest.newBuilder(URI.create(target.wholeData()))
                    .header("Accept", "application/n-quads")));

    @Test
    void theGuardsHoldOnEveryPublicPort() throws Exception {
        assertThat(hostile).as("one client per request").hasSize(HOSTILE_CLIENTS);
        List<Target> targets = List.of(
                new Target("service", serviceSparql(), "http://localhost:" + port + "/sparql/graph?default",
                        "http://localhost:" + port + "/dumps/citynet.nq.gz"),
                new Target("fuseki", fusekiSparql(), fuseki.datasetUrl() + "/get?default", fuseki.datasetUrl()));
        List<HttpRequest.Builder> polite = List.of(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/cities/espoo"))
                        .header("Cache-Control", "no-cache"),
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/id/city/espoo"))
                        .header("Accept", "text/turtle"),
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")));
        for (HttpRequest.Builder request : polite) {
            // Warmed up first: a fresh service's first answers take seconds of class loading.
            assertThat(send(request.copy().header("X-Forwarded-For", "10.77.0.99")).statusCode()).isEqualTo(200);
        }

        long before = settledHeap();
        AtomicLong peak = new AtomicLong(before);
        AtomicBoolean loading = new AtomicBoolean(true);
        ConcurrentLinkedQueue<Outcome> hostileOutcomes = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Outcome> floodOutcomes = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Outcome> politeOutcomes = new ConcurrentLinkedQueue<>();
        ExecutorService clients = Executors.newFixedThreadPool(HOSTILE_CLIENTS + FLOODERS + 2);
        long deadline = System.nanoTime() + LOAD.toNanos();
        Thread sampler = new Thread(() -> sampleLiveHeap(peak, loading), "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        for (int client = 0; client < HOSTILE_CLIENTS; client++) {
            int id = client;
            clients.submit(() -> {
                // Each client sends two of the (port, request) pairs in turn, so that between them every pair
                // is sent, and sent again for as long as the load lasts.
                for (int n = 0; System.nanoTime() < deadline; n++) {
                    int pair = id + (n % 2) * HOSTILE_CLIENTS;
                    Target target = targets.get(pair / hostile.size());
                    Hostile request = hostile.get(pair % hostile.size());
                    hostileOutcomes.add(outcome(target.name(), request.name(), request.request().apply(target)
                            .header("X-Forwarded-For", "10.66.0." + id).header("Cache-Control", "no-cache")));
                }
            });
        }
        for (int flooder = 0; flooder < FLOODERS; flooder++) {
            clients.submit(() -> {
                // Cached answers: they take no query slot, so the flood is as fast as the service can answer.
                for (int n = 0; System.nanoTime() < deadline; n++) {
                    Target target = targets.get(n % 2);
                    floodOutcomes.add(outcome(target.name(), "flood", HttpRequest.newBuilder(URI.create(
                            target.sparql() + "?query=" + encode("ASK {}"))).header("X-Forwarded-For", "10.66.1.1")));
                }
            });
        }
        for (int client = 0; client < 2; client++) {
            int id = client;
            clients.submit(() -> {
                for (int n = 0; System.nanoTime() < deadline; n++) {
                    HttpRequest.Builder request = polite.get((id + n) % polite.size()).copy()
                            .header("X-Forwarded-For", "10.77.0." + id);
                    politeOutcomes.add(outcome("service", request.build().uri().getPath(), request));
                    pause(Duration.ofMillis(300));
                }
            });
        }
        clients.shutdown();
        assertThat(clients.awaitTermination(LOAD.toSeconds() + 4 * TIMEOUT.toSeconds() + 60, TimeUnit.SECONDS))
                .as("every client finished").isTrue();
        loading.set(false);
        sampler.join();
        long after = settledHeap();

        report(hostileOutcomes, floodOutcomes, politeOutcomes, before, peak.get(), after);
        System.out.printf("Requests sent again after a stale connection: %d%n", staleConnections.get());

        assertThat(hostileOutcomes).allSatisfy(outcome -> {
            assertThat(outcome.failure()).as("%s", outcome).isNull();
            assertThat(outcome.status()).as("%s", outcome).isIn(200, 400, 413, 414, 429, 503);
            if (outcome.status() == 503) {
                assertThat(outcome.problem()).as("%s", outcome).isIn(DOCUMENTED_503);
                assertThat(outcome.retryAfter()).as("%s has Retry-After", outcome).isTrue();
            }
            if (outcome.status() >= 400) {
                assertThat(outcome.problem()).as("%s is a problem", outcome).isNotNull();
            }
            assertThat(outcome.millis()).as("%s", outcome).isLessThan(2 * TIMEOUT.toMillis() + 10_000);
        });
        Set<String> sent = hostileOutcomes.stream().map(outcome -> outcome.port() + " " + outcome.request())
                .collect(Collectors.toSet());
        assertThat(sent).as("every request on every port was sent").hasSize(2 * hostile.size());
        for (Target target : targets) {
            assertThat(problems(hostileOutcomes, target.name())).as("guards at work on %s", target.name())
                    .contains("query-timeout", "too-many-results", "query-too-complex", "query-too-long");
        }
        assertThat(floodOutcomes).allSatisfy(outcome -> {
            assertThat(outcome.failure()).as("%s", outcome).isNull();
            assertThat(outcome.status()).as("%s", outcome).isIn(200, 429, 503);
            if (outcome.status() == 503) {
                assertThat(outcome.problem()).as("%s", outcome).isIn(DOCUMENTED_503);
            }
        });
        assertThat(floodOutcomes).anySatisfy(outcome -> assertThat(outcome.problem()).isEqualTo("rate-limited"));

        assertThat(after - before).as("heap after the load, collected, less before").isLessThan(FLAT_BYTES);
        assertThat(peak.get()).as("heap held during the load, of at most %d MB", Runtime.getRuntime().maxMemory() >> 20)
                .isLessThan((long) (Runtime.getRuntime().maxMemory() * PEAK_SHARE));

        assertThat(politeOutcomes).hasSizeGreaterThan(20).allSatisfy(outcome -> {
            assertThat(outcome.status()).as("%s", outcome).isEqualTo(200);
            assertThat(outcome.millis()).as("%s", outcome).isLessThan(TIMEOUT.toMillis() - 1000);
        });
    }

    private Outcome outcome(String port, String name, HttpRequest.Builder request) {
        long start = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = sendRetryingAStaleConnection(request.timeout(Duration.ofSeconds(120)).build());
        } catch (Exception e) {
            return new Outcome(port, name, 0, null, false, elapsed(start), e.toString());
        }
        String problem = null;
        if (response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            try {
                String type = JSON.parse(response.body()).getString("type");
                problem = type == null ? "untyped" : type.substring(type.lastIndexOf('/') + 1);
            } catch (RuntimeException e) {
                return new Outcome(port, name, response.statusCode(), null, false, elapsed(start),
                        "an unreadable problem: " + e);
            }
        }
        return new Outcome(port, name, response.statusCode(), problem,
                response.headers().firstValue("Retry-After").isPresent(), elapsed(start), null);
    }

    /**
     * Sends once more a request that met a kept-alive connection the server had just closed: no byte of an
     * answer came back. Java's client does that itself for a GET, never for a POST, and every HTTP client
     * meets it under load (a CI run saw it once in about 2,000 requests, on a POST to Fuseki's port). A
     * server that dropped every refused body unread would fail the second attempt as well.
     */
    private HttpResponse<String> sendRetryingAStaleConnection(HttpRequest request) throws Exception {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            if (e.getMessage() == null || !e.getMessage().contains("received no bytes")) {
                throw e;
            }
            staleConnections.incrementAndGet();
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    private static Set<String> problems(ConcurrentLinkedQueue<Outcome> outcomes, String port) {
        return outcomes.stream().filter(outcome -> outcome.port().equals(port) && outcome.problem() != null)
                .map(Outcome::problem).collect(Collectors.toSet());
    }

    private static void report(ConcurrentLinkedQueue<Outcome> hostile, ConcurrentLinkedQueue<Outcome> flood,
                               ConcurrentLinkedQueue<Outcome> polite, long before, long peak, long after) {
        Map<String, Long> counts = new TreeMap<>();
        hostile.forEach(outcome -> counts.merge(outcome.port() + " " + outcome.request() + " " + outcome.status()
                + (outcome.problem() == null ? "" : " " + outcome.problem()), 1L, Long::sum));
        StringBuilder report = new StringBuilder("Hostile load, " + hostile.size() + " hostile requests:\n");
        counts.forEach((key, count) -> report.append(String.format("  %5d  %s%n", count, key)));
        report.append(String.format("Flood: %d requests, %d answered 429%n", flood.size(),
                flood.stream().filter(outcome -> outcome.status() == 429).count()));
        report.append(String.format("Well-behaved: %d requests, slowest %d ms%n", polite.size(),
                polite.stream().mapToLong(Outcome::millis).max().orElse(0)));
        report.append(String.format("Heap: %d MB before, %d MB at most during, %d MB after%n", before >> 20,
                peak >> 20, after >> 20));
        System.out.print(report);
    }

    /** The heap in use once garbage is collected (several rounds, until it stops falling). */
    private static long settledHeap() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            System.gc();
            Thread.sleep(300);
            long now = memory.getHeapMemoryUsage().getUsed();
            if (now >= used - (1 << 20)) {
                return Math.min(now, used);
            }
            used = now;
        }
        return used;
    }

    /**
     * The heap the load holds while it runs: every 3 s collected, then measured. Without the collection the
     * figure would be mostly garbage the collector has not got to yet, which says nothing about what the
     * requests keep.
     */
    private static void sampleLiveHeap(AtomicLong peak, AtomicBoolean loading) {
        while (loading.get()) {
            pause(Duration.ofSeconds(3));
            System.gc();
            peak.accumulateAndGet(heldAfterCollection(), Math::max);
        }
    }

    /**
     * What the last collection left in the heap, as the collector reports it per pool. Reading the heap's
     * current use instead, right after {@code System.gc()}, also counts what two dozen loading threads
     * allocated since that collection ended (one sample of 812 MB against 75 to 425 MB seen otherwise).
     */
    private static long heldAfterCollection() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null)
                .mapToLong(pool -> pool.getCollectionUsage().getUsed()).sum();
    }

    /** A query in the URL, in the endpoint's default format for its form. */
    private static Hostile sparql(String name, String query) {
        return new Hostile(name, target -> HttpRequest.newBuilder(URI.create(target.sparql() + "?query="
                + encode(query))));
    }

    private static Hostile body(String name, String query) {
        return new Hostile(name, target -> HttpRequest.newBuilder(URI.create(target.sparql()))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(query)));
    }

    /** Comma-separated string literals, about {@code length} characters of them. */
    private static String literals(int length) {
        List<String> literals = new ArrayList<>();
        int total = 0;
        for (int i = 0; total < length; i++) {
            String literal = "\"value " + i + "\"";
            literals.add(literal);
            total += literal.length() + 2;
        }
        return String.join(", ", literals);
    }

    private static long elapsed(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
