package org.citynet.web.catalog;

import java.time.Duration;
import java.util.concurrent.ExecutorService;

import org.citynet.web.system.CacheConfiguration;
import org.citynet.web.system.BackgroundThreads;
import org.citynet.web.system.BackgroundWork;
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
    private final ExecutorService background = BackgroundThreads.single("catalog-summary");
    private final InFlight<DataSummary> making;

    @Autowired
    CatalogSummaries(CatalogData data, CacheManager caches, BackgroundWork work) {
        this(data, caches, Dumps.REQUEST_WAIT, work);
    }

    CatalogSummaries(CatalogData data, CacheManager caches, Duration requestWait, BackgroundWork work) {
        this.data = data;
        this.kept = caches.getCache(CacheConfiguration.CATALOG_SUMMARY);
        this.requestWait = requestWait;
        this.making = new InFlight<>(background,
                () -> work.run(BackgroundWork.Kind.COUNTS, "the catalogue's counts", data::summary));
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
        // One computation for the requests that wait, joining the warm-up's if it runs (the cache is synchronised).
        return BoundedWait.await(making.get(), requestWait.toNanos(), NotReadyException::statistics);
    }

    /** Waits for a count that is running ({@link BackgroundThreads#stop}). */
    @Override
    public void destroy() throws InterruptedException {
        BackgroundThreads.stop(background, "The catalogue's counts");
    }
}
