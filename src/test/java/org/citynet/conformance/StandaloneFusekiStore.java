package org.citynet.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.citynet.support.StandaloneFuseki;

/**
 * Apache Jena Fuseki 5.6 as a server of its own ({@link StandaloneFuseki}, configured by
 * {@code src/test/resources/fuseki/remote-store.ttl}): a TDB2 dataset whose default graph is the union of its
 * named graphs, queries public, SPARQL Update at {@code /ds/update} for one user over HTTP Basic. Its
 * endpoint URLs name {@code localhost}; the suite's proxy replaces that origin.
 */
final class StandaloneFusekiStore implements StoreUnderTest {

    private final Path folder;
    private final StandaloneFuseki fuseki;
    private final String origin;

    private StandaloneFusekiStore(Path folder, StandaloneFuseki fuseki) {
        this.folder = folder;
        this.fuseki = fuseki;
        String dataset = fuseki.datasetUrl();
        this.origin = dataset.substring(0, dataset.indexOf('/', "http://".length()));
    }

    static StandaloneFusekiStore start(Path work) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory(work, "fuseki-");
            return new StandaloneFusekiStore(folder, StandaloneFuseki.start(folder));
        } catch (IOException | RuntimeException e) {
            ChildProcess.deleteTree(folder);
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        }
    }

    @Override
    public String name() {
        return "standalone-fuseki";
    }

    @Override
    public String origin() {
        return origin;
    }

    @Override
    public Map<String, String> serviceSettings() {
        return Map.of(
                "citynet.store.location", fuseki.datasetUrl(),
                "citynet.store.update-endpoint", fuseki.updateUrl(),
                "citynet.store.username", StandaloneFuseki.USER,
                "citynet.store.password", StandaloneFuseki.PASSWORD);
    }

    @Override
    public List<Path> logs() {
        Path jar = Path.of(System.getProperty("citynet.it.fusekiJar", "target/fuseki/jena-fuseki-server.jar"));
        return List.of(jar.toAbsolutePath().resolveSibling(folder.getFileName() + ".log"));
    }

    @Override
    public void close() {
        fuseki.close();
        ChildProcess.deleteTree(folder);
    }
}
