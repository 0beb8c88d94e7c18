package org.citynet.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real standalone Fuseki server ({@code org.apache.jena:jena-fuseki-server}, copied by Maven into
 * {@code target/fuseki/} before the integration tests) in a process of its own, serving a TDB2 dataset at
 * {@code /ds} as configured by {@code src/test/resources/fuseki/remote-store.ttl}: union default graph,
 * public queries, SPARQL Update at {@code /ds/update} for {@link #USER} only.
 *
 * <p>{@link #start(Path)} runs it in the given folder (which then holds the database) on a free loopback
 * port and returns once {@code /$/ping} answers; {@link #close()} stops it and waits for the process to
 * end. Call close from {@code @AfterAll}; a shutdown hook stops the process too if the JVM exits first,
 * so no server outlives the test run. The server's output goes to {@code target/fuseki/<folder>.log}.
 *
 * <p>{@link #queryDirectory} uses the same jar's {@code tdb2.tdbquery} to read a TDB2 directory from
 * outside this JVM.
 */
public final class StandaloneFuseki implements AutoCloseable {

    public static final String USER = "loader";
    public static final String PASSWORD = "remote-store-it-secret";

    private static final String CONFIG = "remote-store.ttl";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final int port;
    private final Path log;
    private final Thread shutdownHook;

    private StandaloneFuseki(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.shutdownHook = new Thread(process::destroyForcibly, "stop-standalone-fuseki");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts Fuseki with its working directory (database, configuration, run area) in {@code folder}. */
    public static StandaloneFuseki start(Path folder) throws IOException {
        Path jar = jar();
        copyResource(CONFIG, folder);
        copyResource("passwd", folder);
        int port = freePort();
        Path log = jar.resolveSibling(folder.getFileName() + ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-jar", jar.toString(), "--config=" + CONFIG, "--port=" + port, "--localhost"))
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // The full server keeps its run area (shiro.ini, logs) under FUSEKI_BASE; keep it in the folder too.
        builder.environment().put("FUSEKI_BASE", folder.resolve("run").toString());
        StandaloneFuseki fuseki = new StandaloneFuseki(builder.start(), port, log);
        try {
            fuseki.awaitPing();
            return fuseki;
        } catch (RuntimeException | IOException e) {
            fuseki.close();
            throw e;
        }
    }

    /** The dataset URL, which answers queries (and Graph Store reads) for anyone. */
    public String datasetUrl() {
        return "http://localhost:" + port + "/ds";
    }

    /** The SPARQL Update endpoint, for {@link #USER} only. */
    public String updateUrl() {
        return datasetUrl() + "/update";
    }

    /** Stops the server and waits until its process has ended (forcibly after a grace period). */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // The hook runs anyway and finds the process gone.
        }
    }

    /**
     * Runs a SELECT on a TDB2 directory in a separate JVM with Jena's {@code tdb2.tdbquery} (the Fuseki jar
     * carries Jena's command-line tools) and returns its TSV output. It can only open the directory if no
     * other process holds it, and it sees only what was committed to disk.
     */
    public static String queryDirectory(Path location, String select) throws IOException, InterruptedException {
        Process query = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", jar().toString(), "tdb2.tdbquery", "--loc=" + location, "--results=TSV", select))
                .redirectErrorStream(true).start();
        String output = new String(query.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!query.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            query.destroyForcibly();
            throw new IllegalStateException("tdb2.tdbquery did not finish:\n" + output);
        }
        if (query.exitValue() != 0) {
            throw new IllegalStateException("tdb2.tdbquery exited with " + query.exitValue() + ":\n" + output);
        }
        return output;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    private void awaitPing() throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ping = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/$/ping"))
                .timeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Fuseki exited with " + process.exitValue() + ":\n" + output());
            }
            try {
                if (http.send(ping, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // Keep polling until the deadline.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Fuseki", e);
            }
            pause();
        }
        throw new IllegalStateException("Fuseki did not answer /$/ping within " + START_TIMEOUT + ":\n" + output());
    }

    private String output() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Fuseki", e);
        }
    }

    private static Path jar() {
        Path jar = Path.of(System.getProperty("citynet.it.fusekiJar", "target/fuseki/jena-fuseki-server.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No standalone Fuseki at " + jar.toAbsolutePath()
                    + "; Maven copies it there in the pre-integration-test phase (./mvnw verify)");
        }
        return jar.toAbsolutePath();
    }

    private static void copyResource(String name, Path folder) throws IOException {
        try (InputStream in = StandaloneFuseki.class.getResourceAsStream("/fuseki/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource fuseki/" + name);
            }
            Files.copy(in, folder.resolve(name));
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }
}
