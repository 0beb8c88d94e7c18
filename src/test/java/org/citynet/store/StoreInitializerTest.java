package org.citynet.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.system.progress.MonitorOutputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start-up loading by content hash, and its exception: a bulk-loaded store (generated data) is served as it
 * is rather than replaced by the repository's files, unless a reload is forced.
 */
class StoreInitializerTest {

    private static final String ANY_GENERATED_CITY = "ASK { ?city a <https://w3id.org/citynet/ontology#City>"
            + " FILTER STRSTARTS(STR(?city), 'https://w3id.org/citynet/id/city/gen-') }";

    @TempDir
    Path temp;

    private final StoreInitializer initializer = new StoreInitializer(new KnowledgeGraphLoader());

    @Test
    void anEmptyStoreIsLoadedAndThenReused() {
        try (KnowledgeStore store = BulkFixtures.open(temp.resolve("store"))) {
            assertThat(initializer.ensureLoaded(store, LoaderFixtures.good(), false))
                    .isEqualTo(StoreInitializer.Outcome.LOADED);
            assertThat(initializer.ensureLoaded(store, LoaderFixtures.good(), false))
                    .isEqualTo(StoreInitializer.Outcome.REUSED);
            assertThat(store.loadTarget().holdsBulkLoad()).isFalse();
        }
    }

    @Test
    void aBulkLoadedStoreIsReusedAsItIsThoughItsHashDiffersFromTheFiles() {
        Path directory = bulkLoaded();
        StoreSnapshot before = BulkFixtures.snapshot(directory);

        try (KnowledgeStore store = BulkFixtures.open(directory)) {
            assertThat(initializer.ensureLoaded(store, LoaderFixtures.good(), false))
                    .isEqualTo(StoreInitializer.Outcome.REUSED_BULK_LOAD);
        }

        BulkFixtures.snapshot(directory).assertSameAs(before);
    }

    @Test
    void aForcedReloadReplacesTheBulkLoadedDataWithTheFiles() {
        Path directory = bulkLoaded();

        try (KnowledgeStore store = BulkFixtures.open(directory); RDFConnection conn = store.connect()) {
            assertThat(initializer.ensureLoaded(store, LoaderFixtures.good(), true))
                    .isEqualTo(StoreInitializer.Outcome.RELOADED);
            // The bulk manifest listed every generated graph, so the reload dropped them all.
            assertThat(conn.queryAsk(ANY_GENERATED_CITY)).isFalse();
            assertThat(conn.queryAsk("ASK { GRAPH <" + LoaderFixtures.AGREEMENTS_GRAPH + "> { ?s ?p ?o } }")).isTrue();
            assertThat(store.loadTarget().holdsBulkLoad()).isFalse();
            assertThat(store.loadTarget().currentContentHash()).isEqualTo(LoaderFixtures.good().contentHash());
        }
    }

    private Path bulkLoaded() {
        Path file = BulkFixtures.generated(temp.resolve("gen.nq"), 30);
        Path directory = temp.resolve("bulk");
        new BulkLoader(MonitorOutputs.nullOutput()).load(new BulkLoadRequest(directory, List.of(file),
                BulkFixtures.ROOT, null, false));
        try (KnowledgeStore store = BulkFixtures.open(directory); RDFConnection conn = store.connect()) {
            assertThat(conn.queryAsk(ANY_GENERATED_CITY)).isTrue();
        }
        return directory;
    }
}
