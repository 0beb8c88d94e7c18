package org.citynet.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/**
 * The catalogue's summary is computed when the service is ready, on a thread of its own — not by the first
 * harvester's request, which would otherwise wait minutes at 100,000 cities and be charged the store time.
 */
class SummaryWarmupTest {

    @Test
    void theSummaryIsComputedInTheBackgroundOnceTheServiceIsReady() throws Exception {
        CatalogData data = Mockito.mock(CatalogData.class);
        CompletableFuture<String> computedOn = new CompletableFuture<>();
        Mockito.when(data.summary()).thenAnswer(call -> {
            computedOn.complete(Thread.currentThread().getName());
            throw new IllegalStateException("the store is away");
        });
        SummaryWarmup warmup = new SummaryWarmup(data);
        try {
            warmup.computeInBackground();
            assertThat(computedOn.get(10, TimeUnit.SECONDS)).isEqualTo("catalog-summary")
                    .isNotEqualTo(Thread.currentThread().getName());
        } finally {
            warmup.destroy();
        }
    }
}
