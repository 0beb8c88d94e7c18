package org.citynet.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/**
 * The catalogue's summary is computed when the service is ready, on a thread of its own — not by the first
 * harvester's request, which would otherwise wait minutes at 100,000 cities and be charged the store time.
 */
class SummaryWarmupTest {

    @Test
    void theSummaryIsComputedInTheBackgroundOnceReadyAndTriedAgainAfterAFailure() throws Exception {
        CatalogData data = Mockito.mock(CatalogData.class);
        List<String> threads = new CopyOnWriteArrayList<>();
        CountDownLatch attempts = new CountDownLatch(SummaryWarmup.ATTEMPTS);
        Mockito.when(data.summary()).thenAnswer(call -> {
            threads.add(Thread.currentThread().getName());
            attempts.countDown();
            throw new IllegalStateException("a count passed its timeout");
        });
        SummaryWarmup warmup = new SummaryWarmup(data, Duration.ofMillis(50));
        try {
            warmup.computeInBackground();
            assertThat(attempts.await(10, TimeUnit.SECONDS)).as("tried again after a failure").isTrue();
            Thread.sleep(300);
            assertThat(threads).as("%d attempts, none on the caller's thread", SummaryWarmup.ATTEMPTS)
                    .hasSize(SummaryWarmup.ATTEMPTS).containsOnly("catalog-summary");
        } finally {
            warmup.destroy();
        }
    }
}
