package org.citynet.web.api.compare;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;

import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.web.system.BackgroundThreads;
import org.citynet.web.system.BackgroundWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The comparison's facts from a {@link MembershipIndex} in memory, which holds everything an answer needs,
 * so that an answer reads nothing from the store. The index is used only while the store's
 * {@linkplain KnowledgeStore#changeStamp() change stamp} is the one it was built at: on a store in this JVM
 * that is its generation, known without I/O; on a remote store it is the stamp the request read from the store
 * at its start ({@code QueryRunner#requestStamp()}), so that a reload by another process is noticed by the
 * next request. When the stamp moves, the index is dropped and
 * rebuilt in the background (with SELECTs through the {@code QueryRunner}, the same on every store), and
 * until the new one is ready the answers come from {@link SparqlMembershipSource} — so an answer is never
 * older than the data was when its request began. The first build starts when the application is ready. Thread-safe; one per
 * application.
 */
@Component
@Primary
class IndexedMembershipSource implements MembershipSource, KnownCities {

    private static final Logger log = LoggerFactory.getLogger(IndexedMembershipSource.class);
    /** Builds in a row that the data outran; then the next request asks again. */
    private static final int ATTEMPTS = 3;

    private final KnowledgeStore store;
    private final SparqlMembershipSource sparql;
    private final FactQueries queries;
    private final ExecutorService builder = BackgroundThreads.single("membership-index");
    private final BackgroundWork work;
    private final AtomicBoolean building = new AtomicBoolean();
    private volatile MembershipIndex index;

    IndexedMembershipSource(KnowledgeStore store, SparqlMembershipSource sparql, FactQueries queries,
                            BackgroundWork work) {
        this.work = work;
        this.store = store;
        this.sparql = sparql;
        this.queries = queries;
    }

    @EventListener(ApplicationReadyEvent.class)
    void buildWhenReady() {
        rebuildLater();
    }

    @Override
    public CityFacts read(List<String> cityIris) {
        MembershipIndex current = currentIndex();
        return current == null ? sparql.read(cityIris) : current.facts(cityIris);
    }

    @Override
    public List<Term> cities() {
        MembershipIndex current = currentIndex();
        return current == null ? sparql.cities() : current.cities();
    }

    @Override
    public List<String> cityIris() {
        MembershipIndex current = currentIndex();
        return current == null ? sparql.cityIris() : current.cityIris();
    }

    @Override
    public List<Term> cities(Collection<String> iris) {
        MembershipIndex current = currentIndex();
        return current == null ? sparql.cities(iris) : current.cities(iris);
    }

    /**
     * The index if it describes the data this request reads; else null, and a rebuild is asked for if the
     * index is not of the data as it is now (a request that began before a write it has not seen leaves an
     * index of the newer data alone).
     */
    private MembershipIndex currentIndex() {
        MembershipIndex current = index;
        // The stamp the request read first: one read of a remote store's stamp per request, not two.
        if (current != null && current.stamp().equals(queries.requestStamp())) {
            return current;
        }
        if (current == null || !current.stamp().equals(store.changeStamp().value())) {
            rebuildLater();
        }
        return null;
    }

    /** Whether answers currently come from an index of the current data (for tests and monitoring). */
    boolean current() {
        MembershipIndex current = index;
        return current != null && current.stamp().equals(store.changeStamp().value());
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
                work.run(BackgroundWork.Kind.INDEX, "the membership index", this::build);
            } catch (InterruptedException e) {
                log.info("Stopped building the membership index: the service is stopping");
            } finally {
                building.set(false);
            }
        });
    }

    private void build() {
        try {
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                // The stamp is read before the generation and the data: a write committed in between makes the
                // index look older than it is, so it is not used; it never labels old data new.
                String stamp = store.changeStamp().value();
                long started = System.nanoTime();
                MembershipIndex built = MembershipIndexBuilder.build(queries, stamp, queries.generation());
                // Each SELECT reads its own state of the data: only a stamp that did not move makes them one.
                if (store.changeStamp().value().equals(stamp)) {
                    index = built;
                    log.info("Membership index at change stamp {}: {} cities, {} memberships, {} agreements,"
                                    + " {} labels, {} source documents, about {} MB, built in {} ms", stamp,
                            built.cityCount(), built.membershipCount(), built.agreementCount(), built.labelCount(),
                            built.sourceCount(), String.format(Locale.ROOT, "%.1f", built.approximateBytes() / 1e6),
                            (System.nanoTime() - started) / 1_000_000);
                    return;
                }
                log.info("The data changed while the membership index was built (attempt {} of {})", attempt,
                        ATTEMPTS);
            }
        } catch (RuntimeException | OutOfMemoryError e) {
            log.warn("Could not build the membership index; comparisons are answered by SPARQL until the next"
                    + " one asks for a build again", e);
        }
    }

    /** Waits for a build that is running ({@link BackgroundThreads#stop}). */
    @PreDestroy
    void stop() throws InterruptedException {
        BackgroundThreads.stop(builder, "The membership index's build");
    }
}
