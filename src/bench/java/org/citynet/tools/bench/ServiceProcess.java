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

/**
 * The citynet service in a child JVM on free loopback ports, serving one prepared TDB2 store with the heap
 * the settings give. {@link #start} returns once it is healthy and its start-up work is over (the dumps it
 * writes in the background once ready, which would otherwise compete with the measured requests).
 * Closing stops it.
 */
final class ServiceProcess implements AutoCloseable {

    private static final Duration START = Duration.ofMinutes(30);

    private final Process process;
    private final int port;
    private final int fusekiPort;

    private ServiceProcess(Process process, int port, int fusekiPort) {
        this.process = process;
        this.port = port;
        this.fusekiPort = fusekiPort;
    }

    static ServiceProcess start(BenchSettings settings, ChildProcesses processes, Size size, Path store) {
        int port = freePort();
        int fusekiPort = freePort();
        List<String> command = ChildProcesses.java(settings.classpath(), List.of("-Xmx" + settings.serviceHeap(),
                // A service out of heap stops at once (its requests then fail) instead of hanging half-dead.
                "-XX:+ExitOnOutOfMemoryError"),
                "org.citynet.CitynetApplication", List.of("--server.port=" + port, "--server.address=127.0.0.1",
                        "--citynet.fuseki.port=" + fusekiPort, "--citynet.store.location=" + store,
                        "--citynet.root=" + settings.root(), "--citynet.rate-limit.enabled=false",
                        // The dumps of 11.6M quads (100k cities) may take longer than the default 10 minutes on a shared machine.
                        "--citynet.catalog.dump-timeout=40m",
                        "--logging.level.root=WARN",
                        "--logging.level.org.citynet=INFO"));
        ServiceProcess service = new ServiceProcess(processes.start(size.label() + "-service", command, settings.root()),
                port, fusekiPort);
        try {
            service.awaitReady();
        } catch (RuntimeException e) {
            service.close();
            throw e;
        }
        return service;
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** The embedded Fuseki's query endpoint: same JVM, same dataset, no service code in between. */
    String fusekiSparql() {
        return "http://127.0.0.1:" + fusekiPort + "/citynet/sparql";
    }

    long pid() {
        return process.pid();
    }

    private void awaitReady() {
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
        // A request for a dump waits until the dumps of the current data are written.
        int dumps = status(http, "HEAD", "/dumps/citynet.nq.gz");
        if (dumps != 200) {
            throw new IllegalStateException("HEAD /dumps/citynet.nq.gz answered " + dumps);
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
