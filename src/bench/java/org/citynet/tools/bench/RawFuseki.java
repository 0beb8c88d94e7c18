package org.citynet.tools.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The baseline of the "direct" cases: a standalone, unguarded Fuseki — Fuseki main from the
 * {@code jena-fuseki-server} jar (the same Jena version as the service), no citynet code — in a JVM of its
 * own, serving a <em>copy</em> of the size's TDB2 store as the service's dataset is set up: the union of the
 * named graphs as the default graph, the service's query timeout, the service's heap settings and its
 * logging level (no line per request). Its one endpoint is {@code /citynet/sparql} (query only).
 *
 * <p>Why a copy: a TDB2 directory can be opened by one process only, and the service holds its store. The
 * copy is made before the service opens the store (the loader that built it has exited), and
 * {@link ServiceProcess} checks that the service reused that store as it was, so both serve the same data.
 * Why not the embedded Fuseki: since issue 15 its queries are answered by the service's own SPARQL code
 * (guards, query slots, row cap, answer cache), so it measures the service, not Fuseki.
 *
 * <p>{@link #close} stops it and deletes the copy.
 */
final class RawFuseki implements AutoCloseable {

    private static final String MAIN = "org.apache.jena.fuseki.main.cmds.FusekiMainCmd";
    private static final Duration START = Duration.ofMinutes(10);
    private static final String READY_QUERY = "ASK {}";

    private final Process process;
    private final Path folder;
    private final int port;

    private RawFuseki(Process process, Path folder, int port) {
        this.process = process;
        this.folder = folder;
        this.port = port;
    }

    /**
     * Copies {@code store} (which no process may have open) and starts Fuseki on the copy; returns once it
     * answers a query.
     */
    static RawFuseki start(BenchSettings settings, ChildProcesses processes, String label, Path store) {
        Path folder = settings.work().resolve(label).resolve("fuseki-raw");
        StorePreparation.delete(folder);
        copy(processes, label, store, folder.resolve("tdb2"));
        int port = ServiceProcess.freePort();
        try {
            Files.writeString(folder.resolve("raw-fuseki.ttl"), resource("raw-fuseki.ttl")
                    .replace("@TIMEOUT_MILLIS@", Long.toString(ServiceProcess.QUERY_TIMEOUT.toMillis())));
            Files.writeString(folder.resolve("log4j2.properties"), resource("raw-fuseki-log4j2.properties"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the raw Fuseki's configuration in " + folder, e);
        }
        List<String> command = ChildProcesses.java(settings.fusekiJar().toString(), List.of(
                        "-Xmx" + settings.serviceHeap(), "-XX:+ExitOnOutOfMemoryError",
                        "-Dlog4j.configurationFile=" + folder.resolve("log4j2.properties").toUri()),
                MAIN, List.of("--config=raw-fuseki.ttl", "--port=" + port, "--localhost"));
        RawFuseki fuseki = new RawFuseki(processes.start(label + "-fuseki-raw", command, folder), folder, port);
        try {
            fuseki.awaitReady();
        } catch (RuntimeException e) {
            fuseki.close();
            throw e;
        }
        return fuseki;
    }

    /** The query endpoint: SPARQL 1.1 Protocol, GET or form POST. */
    String sparql() {
        return "http://127.0.0.1:" + port + "/citynet/sparql";
    }

    /**
     * {@code cp -a} keeps TDB2's sparse files sparse. The lock file names the loader's (ended) process; the
     * copy gets none, so Fuseki takes it without asking whether that process id is in use again.
     */
    private static void copy(ChildProcesses processes, String label, Path store, Path target) {
        try {
            Files.createDirectories(target.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + target.getParent(), e);
        }
        processes.run(label + "-copy-store", List.of("cp", "-a", store.toString(), target.toString()),
                target.getParent(), Duration.ofMinutes(30));
        try {
            Files.deleteIfExists(target.resolve("tdb.lock"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the copied lock file in " + target, e);
        }
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest ask = Workload.sparqlPost(sparql(), READY_QUERY).timeout(Duration.ofSeconds(30)).build();
        long deadline = System.nanoTime() + START.toNanos();
        while (true) {
            try {
                if (http.send(ask, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // Until the deadline.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("The raw Fuseki exited with " + process.exitValue()
                        + " during start-up; see its log");
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The raw Fuseki did not answer a query within " + START);
            }
            ServiceProcess.sleep(250);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = RawFuseki.class.getResourceAsStream("/bench/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource bench/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        ChildProcesses.stop(process);
        StorePreparation.delete(folder);
    }
}
