package org.citynet.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.kernel.store.StoreFactory;
import org.citynet.tools.generator.GeneratorSettings;
import org.citynet.tools.generator.KnowledgeGraphGenerator;

/**
 * A TDB2 store in memory holding a generated graph and the real ontology in its graph (so that classes below
 * {@code cn:Agreement} count): what tests at 1,000 cities compare the service's shortcuts against.
 */
public final class GeneratedStore {

    /** Read-only stores shared by the test classes of one JVM, by cities and seed. */
    private static final Map<List<Long>, KnowledgeStore> SHARED = new ConcurrentHashMap<>();

    private GeneratedStore() {
    }

    /**
     * The same store for every test class of this JVM that asks for these cities and seed: generating and
     * loading 1,000 cities takes seconds, and several classes only read them. Never to be written or closed (it
     * is in memory, and goes with the JVM).
     */
    public static KnowledgeStore shared(int cities, long seed) {
        return SHARED.computeIfAbsent(List.of((long) cities, seed), key -> {
            try {
                Path temp = Files.createTempDirectory("citynet-generated-");
                KnowledgeStore store = open(cities, seed, temp);
                Files.delete(temp.resolve("generated-" + cities + ".nq"));
                Files.delete(temp);
                return store;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * @param cities how many cities the generator makes
     * @param seed   the generator's seed
     * @param temp   a directory for the generated file
     * @return the store; the caller closes it
     */
    public static KnowledgeStore open(int cities, long seed, Path temp) {
        Path root = Path.of("").toAbsolutePath();
        Path file = temp.resolve("generated-" + cities + ".nq");
        new KnowledgeGraphGenerator(new GeneratorSettings(cities, seed), root).writeTo(file);
        KnowledgeStore store = StoreFactory.open("mem", root, StoreFactory.RemoteOptions.NONE);
        DatasetGraph dataset = TestStores.dataset(store);
        Txn.executeWrite(dataset, () -> {
            RDFDataMgr.read(dataset, file.toString());
            var ontology = dataset.getGraph(NodeFactory.createURI("https://w3id.org/citynet/graph/ontology"));
            RDFDataMgr.read(ontology, root.resolve("ontology/citynet.ttl").toString());
            RDFDataMgr.read(ontology, root.resolve("ontology/vocabularies.ttl").toString());
        });
        return store;
    }
}
