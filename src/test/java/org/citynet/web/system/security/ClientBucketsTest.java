package org.citynet.web.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Ticker;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import org.citynet.web.system.CitynetProperties.Allowance;
import org.junit.jupiter.api.Test;

/** Token buckets per client on a hand-driven clock. */
class ClientBucketsTest {

    private final AtomicLong nanos = new AtomicLong();
    private final TimeMeter clock = new TimeMeter() {
        @Override
        public long currentTimeNanos() {
            return nanos.get();
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    };
    private final Ticker ticker = nanos::get;
    private final Allowance threePerMinute = new Allowance(3, 3, Duration.ofMinutes(1));

    @Test
    void aBucketEmptiesThenRefillsAtItsRate() {
        ClientBuckets buckets = new ClientBuckets(100, Duration.ofMinutes(1), clock, ticker);
        for (int i = 0; i < 3; i++) {
            assertThat(buckets.take("a", threePerMinute).isConsumed()).isTrue();
        }
        ConsumptionProbe refused = buckets.take("a", threePerMinute);
        assertThat(refused.isConsumed()).isFalse();
        assertThat(Duration.ofNanos(refused.getNanosToWaitForRefill())).isEqualTo(Duration.ofSeconds(20));
        assertThat(buckets.take("b", threePerMinute).isConsumed()).as("another client").isTrue();

        advance(Duration.ofSeconds(20));
        assertThat(buckets.take("a", threePerMinute).isConsumed()).isTrue();
        assertThat(buckets.take("a", threePerMinute).isConsumed()).isFalse();
    }

    @Test
    void idleBucketsAreForgottenAndTheirNumberIsBounded() {
        ClientBuckets buckets = new ClientBuckets(50, ClientBuckets.timeToFill(threePerMinute), clock, ticker);
        for (int i = 0; i < 200; i++) {
            buckets.take("client-" + i, threePerMinute);
        }
        assertThat(buckets.size()).isLessThanOrEqualTo(50);
        advance(Duration.ofMinutes(2));
        assertThat(buckets.size()).isZero();
    }

    @Test
    void concurrentRequestsNeverTakeMoreThanTheCapacity() throws Exception {
        ClientBuckets buckets = new ClientBuckets(100, Duration.ofMinutes(1), clock, ticker);
        Allowance hundred = new Allowance(100, 1, Duration.ofHours(1));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> tasks = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                tasks.add(() -> {
                    int taken = 0;
                    for (int i = 0; i < 500; i++) {
                        taken += buckets.take("shared", hundred).isConsumed() ? 1 : 0;
                    }
                    return taken;
                });
            }
            int total = 0;
            for (Future<Integer> result : pool.invokeAll(tasks)) {
                total += result.get();
            }
            assertThat(total).isEqualTo(100);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void timeToFillCoversWholePeriods() {
        assertThat(ClientBuckets.timeToFill(new Allowance(120, 120, Duration.ofMinutes(1)))).isEqualTo(Duration.ofMinutes(1));
        assertThat(ClientBuckets.timeToFill(new Allowance(10, 3, Duration.ofSeconds(10)))).isEqualTo(Duration.ofSeconds(40));
    }

    private void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }
}
