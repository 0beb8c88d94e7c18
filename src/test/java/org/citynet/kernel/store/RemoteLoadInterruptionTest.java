package org.citynet.kernel.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.citynet.kernel.backup.StoreSnapshot;
import org.citynet.kernel.load.KnowledgeGraphFiles;
import org.citynet.kernel.load.KnowledgeGraphLoader;
import org.citynet.kernel.load.LoadRecord;
import org.citynet.kernel.load.LoaderFixtures;
import org.citynet.kernel.rdf.LoadVocabulary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A load into a remote store that stops at any one of its requests: the store must never claim the new
 * content (its manifest has no content hash, or still the previous load's with the previous data), and the next
 * start must load again and leave exactly what a clean load leaves. The failure is a proxy in front of a real
 * Fuseki answering 500 to the n-th write request, for every n until a load gets through; once by Graph Store
 * PUTs, once by small updates.
 */
class RemoteLoadInterruptionTest {

    private final KnowledgeGraphLoader loader = new KnowledgeGraphLoader();
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path temp;

    private FusekiServer fuseki;
    private FakeHttpServer proxy;

    @AfterEach
    void stop() {
        if (proxy != null) {
            proxy.close();
        }
        if (fuseki != null) {
            fuseki.stop();
        }
    }

    @ParameterizedTest
    @EnumSource(value = RemoteProtocol.LoadMethod.class, names = {"GRAPH_STORE", "UPDATE"})
    void anInterruptedLoadIsNeverTakenForCompleteAndTheNextStartLoadsAgain(RemoteProtocol.LoadMethod method)
            throws IOException {
        RemoteProtocol protocol = RemoteProtocol.defaults(StoreKind.FUSEKI).withLoad(method, 4);
        Path changed = LoaderFixtures.copyGood(temp.resolve(method.name()));
        Files.delete(changed.resolve("data/events.nq"));
        KnowledgeGraphFiles next = KnowledgeGraphFiles.fromRoot(changed);
        Snapshot clean = cleanLoad(next);

        int interrupted = 0;
        for (int failAt = 1; failAt < 100; failAt++) {
            DatasetGraph served = DatasetGraphFactory.createTxnMem();
            startFuseki(served, failAt);
            String direct = "http://localhost:" + fuseki.getHttpPort() + "/ds";
            RemoteLoadTarget target = target(direct, protocol);
            loader.load(LoaderFixtures.good(), target);
            LoadRecord previous = target.lastLoad().orElseThrow();
            StoreSnapshot before = StoreSnapshot.of(served);

            boolean loaded;
            try {
                loader.load(next, target(proxy.url("/ds"), protocol));
                loaded = true;
            } catch (RuntimeException e) {
                loaded = false;
            }
            if (loaded) {
                assertThat(interrupted).as("loads interrupted before one got through").isGreaterThan(2);
                return;
            }
            interrupted++;
            Optional<LoadRecord> left = target.lastLoad();
            assertThat(left.map(LoadRecord::contentHash)).as("manifest after failing write %d", failAt)
                    .isNotEqualTo(Optional.of(next.contentHash()));
            if (left.isPresent()) {
                assertThat(left).contains(previous);
                StoreSnapshot.of(served).assertSameAs(before);
            }

            try (KnowledgeStore store = StoreFactory.open(direct, temp, new StoreFactory.RemoteOptions(null, null,
                    direct, null, null, protocol))) {
                StoreStartup startup = new StoreInitializer(loader).ensureLoaded(store, next, false);
                assertThat(startup.outcome()).isIn(StoreInitializer.Outcome.LOADED, StoreInitializer.Outcome.RELOADED);
                assertThat(startup.load().contentHash()).isEqualTo(next.contentHash());
            }
            assertThat(Snapshot.of(served)).as("after failing write %d and a new start", failAt).isEqualTo(clean);
            stop();
        }
        throw new AssertionError("No load got through the proxy");
    }

    private RemoteLoadTarget target(String url, RemoteProtocol protocol) {
        return new RemoteLoadTarget(new RemoteClient(new RemoteClient.RemoteEndpoints(url, url, url, true, null, null),
                protocol), Duration.ofSeconds(30));
    }

    private Snapshot cleanLoad(KnowledgeGraphFiles files) {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        loader.load(files, new LocalLoadTarget(dataset));
        return Snapshot.of(dataset);
    }

    /** Fuseki serving {@code served} at /ds, and a proxy to it that fails the {@code failAt}-th write. */
    private void startFuseki(DatasetGraph served, int failAt) {
        fuseki = FusekiServer.create().port(0).loopback(true).add("/ds", served, true).build().start();
        String target = "http://localhost:" + fuseki.getHttpPort();
        AtomicInteger writes = new AtomicInteger();
        proxy = new FakeHttpServer(request -> {
            boolean write = request.method().equals("POST") || request.method().equals("PUT");
            if (write && writes.incrementAndGet() == failAt) {
                return new FakeHttpServer.Response(500, Map.of("Content-Type", "text/plain"), "failed by the test");
            }
            return forward(target, request);
        });
    }

    private FakeHttpServer.Response forward(String target, FakeHttpServer.Request request) {
        String query = request.query() == null ? "" : "?" + request.query();
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(target + request.path() + query))
                .method(request.method(), request.body().isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(request.body()));
        for (String header : new String[] {"Content-Type", "Accept"}) {
            if (request.header(header) != null) {
                builder.header(header, request.header(header));
            }
        }
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new FakeHttpServer.Response(response.statusCode(), Map.of("Content-Type",
                    response.headers().firstValue("Content-Type").orElse("text/plain")), response.body());
        } catch (IOException e) {
            return new FakeHttpServer.Response(502, Map.of(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new FakeHttpServer.Response(502, Map.of(), e.toString());
        }
    }

    /**
     * What a load leaves, compared without what differs between any two loads: the named graphs (but the load
     * and version graphs) up to blank node labels, and the graphs the manifest lists.
     */
    private record Snapshot(Map<String, String> graphs, Set<String> listed) {

        static Snapshot of(DatasetGraph dataset) {
            return Txn.calculateRead(dataset, () -> {
                Map<String, String> graphs = new java.util.TreeMap<>();
                dataset.listGraphNodes().forEachRemaining(name -> {
                    if (!LoadVocabulary.LOAD_GRAPH.equals(name) && !LoadVocabulary.VERSION_GRAPH.equals(name)
                            && !dataset.getGraph(name).isEmpty()) {
                        graphs.put(name.getURI(), canonical(dataset, name));
                    }
                });
                Set<String> listed = new TreeSet<>();
                org.citynet.kernel.load.Manifest.loadedGraphs(dataset.getGraph(LoadVocabulary.LOAD_GRAPH))
                        .forEach(graph -> listed.add(graph.getURI()));
                return new Snapshot(graphs, listed);
            });
        }

        /** The graph's triples as sorted N-Triples, blank nodes named by what they are about. */
        private static String canonical(DatasetGraph dataset, Node name) {
            Set<String> lines = new TreeSet<>();
            dataset.getGraph(name).find().forEachRemaining(triple -> lines.add(
                    (triple.getSubject().isBlank() ? "_" : triple.getSubject().toString()) + " "
                            + triple.getPredicate() + " " + (triple.getObject().isBlank() ? "_" : triple.getObject())));
            return String.join("\n", lines);
        }
    }
}
