package org.citynet.web.api.queries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class PerDataVersionTest {

    private final AtomicInteger computations = new AtomicInteger();

    private String compute() {
        return "value " + computations.incrementAndGet();
    }

    @Test
    void aValueIsComputedOncePerStampAndKey() {
        PerDataVersion<String> kept = new PerDataVersion<>(10);
        assertThat(kept.get("1", List.of("q"), this::compute, () -> "1")).isEqualTo("value 1");
        assertThat(kept.get("1", List.of("q"), this::compute, () -> "1")).isEqualTo("value 1");
        assertThat(kept.get("1", List.of("other"), this::compute, () -> "1")).isEqualTo("value 2");
        assertThat(kept.get("2", List.of("q"), this::compute, () -> "2")).isEqualTo("value 3");
        assertThat(computations).hasValue(3);
        // Seeing stamp 2 dropped what stamp 1 had.
        assertThat(kept.size()).isEqualTo(1);
    }

    @Test
    void aValueWhoseDataChangedWhileItWasComputedIsNotKept() {
        PerDataVersion<String> kept = new PerDataVersion<>(10);
        assertThat(kept.get("1", List.of("q"), this::compute, () -> "2")).isEqualTo("value 1");
        assertThat(kept.get("1", List.of("q"), this::compute, () -> "1")).isEqualTo("value 2");
        assertThat(kept.get("1", List.of("q"), this::compute, () -> "1")).isEqualTo("value 2");
    }

    @Test
    void aFailureKeepsNothing() {
        PerDataVersion<String> kept = new PerDataVersion<>(10);
        assertThatThrownBy(() -> kept.get("1", List.of("q"), () -> {
            throw new IllegalStateException("timed out");
        }, () -> "1")).hasMessage("timed out");
        assertThat(kept.size()).isZero();
        assertThat(kept.get("1", List.of("q"), this::compute, () -> "1")).isEqualTo("value 1");
    }

    @Test
    void atMostTheGivenNumberOfValuesIsKept() {
        PerDataVersion<String> kept = new PerDataVersion<>(2);
        for (int i = 0; i < 5; i++) {
            kept.get("1", List.of(i), this::compute, () -> "1");
        }
        assertThat(kept.size()).isEqualTo(2);
    }
}
