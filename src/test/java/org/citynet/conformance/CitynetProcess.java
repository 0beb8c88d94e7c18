package org.citynet.conformance;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The citynet service as a real service: a child JVM, {@code java -cp <classes>:<runtime classpath>
 * <main> --server.port=… --citynet.…}, started the way a user starts it, so the suite depends on nothing
 * inside the service but its main class (system property {@code citynet.conformance.mainClass}, default
 * {@code org.citynet.CitynetApplication}). The class path comes from {@code citynet.conformance.classes}
 * and the file {@code citynet.conformance.classpathFile} (written by {@code dependency:build-classpath} in
 * the {@code stores} profile). Loopback only, rate limiting off (the suite sends a few hundred requests
 * from one address), its log in the given file.
 */
final class CitynetProcess implements AutoCloseable {

    private static final Duration START = Duration.ofMinutes(5);

    private final ChildProcess process;
    private final int port;

    private CitynetProcess(ChildProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts the service with {@code settings} (without the leading {@code --}) and waits until
     * {@code /actuator/health} says UP; throws with the end of its log if it stops or does not get there.
     */
    static CitynetProcess start(Map<String, String> settings, Path root, Path log) {
        int port = ChildProcess.freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + System.getProperty("citynet.conformance.serviceHeap", "768m"),
                "-XX:+ExitOnOutOfMemoryError", "-cp", classpath(),
                System.getProperty("citynet.conformance.mainClass", "org.citynet.CitynetApplication"),
                "--server.port=" + port, "--server.address=127.0.0.1",
                "--citynet.fuseki.port=" + ChildProcess.freePort(),
                "--citynet.root=" + root.toAbsolutePath(),
                "--citynet.rate-limit.enabled=false"));
        settings.forEach((name, value) -> command.add("--" + name + "=" + value));
        ChildProcess child = ChildProcess.start("citynet", command, root, log);
        CitynetProcess service = new CitynetProcess(child, port);
        try {
            service.awaitHealthy();
            return service;
        } catch (RuntimeException e) {
            service.close();
            throw e;
        }
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    private void awaitHealthy() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START.toNanos();
        while (true) {
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // keep polling
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("The service exited with " + process.exitValue()
                        + " during start-up; the end of its log:\n" + process.tail(6000));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The service was not UP within " + START + "; the end of its log:\n"
                        + process.tail(6000));
            }
            ChildProcess.sleep(500);
        }
    }

    private static String classpath() {
        String classes = System.getProperty("citynet.conformance.classes", "target/classes");
        String file = System.getProperty("citynet.conformance.classpathFile", "target/stores/runtime-classpath.txt");
        try {
            return Path.of(classes).toAbsolutePath() + File.pathSeparator + Files.readString(Path.of(file)).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("No runtime class path at " + file
                    + "; the stores profile writes it (./mvnw -Pstores verify)", e);
        }
    }

    @Override
    public void close() {
        process.close();
    }
}
