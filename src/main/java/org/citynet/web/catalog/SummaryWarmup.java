package org.citynet.web.catalog;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Computes the catalogue's summary of the data ({@link CatalogData#summary()}: counts of triples, subjects,
 * classes, properties, links) in the background as soon as the service is ready. Those are whole-graph counts:
 * at 100,000 cities on TDB2 they took 12 minutes on a request thread (totals 45 s, one scan per link target
 * about 40 s, while the indexes and dumps were being built), charged as store time to the harvester that asked
 * first. Made here, no client pays for them, and a harvester that asks later finds them kept; one that asks
 * while they are computed waits for the same computation (the cache is synchronised), never starts another.
 * At start-up the indexes and the dumps read the whole store at the same time, and a count may then pass
 * its timeout: the warm-up tries again, {@value #ATTEMPTS} times in all, a while later.
 */
@Component
class SummaryWarmup implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SummaryWarmup.class);

    static final int ATTEMPTS = 3;

    private final CatalogData data;
    private final Duration retryAfter;
    private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "catalog-summary");
        thread.setDaemon(true);
        return thread;
    });

    @Autowired
    SummaryWarmup(CatalogData data) {
        this(data, Duration.ofMinutes(2));
    }

    SummaryWarmup(CatalogData data, Duration retryAfter) {
        this.data = data;
        this.retryAfter = retryAfter;
    }

    @EventListener(ApplicationReadyEvent.class)
    void computeInBackground() {
        background.execute(() -> attempt(1));
    }

    private void attempt(int number) {
        long start = System.nanoTime();
        try {
            DataSummary summary = data.summary();
            log.info("Catalogue summary of data version {} ready: {} triples, in {} ms",
                    summary.version().generation(), summary.statistics().triples(),
                    (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            if (number < ATTEMPTS && !background.isShutdown()) {
                log.info("Could not compute the catalogue summary in the background ({}); trying again in {} s",
                        e.toString(), retryAfter.toSeconds());
                background.schedule(() -> attempt(number + 1), retryAfter.toMillis(), TimeUnit.MILLISECONDS);
            } else {
                log.warn("Could not compute the catalogue summary in the background; the first request will", e);
            }
        }
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }
}
