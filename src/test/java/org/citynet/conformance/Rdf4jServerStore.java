package org.citynet.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Eclipse RDF4J Server 5.0 ({@code org.eclipse.rdf4j:rdf4j-http-server} war) in Jetty 9.4's runner
 * ({@code org.eclipse.jetty:jetty-runner}), both copied by Maven into {@code target/stores/} in the
 * {@code stores} profile, on a free loopback port, its data ({@code org.eclipse.rdf4j.appdata.basedir}) in a
 * new temporary folder. {@link #start} creates one repository, {@code citynet}, a native store (indexes
 * {@code spoc,posc,cspo}), with the server's REST API ({@code PUT /repositories/citynet}).
 *
 * <p>Endpoints: SPARQL 1.1 Query at {@code /repositories/citynet}, Update at
 * {@code …/citynet/statements}, Graph Store Protocol at {@code …/citynet/rdf-graphs/service}. No
 * authentication of its own (that is the servlet container's business): the service gets no user.
 *
 * <p>Default graph: without FROM, every statement of every context (and of the null context) — a bag, so
 * a triple in two named graphs matches twice. A GSP {@code GET} of a graph that does not exist answers 200
 * with an empty graph, not 404.
 */
final class Rdf4jServerStore implements StoreUnderTest {

    private static final String REPOSITORY = """
            @prefix rep: <http://www.openrdf.org/config/repository#> .
            @prefix sr: <http://www.openrdf.org/config/repository/sail#> .
            @prefix sail: <http://www.openrdf.org/config/sail#> .
            @prefix ns: <http://www.openrdf.org/config/sail/native#> .
            [] a rep:Repository ; rep:repositoryID "citynet" ;
               rep:repositoryImpl [ rep:repositoryType "openrdf:SailRepository" ;
                   sr:sailImpl [ sail:sailType "openrdf:NativeStore" ; ns:tripleIndexes "spoc,posc,cspo" ] ] .
            """;

    private final ChildProcess process;
    private final Path folder;
    private final int port;

    private Rdf4jServerStore(ChildProcess process, Path folder, int port) {
        this.process = process;
        this.folder = folder;
        this.port = port;
    }

    static Path runnerJar() {
        return Path.of(System.getProperty("citynet.conformance.storesDir", "target/stores"), "jetty-runner.jar")
                .toAbsolutePath();
    }

    static Path war() {
        return Path.of(System.getProperty("citynet.conformance.storesDir", "target/stores"), "rdf4j-server.war")
                .toAbsolutePath();
    }

    static boolean available() {
        return Files.isRegularFile(runnerJar()) && Files.isRegularFile(war());
    }

    static Rdf4jServerStore start(Path work) {
        if (!available()) {
            throw new IllegalStateException("No RDF4J server at " + war() + " / " + runnerJar()
                    + "; the stores profile copies them there (./mvnw -Pstores verify)");
        }
        Path folder;
        try {
            folder = Files.createTempDirectory(work, "rdf4j-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int port = ChildProcess.freePort();
        Rdf4jServerStore store = null;
        try {
            ChildProcess process = ChildProcess.start("rdf4j-server", List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                    "-Dorg.eclipse.rdf4j.appdata.basedir=" + folder.resolve("data"),
                    "-jar", runnerJar().toString(), "--host", "127.0.0.1", "--port", Integer.toString(port),
                    "--path", "/rdf4j-server", war().toString()), folder, folder.resolve("server.log"));
            store = new Rdf4jServerStore(process, folder, port);
            store.awaitUp();
            store.createRepository();
            return store;
        } catch (RuntimeException e) {
            if (store != null) {
                store.close();
            } else {
                ChildProcess.deleteTree(folder);
            }
            throw e;
        }
    }

    private String server() {
        return origin() + "/rdf4j-server";
    }

    String repository() {
        return server() + "/repositories/citynet";
    }

    private void awaitUp() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (true) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server() + "/protocol"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // keep polling
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("RDF4J server did not come up:\n" + process.tail(3000));
            }
            ChildProcess.sleep(500);
        }
    }

    private void createRepository() {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(repository()))
                    .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString(REPOSITORY))
                    .timeout(Duration.ofMinutes(1)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("Creating the RDF4J repository answered " + response.statusCode()
                        + ": " + response.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String name() {
        return "rdf4j-server";
    }

    @Override
    public String origin() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public Map<String, String> serviceSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("citynet.store.location", repository());
        settings.put("citynet.store.update-endpoint", repository() + "/statements");
        settings.put("citynet.store.gsp-endpoint", repository() + "/rdf-graphs/service");
        return settings;
    }

    @Override
    public List<Path> logs() {
        return List.of(folder.resolve("server.log"));
    }

    @Override
    public void close() {
        try {
            process.close();
        } finally {
            ChildProcess.deleteTree(folder);
        }
    }
}
