package org.citynet.web.catalog;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.citynet.web.system.CacheConfiguration;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;

/**
 * The catalogue's summary ({@link CatalogData#summary()}) as requests get it: kept, or waited for at most
 * {@link Dumps#REQUEST_WAIT} while it is computed, then 503 {@code statistics-not-ready}. At 100,000 cities on
 * TDB2 VoID waited nine minutes at start-up for the counts the warm-up was computing; a harvester's client, or
 * SPARQLWrapper reading the service description, gives up long before.
 */
@Component
public class CatalogSummaries implements DisposableBean {

    private final CatalogData data;
    private final Cache kept;
    private final Duration requestWait;
    private final ExecutorService background = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "catalog-summary");
        thread.setDaemon(true);
        return thread;
    });
    private Future<DataSummary> making;

    @Autowired
    CatalogSummaries(CatalogData data, CacheManager caches) {
        this(data, caches, Dumps.REQUEST_WAIT);
    }

    CatalogSummaries(CatalogData data, CacheManager caches, Duration requestWait) {
        this.data = data;
        this.kept = caches.getCache(CacheConfiguration.CATALOG_SUMMARY);
        this.requestWait = requestWait;
    }

    /**
     * The summary of the current data.
     *
     * @throws NotReadyException if it is still being computed once the request has waited its time
     */
    public DataSummary forRequest() {
        DataSummary summary = kept.get(data.version(), DataSummary.class);
        if (summary != null) {
            return summary;
        }
        return BoundedWait.await(making(), requestWait.toNanos(), NotReadyException::statistics);
    }

    /** One computation for the requests that wait, joining the warm-up's if it runs (the cache is synchronised). */
    private synchronized Future<DataSummary> making() {
        if (making == null || making.isDone()) {
            making = background.submit(data::summary);
        }
        return making;
    }

    /** Waits for a count that is running, so that its read transaction is closed before the store is. */
    @Override
    public void destroy() throws InterruptedException {
        background.shutdownNow();
        background.awaitTermination(10, TimeUnit.SECONDS);
    }
}
