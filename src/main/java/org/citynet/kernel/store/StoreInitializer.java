package org.citynet.kernel.store;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.citynet.kernel.load.KnowledgeGraphFiles;
import org.citynet.kernel.load.KnowledgeGraphLoader;
import org.citynet.kernel.load.LoadException;
import org.citynet.kernel.load.LoadRecord;
import org.citynet.kernel.load.LoadSummary;
import org.citynet.kernel.load.LoadTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a store up to date with the files at start-up: an empty store is filled, a store whose content
 * hash differs from the files' (or a forced reload) is loaded again, and an up-to-date store is reused as
 * it is. A store whose manifest records a bulk load ({@link BulkLoader}: generated or other data of its
 * own) is reused as it is too, whatever the files say, unless a reload is forced. A refused load never
 * costs data: if the store already holds a graph, the service keeps serving it and says why the new files
 * were refused; only an empty store makes the refusal fatal. Replicas that start together on one empty remote
 * store race to load it: the loads are conditional on the store's version, so one goes through and the others
 * stop ({@link WriteConflictException}) and wait for its manifest, then reuse the store.
 */
public final class StoreInitializer {

    private static final Logger log = LoggerFactory.getLogger(StoreInitializer.class);

    private static final Duration POLL = Duration.ofSeconds(2);

    private final KnowledgeGraphLoader loader;
    private final Duration patience;

    public StoreInitializer(KnowledgeGraphLoader loader) {
        this(loader, Duration.ofMinutes(10));
    }

    /** @param patience how long to wait for another process's load of the same store */
    public StoreInitializer(KnowledgeGraphLoader loader, Duration patience) {
        this.loader = loader;
        this.patience = patience;
    }

    /** What happened at start-up. */
    public enum Outcome { LOADED, RELOADED, REUSED, REUSED_BULK_LOAD, KEPT_AFTER_REFUSAL }

    /**
     * @throws LoadException if the files are refused and the store holds no earlier load to fall back on
     */
    public StoreStartup ensureLoaded(KnowledgeStore store, KnowledgeGraphFiles files, boolean forceReload) {
        LoadTarget target = store.loadTarget();
        Optional<LoadRecord> current = target.lastLoad();
        if (!forceReload && target.holdsBulkLoad()) {
            log.info("Reusing {} as it is: it holds a bulk-loaded dataset, not the files under {}."
                    + " Start with --reload to replace it with those files.", store.description(), files.root());
            return new StoreStartup(store.description(), Outcome.REUSED_BULK_LOAD, current.orElse(null), List.of());
        }
        String wanted = files.contentHash();
        if (current.isPresent() && current.get().contentHash().equals(wanted) && !forceReload) {
            log.info("Reusing {}: it holds the current files (content hash {}, loaded {})", store.description(),
                    abbreviate(wanted), current.get().loadedAt());
            return new StoreStartup(store.description(), Outcome.REUSED, current.get(), List.of());
        }
        try {
            LoadSummary summary = loader.load(files, target);
            log.info("Loaded {} graphs, {} triples into {} in {} ms", summary.graphs().size(), summary.triples(),
                    store.description(), summary.duration().toMillis());
            Outcome outcome = current.isEmpty() ? Outcome.LOADED : Outcome.RELOADED;
            return new StoreStartup(store.description(), outcome, readBack(target), List.of());
        } catch (WriteConflictException e) {
            return awaitOtherLoad(store, target, wanted, e);
        } catch (LoadException e) {
            if (current.isEmpty()) {
                throw e;
            }
            log.error("The files under {} were refused; {} keeps serving the data it holds (content hash {}). {}",
                    files.root(), store.description(), abbreviate(current.get().contentHash()), e.getMessage());
            return new StoreStartup(store.description(), Outcome.KEPT_AFTER_REFUSAL, current.get(), e.problems());
        }
    }

    /** Another process wrote to the store during this load: if it was loading the same files, wait for it. */
    private StoreStartup awaitOtherLoad(KnowledgeStore store, LoadTarget target, String wanted,
                                        WriteConflictException conflict) {
        log.info("Another process wrote to {} while this one loaded it; waiting up to {} for a complete load of"
                + " the same files", store.description(), patience);
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<LoadRecord> now = target.lastLoad();
            if (now.isPresent() && now.get().contentHash().equals(wanted)) {
                log.info("Reusing {}: another process loaded the current files (content hash {})",
                        store.description(), abbreviate(wanted));
                return new StoreStartup(store.description(), Outcome.REUSED, now.get(), List.of());
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw conflict;
    }

    // Read back rather than taken from the summary: it shows what the store itself now says it holds.
    private static LoadRecord readBack(LoadTarget target) {
        return target.lastLoad().orElseThrow(() -> new IllegalStateException(
                "The store holds no load manifest right after a load into " + target));
    }

    private static String abbreviate(String hash) {
        return hash.length() > 12 ? hash.substring(0, 12) : hash;
    }
}
