package org.citynet.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.jena.rdf.model.ModelFactory;
import org.citynet.kernel.store.DataVersion;
import org.citynet.web.system.CacheConfiguration;
import org.citynet.web.system.BackgroundWork;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.cache.concurrent.ConcurrentMapCacheManager;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * VoID, the catalogue and the service description get the whole-graph counts kept for the current data, or wait
 * a bounded time while they are computed (nine minutes at 100,000 cities at start-up), then 503
 * {@code statistics-not-ready} with {@code Retry-After}. The counts here are a stand-in whose computing takes as
 * long as the test says.
 */
class CatalogSummariesTest {

    private static final Instant LOADED = Instant.parse("2026-12-06T00:00:00Z");
    private static final DataVersion VERSION = new DataVersion(7, "hash", LOADED, LOADED, LOADED);

    @Test
    void aRequestGetsTheKeptSummaryOrWaitsABoundedTimeForItThen503() throws Exception {
        DataSummary summary = new DataSummary(VERSION, new Statistics(1, 2, 3, 4, 5, List.of(), List.of(), List.of(),
                List.of()), new Provenance(Year.of(1999), Year.of(2025), List.of(), ModelFactory.createDefaultModel(),
                List.of()));
        CountDownLatch release = new CountDownLatch(1);
        CatalogData data = Mockito.mock(CatalogData.class);
        Mockito.when(data.version()).thenReturn(VERSION);
        Mockito.when(data.summary()).thenAnswer(call -> {
            assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
            return summary;
        });
        ConcurrentMapCacheManager caches = new ConcurrentMapCacheManager(CacheConfiguration.CATALOG_SUMMARY);
        CatalogSummaries summaries = new CatalogSummaries(data, caches, Duration.ofMillis(300), new BackgroundWork(1));
        try {
            long start = System.nanoTime();
            assertThatThrownBy(summaries::forRequest).isInstanceOfSatisfying(NotReadyException.class, refused -> {
                assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                assertThat(refused.getBody().getType().toString()).endsWith("/statistics-not-ready");
                assertThat(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("60");
            });
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300))
                    .isLessThan(Duration.ofSeconds(10));
            assertThatThrownBy(summaries::forRequest).isInstanceOf(NotReadyException.class);
            Mockito.verify(data, Mockito.times(1)).summary();

            release.countDown();
            assertThat(summaries.forRequest()).isSameAs(summary);

            // In the service the summary is kept by the cache CatalogData#summary() is proxied through.
            DataSummary kept = new DataSummary(VERSION, summary.statistics(), summary.provenance());
            caches.getCache(CacheConfiguration.CATALOG_SUMMARY).put(VERSION, kept);
            Mockito.clearInvocations(data);
            assertThat(summaries.forRequest()).as("what is kept for the version, not computed").isSameAs(kept);
            Mockito.verify(data, Mockito.never()).summary();
        } finally {
            release.countDown();
            summaries.destroy();
        }
    }
}
