package org.citynet.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.citynet.kernel.store.DataVersion;
import org.citynet.web.system.BackgroundWork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.Mockito;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * A request for the catalogue or a dump while the dumps are written (minutes at 100,000 cities) waits a bounded
 * time, then is answered 503 {@code dumps-not-ready} with {@code Retry-After} instead of hanging; the dumps are
 * written once, in the background, however many requests come meanwhile, and a stale set is never returned.
 * The dump writer here is a stand-in whose writing takes as long as the test says.
 */
class DumpsWaitTest {

    private static final Instant LOADED = Instant.parse("2026-12-06T00:00:00Z");

    @TempDir
    Path directory;

    @Test
    void aRequestWaitsABoundedTimeForDumpsBeingWrittenThenGets503AndLaterTheFreshSet() throws Exception {
        AtomicReference<DataVersion> version = new AtomicReference<>(version(1));
        CatalogData data = Mockito.mock(CatalogData.class);
        Mockito.when(data.version()).thenAnswer(call -> version.get());
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger writes = new AtomicInteger();
        DumpWriter writer = Mockito.mock(DumpWriter.class);
        Mockito.when(writer.write(Mockito.any())).thenAnswer(call -> {
            writes.incrementAndGet();
            assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
            return Map.of(DumpFormat.values()[0], new Dump(DumpFormat.values()[0], directory.resolve("d"), "sha",
                    1, LOADED));
        });
        Dumps dumps = new Dumps(data, writer, directory, false, Duration.ofMillis(300), new BackgroundWork(1));
        try {
            long start = System.nanoTime();
            assertThatThrownBy(dumps::forRequest).isInstanceOfSatisfying(NotReadyException.class, refused -> {
                assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                assertThat(refused.getBody().getType().toString()).endsWith("/dumps-not-ready");
                assertThat(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))
                        .isEqualTo(Integer.toString(NotReadyException.RETRY_AFTER_SECONDS));
            });
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("waited, but not for the dumps")
                    .isGreaterThanOrEqualTo(Duration.ofMillis(300)).isLessThan(Duration.ofSeconds(10));
            assertThatThrownBy(dumps::forRequest).isInstanceOf(NotReadyException.class);
            assertThat(writes.get()).as("one writing for both requests").isEqualTo(1);

            release.countDown();
            assertThat(dumps.forRequest().version()).isEqualTo(version(1));
            assertThat(writes.get()).isEqualTo(1);

            version.set(version(2));
            assertThat(dumps.forRequest().version()).as("never the set of older data").isEqualTo(version(2));
            assertThat(writes.get()).as("written again for the new data").isEqualTo(2);
        } finally {
            release.countDown();
            dumps.destroy();
        }
    }

    private static DataVersion version(long generation) {
        return new DataVersion(generation, "hash" + generation, LOADED, LOADED, LOADED);
    }
}
