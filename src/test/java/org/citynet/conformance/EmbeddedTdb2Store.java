package org.citynet.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The default: a TDB2 directory the service opens itself, in a new empty temporary folder. */
final class EmbeddedTdb2Store implements StoreUnderTest {

    private final Path folder;

    private EmbeddedTdb2Store(Path folder) {
        this.folder = folder;
    }

    static EmbeddedTdb2Store start(Path work) {
        try {
            return new EmbeddedTdb2Store(Files.createTempDirectory(work, "tdb2-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String name() {
        return "embedded-tdb2";
    }

    @Override
    public String origin() {
        return null;
    }

    @Override
    public Map<String, String> serviceSettings() {
        return Map.of("citynet.store.location", folder.resolve("tdb2").toString());
    }

    @Override
    public List<Path> logs() {
        return List.of();
    }

    @Override
    public void close() {
        ChildProcess.deleteTree(folder);
    }
}
