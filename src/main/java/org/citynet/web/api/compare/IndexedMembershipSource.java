package org.citynet.web.api.compare;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;

import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.kernel.store.QueryRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The comparison's facts from a {@link MembershipIndex} in memory, kept in step with the store: the index
 * is used only while the store's generation is the one it was built from. When the generation moves (a
 * write), the index is dropped and rebuilt in the background, and until the new one is ready the answers
 * come from {@link SparqlMembershipSource} — so an answer is never older than the data. The first build
 * starts when the application is ready. A remote store (no dataset in this JVM) always goes to SPARQL: it
 * may change without this service's generation moving. Thread-safe; one per application.
 */
@Component
@Primary
class IndexedMembershipSource implements MembershipSource {

    private static final Logger log = LoggerFactory.getLogger(IndexedMembershipSource.class);

    private final KnowledgeStore store;
    private final SparqlMembershipSource sparql;
    private final QueryRunner runner;
    private final ExecutorService builder = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "membership-index");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean building = new AtomicBoolean();
    private volatile MembershipIndex index;

    IndexedMembershipSource(KnowledgeStore store, SparqlMembershipSource sparql, QueryRunner runner) {
        this.store = store;
        this.sparql = sparql;
        this.runner = runner;
    }

    @EventListener(ApplicationReadyEvent.class)
    void buildWhenReady() {
        rebuildLater();
    }

    @Override
    public CityFacts read(List<String> cityIris) {
        long generation = runner.dataGeneration();
        MembershipIndex current = index;
        if (current == null || current.generation() != generation) {
            rebuildLater();
            return sparql.read(cityIris);
        }
        CityFacts facts = store.readUnion(union -> current.facts(cityIris, union));
        // Labels are read from the store: a write that committed meanwhile may have changed them.
        return runner.dataGeneration() == generation ? facts : sparql.read(cityIris);
    }

    /** Whether answers currently come from an index of the current data (for tests and monitoring). */
    boolean current() {
        MembershipIndex current = index;
        return current != null && current.generation() == runner.dataGeneration();
    }

    /** Waits until {@link #current()}, asking for a rebuild if needed; false if that took too long. */
    boolean awaitCurrent(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!current()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            rebuildLater();
            Thread.sleep(50);
        }
        return true;
    }

    private void rebuildLater() {
        if (!building.compareAndSet(false, true)) {
            return;
        }
        // The stale index is dropped first so that two never take heap at once.
        index = null;
        builder.execute(() -> {
            try {
                // Read before the transaction begins: a write committed after this makes the index look
                // older than it is, so it is rebuilt; never newer.
                long generation = runner.dataGeneration();
                long started = System.nanoTime();
                MembershipIndex built = store.readUnion(union -> MembershipIndexBuilder.build(generation, union));
                index = built;
                log.info("Membership index of generation {}: {} cities, {} memberships, {} agreements, about {} MB,"
                                + " built in {} ms", generation, built.cities().size(), built.memberships().term().length,
                        built.agreements().term().length, built.approximateBytes() / 1_000_000,
                        (System.nanoTime() - started) / 1_000_000);
            } catch (RuntimeException | OutOfMemoryError e) {
                log.warn("Could not build the membership index; comparisons are answered by SPARQL", e);
            } finally {
                building.set(false);
            }
        });
    }

    @PreDestroy
    void stop() {
        builder.shutdownNow();
    }
}
