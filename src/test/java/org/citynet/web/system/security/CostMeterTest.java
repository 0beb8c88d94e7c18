package org.citynet.web.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

/** What a request costs: store time and credential checks on its own thread, within its tab only. */
class CostMeterTest {

    private final CostMeter meter = new CostMeter();

    @Test
    void aTabAddsUpTheStoreTimeAndChecksOfItsThread() throws Exception {
        meter.queried(Duration.ofSeconds(5));
        try (CostMeter.Tab tab = meter.open()) {
            meter.queried(Duration.ofMillis(300));
            meter.queried(Duration.ofMillis(200));
            CompletableFuture.runAsync(() -> meter.queried(Duration.ofSeconds(30))).get();
            String checked = meter.measure(() -> {
                sleep(20);
                return "checked";
            });
            assertThat(checked).isEqualTo("checked");
            assertThat(tab.storeTime()).as("before the tab and on other threads: no one's")
                    .isEqualTo(Duration.ofMillis(500));
            assertThat(tab.checkTime()).isBetween(Duration.ofMillis(20), Duration.ofMillis(1_500));
            assertThat(tab.total()).isEqualTo(tab.storeTime().plus(tab.checkTime()));
        }
        try (CostMeter.Tab next = meter.open()) {
            assertThat(next.total()).isZero();
        }
    }

    @Test
    void aFailedCheckCostsItsTimeToo() {
        try (CostMeter.Tab tab = meter.open()) {
            assertThatThrownBy(() -> meter.measure(() -> {
                sleep(20);
                throw new IllegalStateException("wrong password");
            })).hasMessage("wrong password");
            assertThat(tab.total()).isGreaterThanOrEqualTo(Duration.ofMillis(20));
        }
    }

    @Test
    void anInnerTabLeavesTheOuterOneCounting() {
        try (CostMeter.Tab outer = meter.open()) {
            try (CostMeter.Tab inner = meter.open()) {
                meter.queried(Duration.ofMillis(40));
                assertThat(inner.total()).isZero();
            }
            meter.queried(Duration.ofMillis(2));
            assertThat(outer.total()).isEqualTo(Duration.ofMillis(42));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
