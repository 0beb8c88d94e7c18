package org.citynet.kernel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.system.progress.MonitorOutputs;
import org.citynet.kernel.backup.StoreSnapshot;
import org.citynet.kernel.bulk.BulkFixtures;
import org.citynet.kernel.bulk.BulkLoadRequest;
import org.citynet.kernel.bulk.BulkLoader;
import org.citynet.kernel.load.KnowledgeGraphLoader;
import org.citynet.kernel.load.LoadException;
import org.citynet.kernel.load.LoadRecord;
import org.citynet.kernel.load.LoaderFixtures;
import org.citynet.kernel.store.StoreInitializer.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The four start-up outcomes on a TDB2 store in memory with the loader's fixtures, and the report each
 * gives: the manifest read back from the store, and the problems after a refusal.
 */
class StoreInitializerTest {

    private static final String ANY_GENERATED_CITY = "ASK { ?city a <https://w3id.org/citynet/ontology#City>"
            + " FILTER STRSTARTS(STR(?city), 'https://w3id.org/citynet/id/city/gen-') }";

    private final StoreInitializer initializer = new StoreInitializer(new KnowledgeGraphLoader(new TickingClock()));
    private final KnowledgeStore store = StoreFactory.open("mem", Path.of("."), StoreFactory.RemoteOptions.NONE);

    @TempDir
    Path temp;

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void emptyStoreIsLoadedAndReportsItsManifest() {
        StoreStartup startup = initializer.ensureLoaded(store, LoaderFixtures.good(), false);

        assertThat(startup.outcome()).isEqualTo(Outcome.LOADED);
        assertThat(startup.store()).isEqualTo("TDB2 in memory");
        assertThat(startup.load().contentHash()).isEqualTo(LoaderFixtures.good().contentHash());
        assertThat(startup.load().tripleCount()).isEqualTo(LoaderFixtures.GOOD_TRIPLES);
        assertThat(startup.load().loadedAt()).isNotNull();
        assertThat(startup.refusal()).isEmpty();
        assertThat(store.loadTarget().lastLoad()).contains(startup.load());
    }

    @Test
    void upToDateStoreIsReusedWithoutWriting() {
        LoadRecord first = initializer.ensureLoaded(store, LoaderFixtures.good(), false).load();
        long generation = store.generation();

        StoreStartup again = initializer.ensureLoaded(store, LoaderFixtures.good(), false);

        assertThat(again.outcome()).isEqualTo(Outcome.REUSED);
        assertThat(again.load()).isEqualTo(first);
        assertThat(store.generation()).isEqualTo(generation);
    }

    @Test
    void forcedReloadWritesAgain() {
        LoadRecord first = initializer.ensureLoaded(store, LoaderFixtures.good(), false).load();

        StoreStartup forced = initializer.ensureLoaded(store, LoaderFixtures.good(), true);

        assertThat(forced.outcome()).isEqualTo(Outcome.RELOADED);
        assertThat(forced.load().contentHash()).isEqualTo(first.contentHash());
        assertThat(forced.load().loadedAt()).isAfter(first.loadedAt());
    }

    @Test
    void refusedFilesKeepTheLoadedDataAndSayWhy() {
        LoadRecord first = initializer.ensureLoaded(store, LoaderFixtures.good(), false).load();
        StoreSnapshot before = StoreSnapshot.of(store);

        StoreStartup kept = initializer.ensureLoaded(store, LoaderFixtures.goodPlus("broken/syntax-error.trig"), false);

        assertThat(kept.outcome()).isEqualTo(Outcome.KEPT_AFTER_REFUSAL);
        assertThat(kept.load()).isEqualTo(first);
        assertThat(kept.refusal()).isNotEmpty()
                .allSatisfy(problem -> assertThat(problem.file()).isEqualTo("broken/syntax-error.trig"));
        StoreSnapshot.of(store).assertSameAs(before);
    }

    @Test
    void refusedFilesOnAnEmptyStoreFailStartUp() {
        assertThatThrownBy(() -> initializer.ensureLoaded(store, LoaderFixtures.goodPlus("broken/syntax-error.trig"), false))
                .isInstanceOf(LoadException.class)
                .hasMessageContaining("broken/syntax-error.trig:");
        assertThat(store.loadTarget().lastLoad()).isEmpty();
    }

    /** A clock one second further on at every reading, so two loads never share a time. */
    private static final class TickingClock extends Clock {

        private Instant now = Instant.parse("2025-06-01T12:00:00Z");

        @Override
        public synchronized Instant instant() {
            now = now.plus(Duration.ofSeconds(1));
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @Test
    void aBulkLoadedStoreIsReusedAsItIsThoughItsHashDiffersFromTheFiles() {
        Path directory = bulkLoaded();
        StoreSnapshot before = BulkFixtures.snapshot(directory);

        try (KnowledgeStore store = BulkFixtures.open(directory)) {
            assertThat(initializer.ensureLoaded(store, LoaderFixtures.good(), false).outcome())
                    .isEqualTo(StoreInitializer.Outcome.REUSED_BULK_LOAD);
        }

        BulkFixtures.snapshot(directory).assertSameAs(before);
    }

    @Test
    void aForcedReloadReplacesTheBulkLoadedDataWithTheFiles() {
        Path directory = bulkLoaded();

        try (KnowledgeStore store = BulkFixtures.open(directory); RDFConnection conn = store.connect()) {
            assertThat(initializer.ensureLoaded(store, LoaderFixtures.good(), true).outcome())
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
