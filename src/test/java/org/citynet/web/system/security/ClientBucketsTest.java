package org.citynet.web.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.citynet.web.system.CitynetProperties.Allowance;
import org.junit.jupiter.api.Test;

/** Budgets per client on a hand-driven clock: one each, forgotten when whole, bounded in number. */
class ClientBucketsTest {

    private final HandClock clock = new HandClock();
    private final Allowance allowance = new Allowance(Duration.ofSeconds(60), 1200);

    @Test
    void eachClientHasItsOwnBudget() {
        ClientBuckets buckets = new ClientBuckets(100, clock, clock);
        assertThat(buckets.admit("a", allowance).admitted()).isTrue();
        buckets.charge("a", allowance, Duration.ofSeconds(61));
        assertThat(buckets.admit("a", allowance).admitted()).isFalse();
        assertThat(buckets.admit("b", allowance).admitted()).as("another client").isTrue();
    }

    @Test
    void idleBudgetsAreForgottenOnlyOnceWholeAndTheirNumberIsBounded() {
        ClientBuckets buckets = new ClientBuckets(50, clock, clock);
        for (int i = 0; i < 200; i++) {
            buckets.admit("client-" + i, allowance);
        }
        assertThat(buckets.size()).isLessThanOrEqualTo(50);

        buckets.charge("indebted", allowance, Duration.ofMinutes(5));
        clock.advance(Duration.ofSeconds(90));
        assertThat(buckets.admit("indebted", allowance).storeTime().remaining())
                .as("still paying off its debt, not forgotten").isEqualTo(30_000);
        clock.advance(ClientBuckets.IDLE_UNTIL_WHOLE);
        assertThat(buckets.size()).isZero();
    }

    @Test
    void concurrentRequestsNeverTakeMoreThanTheCeiling() throws Exception {
        ClientBuckets buckets = new ClientBuckets(100, clock, clock);
        Allowance hundred = new Allowance(Duration.ofSeconds(60), 100);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> tasks = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                tasks.add(() -> {
                    int taken = 0;
                    for (int i = 0; i < 500; i++) {
                        taken += buckets.admit("shared", hundred).admitted() ? 1 : 0;
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
}
