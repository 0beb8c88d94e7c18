package org.citynet.tools.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * The citynet service in a child JVM on free loopback ports, serving one prepared TDB2 store with the heap
 * the settings give. {@link #start} returns once it is healthy and its start-up work is over (the dumps it
 * writes in the background once ready, which would otherwise compete with the measured requests), and
 * once it has said that it serves the store as it found it (so that {@link RawFuseki}'s copy, made before,
 * holds the same data). Its query timeouts are set to {@link #QUERY_TIMEOUT}, which the raw Fuseki gets
 * too. Closing stops it.
 */
final class ServiceProcess implements AutoCloseable {

    /** Start-up with its background work: at 100,000 cities on two cores, queued, about 25 minutes. */
    private static final Duration START = Duration.ofMinutes(60);
    /** The service's default for both its SPARQL endpoint and its named queries, set explicitly here. */
    static final Duration QUERY_TIMEOUT = Duration.ofSeconds(10);
    /** Start-up outcomes ({@code StoreInitializer.Outcome}) that leave the store's files as they were. */
    private static final java.util.regex.Pattern REUSED =
            java.util.regex.Pattern.compile("\"startup\"\\s*:\\s*\"(REUSED|REUSED_BULK_LOAD)\"");

    private final Process process;
    private final int port;

    private ServiceProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static ServiceProcess start(BenchSettings settings, ChildProcesses processes, Size size, Path store) {
        return start(settings, processes, size, size.label() + "-service", List.of("--citynet.store.location=" + store),
                true);
    }

    /**
     * A second service whose store is the Virtuoso the harness loaded with the first one's dump (so it finds
     * citynet's manifest and serves the store as it is), with the caps that Virtuoso was given.
     */
    static ServiceProcess startOver(BenchSettings settings, ChildProcesses processes, Size size, String sparql,
                                    long maxRows) {
        return start(settings, processes, size, size.label() + "-service-over-virtuoso", List.of(
                "--citynet.store.location=" + sparql, "--citynet.store.kind=virtuoso",
                "--citynet.store.max-rows=" + maxRows, "--citynet.store.max-sorted-rows=" + maxRows,
                "--citynet.store.stamp-max-age=" + settings.stampMaxAge()), false);
    }

    private static ServiceProcess start(BenchSettings settings, ChildProcesses processes, Size size, String name,
                                        List<String> store, boolean awaitCounts) {
        int port = freePort();
        // The embedded Fuseki stays on, as deployed, though the harness no longer measures it (see RawFuseki).
        int fusekiPort = freePort();
        Path logs = settings.work().resolve("logs");
        List<String> command = ChildProcesses.java(settings.classpath(), List.of("-Xmx" + settings.serviceHeap(),
                // A service out of heap stops at once (its requests then fail) instead of hanging half-dead, and
                // leaves its heap to be read (run 21's service died so at 100k with nothing to show why).
                "-XX:+ExitOnOutOfMemoryError", "-XX:+HeapDumpOnOutOfMemoryError",
                "-XX:HeapDumpPath=" + logs.resolve(name + ".hprof"),
                "-Xlog:gc*:file=" + logs.resolve(name + "-gc.log") + ":time,uptime"),
                "org.citynet.CitynetApplication", Stream.concat(store.stream(), Stream.of(
                        "--server.port=" + port, "--server.address=127.0.0.1",
                        "--citynet.fuseki.port=" + fusekiPort,
                        "--citynet.root=" + settings.root(), "--citynet.rate-limit.enabled=false",
                        "--citynet.sparql.timeout=" + QUERY_TIMEOUT.toMillis() + "ms",
                        "--citynet.named-queries.timeout=" + QUERY_TIMEOUT.toMillis() + "ms",
                        // The dumps of 11.6M quads (100k cities) may take longer than the default 10 minutes on a shared machine.
                        "--citynet.catalog.dump-timeout=40m",
                        "--logging.level.root=WARN",
                        "--logging.level.org.citynet=INFO")).toList());
        ServiceProcess service = new ServiceProcess(processes.start(name, command, settings.root()), port);
        try {
            service.awaitReady(awaitCounts);
        } catch (RuntimeException e) {
            service.close();
            throw e;
        }
        return service;
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    /**
     * @param awaitCounts whether to wait for the catalogue's counts too (over Virtuoso at 100,000 cities they pass
     *                    their timeout, docs/benchmarks.md, and the harness does not measure them)
     */
    private void awaitReady(boolean awaitCounts) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + START.toNanos();
        while (status(http, "GET", "/actuator/health") != 200) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The service exited with " + process.exitValue() + " during start-up");
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The service was not healthy within " + START);
            }
            sleep(500);
        }
        // The service's start-up work (indexes, dumps, the catalogue's counts) runs in one queue in the background:
        // measuring while it runs would measure it. A dump, then VoID's counts, answer 503 until theirs is done.
        long started = System.nanoTime();
        awaitAnswer(http, "HEAD", "/dumps/citynet.nq.gz", deadline);
        long dumped = System.nanoTime();
        if (awaitCounts) {
            awaitAnswer(http, "GET", "/.well-known/void", deadline);
        }
        SizeRun.log("   start-up work done: dumps %.0f s, catalogue counts %.0f s after the service was healthy",
                (dumped - started) / 1e9, (System.nanoTime() - started) / 1e9);
        String info = body(http, "/actuator/info");
        if (!REUSED.matcher(info).find()) {
            throw new IllegalStateException("The service did not serve its store as it found it, so the raw"
                    + " Fuseki's copy may hold other data; /actuator/info: " + info);
        }
    }

    /** Asks until the answer is 200; a 503 (not ready) is asked again a few seconds later, anything else fails. */
    private void awaitAnswer(HttpClient http, String method, String path, long deadline) {
        while (true) {
            int status = status(http, method, path);
            if (status == 200) {
                return;
            }
            if (status != 503 && status != -1) {
                throw new IllegalStateException(method + " " + path + " answered " + status);
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("The service exited with " + process.exitValue() + " during start-up");
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(method + " " + path + " was not answered 200 within " + START);
            }
            sleep(5_000);
        }
    }

    private String body(HttpClient http, String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base() + path)).timeout(START).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("GET " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private int status(HttpClient http, String method, String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base() + path)).timeout(START)
                    .method(method, HttpRequest.BodyPublishers.noBody()).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port", e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        ChildProcesses.stop(process);
    }
}
