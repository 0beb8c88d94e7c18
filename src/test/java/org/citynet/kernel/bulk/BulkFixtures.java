package org.citynet.kernel.bulk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.citynet.kernel.backup.StoreSnapshot;
import org.citynet.kernel.load.KnowledgeGraphLoader;
import org.citynet.kernel.load.LoaderFixtures;
import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.kernel.store.StoreFactory;
import org.citynet.support.TestStores;
import org.citynet.tools.generator.GeneratorSettings;
import org.citynet.tools.generator.KnowledgeGraphGenerator;

/** Files and stores for bulk-loading tests: generated graphs, a graph broken half-way, a loaded store. */
public final class BulkFixtures {

    /** Maven runs tests in the project folder, whose ontology/ the bulk loader writes as the ontology graph. */
    public static final Path ROOT = Path.of("").toAbsolutePath();

    /** What {@link #brokenHalfWay} writes into the middle: a statement without an object. */
    static final String BROKEN_LINE = "<https://w3id.org/citynet/id/city/gen-x>"
            + " <http://www.w3.org/2004/02/skos/core#prefLabel> .";

    private BulkFixtures() {
    }

    public static Path generated(Path file, int cities) {
        new KnowledgeGraphGenerator(new GeneratorSettings(cities, 11), ROOT).writeTo(file);
        return file;
    }

    /**
     * The lines of a generated N-Quads file with {@link #BROKEN_LINE} after the first half: the first half
     * is good data that a loader will already have taken in when it meets the error.
     *
     * @return the 1-based number of the broken line
     */
    static int brokenHalfWay(Path file, int cities) {
        try {
            Path good = generated(file.resolveSibling("good-" + file.getFileName()), cities);
            List<String> lines = new ArrayList<>(Files.readAllLines(good, StandardCharsets.UTF_8));
            int half = lines.size() / 2;
            lines.add(half, BROKEN_LINE);
            Files.write(file, lines, StandardCharsets.UTF_8);
            return half + 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A TDB2 store holding the loader's good fixtures, loaded the normal way. */
    static Path storeWithFixtures(Path directory) {
        try (KnowledgeStore store = open(directory)) {
            new KnowledgeGraphLoader().load(LoaderFixtures.good(), store.loadTarget());
        }
        return directory;
    }

    public static KnowledgeStore open(Path directory) {
        return StoreFactory.open(directory.toString(), ROOT, StoreFactory.RemoteOptions.NONE);
    }

    public static StoreSnapshot snapshot(Path directory) {
        try (KnowledgeStore store = open(directory)) {
            DatasetGraph dataset = TestStores.dataset(store);
            return StoreSnapshot.of(dataset);
        }
    }
}
