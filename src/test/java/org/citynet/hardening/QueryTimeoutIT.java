package org.citynet.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.support.ServiceTestSupport;
import org.citynet.support.TestStores;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The query timeout really stops a query on the embedded store: after the 503 no read transaction is left
 * open and the threads that answer requests are idle again — for a join that would run for hours and for a regular expression
 * that backtracks for hours — while other clients were answered at once all along. The named queries have
 * a timeout of their own: the service runs on a copy of the project's folder whose {@code queries/} holds
 * one slow named query, with {@code citynet.sparql.timeout=1s} and {@code citynet.named-queries.timeout=300ms}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QueryTimeoutIT {

    /** A 4-way cross join of every triple: about 10^14 combinations to count. */
    static final String HEAVY_JOIN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
    /** Polynomial backtracking of degree 40: hours of one processor, inside a single FILTER evaluation. */
    static final String RUNAWAY_REGEX = "ASK { FILTER(REGEX(\"" + "a".repeat(60) + "\", \"(.*a){40}b\")) }";
    static final String CHEAP = "ASK { <https://w3id.org/citynet/id/city/espoo> ?p ?o }";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ServiceTestSupport.register(registry);
        registry.add("citynet.root", QueryTimeoutIT::rootWithASlowNamedQuery);
        registry.add("citynet.sparql.timeout", () -> "1s");
        registry.add("citynet.named-queries.timeout", () -> "300ms");
    }

    @Autowired
    KnowledgeStore store;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aRunawayJoinIsStoppedAnd503WhileOthersAreServed() throws Exception {
        stoppedAndIdleAfter(HEAVY_JOIN);
    }

    @Test
    void aRunawayRegularExpressionIsStoppedAnd503() throws Exception {
        stoppedAndIdleAfter(RUNAWAY_REGEX);
    }

    /** Run several times: a timeout that fires while Jena builds a hash join once gave a 500 (see QueryRunner). */
    @RepeatedTest(5)
    void namedQueriesHaveTheirOwnTimeout() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> named = http.send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + "/api/queries/slow-join")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(named.statusCode()).as(named.body()).isEqualTo(503);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("stopped by the named queries' 300 ms, not the 1 s")
                .isLessThan(Duration.ofMillis(950));
        assertThat(named.headers().firstValue("Retry-After")).isPresent();
        assertThat(query(CHEAP).statusCode()).as("the /sparql timeout is another one").isEqualTo(200);
    }

    /** CPU time / wall time of the whole service below which no request thread is computing. */
    private static final double IDLE_BOUND = 0.05;

    private void stoppedAndIdleAfter(String runaway) throws Exception {
        assertThat(query(CHEAP).statusCode()).as("warm-up").isEqualTo(200);
        long cpuBefore = processCpuNanos();
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<String>> stopped = CompletableFuture.supplyAsync(() -> query(runaway));

        Thread.sleep(300);
        long cheapStart = System.nanoTime();
        assertThat(query(CHEAP).statusCode()).as("answered while the runaway runs").isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - cheapStart)).isLessThan(Duration.ofSeconds(1));

        HttpResponse<String> answer = stopped.get();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.parse(answer.body()).getString("type")).endsWith("/query-timeout");
        assertThat(took).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(5));
        double busy = (processCpuNanos() - cpuBefore) / (double) took.toNanos();
        // A control for the idle measure below: while the query ran, the same measure is above the idle bound.
        // Only just, on a machine whose processors other builds share (0.14 seen at a load average of 26).
        assertThat(busy).as("the query kept a processor busy while it ran (CPU time / wall time)")
                .isGreaterThan(IDLE_BOUND);

        TransactionCoordinator coordinator = TDBInternal.getTransactionCoordinator(TestStores.dataset(store));
        awaitNoReaders(coordinator);
        long idleStart = System.nanoTime();
        long cpuIdleStart = processCpuNanos();
        Thread.sleep(2000);
        double idle = (processCpuNanos() - cpuIdleStart) / (double) (System.nanoTime() - idleStart);
        assertThat(idle).as("after the 503 no request thread computes on (CPU time / wall time)").isLessThan(IDLE_BOUND);
    }

    private static void awaitNoReaders(TransactionCoordinator coordinator) throws InterruptedException {
        for (int i = 0; i < 20 && coordinator.countActiveReaders() > 0; i++) {
            Thread.sleep(50);
        }
        assertThat(coordinator.countActiveReaders()).as("read transactions still open after the 503").isZero();
    }

    /** The project's ontology and data, and a queries folder with one named query that runs for hours. */
    static String rootWithASlowNamedQuery() {
        try {
            Path root = Files.createTempDirectory("citynet-it-root-");
            Path project = Path.of("").toAbsolutePath();
            Files.createSymbolicLink(root.resolve("ontology"), project.resolve("ontology"));
            Files.createSymbolicLink(root.resolve("data"), project.resolve("data"));
            Files.createDirectory(root.resolve("queries"));
            Files.writeString(root.resolve("queries/slow-join.rq"),
                    "#+ summary: Counts every combination of four statements (a test's runaway query)\n" + HEAVY_JOIN + "\n");
            return root.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> query(String sparql) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql?query="
                    + URLEncoder.encode(sparql, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * CPU time of the threads that answer requests (Tomcat's workers, {@code …-exec-N}), where queries run;
     * not the JIT compiler or the garbage collector, which stay busy for a while after a heavy query.
     */
    private static long processCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (thread != null && thread.getThreadName().contains("-exec-")) {
                total += Math.max(0, threads.getThreadCpuTime(thread.getThreadId()));
            }
        }
        return total;
    }
}
