package org.citynet.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
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

    @Test
    void theValuesUsedLongestAgoGoFirst() {
        // Room for three values of weight 4: two older answers, then a query asked in three languages by turns.
        PerDataVersion<String> kept = new PerDataVersion<>(10, 12, String::length);
        kept.get("1", List.of("older", 1), () -> "old1", () -> "1");
        kept.get("1", List.of("older", 2), () -> "old2", () -> "1");
        for (int round = 0; round < 4; round++) {
            for (String lang : List.of("en", "fi", "sv")) {
                kept.get("1", List.of("networks", lang), () -> lang + computations.incrementAndGet() + "x",
                        () -> "1");
            }
        }
        // Each language computed once: the older answers made room, not the languages asked for by turns.
        assertThat(computations).hasValue(3);
        assertThat(kept.size()).isEqualTo(3);
        assertThat(kept.get("1", List.of("older", 1), () -> "new1", () -> "1")).isEqualTo("new1");
        // Asking for it again used it last: of the languages, en was used longest ago and went.
        assertThat(kept.get("1", List.of("networks", "fi"), () -> "fi new", () -> "1")).isEqualTo("fi2x");
        assertThat(kept.get("1", List.of("networks", "en"), () -> "en new", () -> "1")).isEqualTo("en new");
    }

    @Test
    void whicheverWasUsedLongestAgoIsTheOneThatGoes() {
        for (String unused : List.of("a", "b", "c")) {
            PerDataVersion<String> kept = new PerDataVersion<>(3);
            List.of("a", "b", "c").forEach(key -> kept.get("1", List.of(key), () -> key, () -> "1"));
            List.of("a", "b", "c").stream().filter(key -> !key.equals(unused))
                    .forEach(key -> kept.get("1", List.of(key), () -> "recomputed", () -> "1"));
            kept.get("1", List.of("d"), () -> "d", () -> "1");
            for (String key : List.of("a", "b", "c", "d")) {
                String expected = key.equals(unused) ? "recomputed" : key;
                assertThat(kept.get("1", List.of(key), () -> "recomputed", () -> "1")).as(unused + " unused: " + key)
                        .isEqualTo(expected);
                if (key.equals(unused)) {
                    break; // computing it again made room by dropping another; what follows is another case
                }
            }
        }
    }

    /**
     * GreedyDual-Size: a value that took long to compute for its weight outlives values that cost nothing to have
     * again, even those used since; among those, the one used longest ago goes first.
     */
    @Test
    void aValueThatTookLongToComputeOutlivesCheaperOnesUsedSinceThen() {
        PerDataVersion<String> kept = new PerDataVersion<>(10, 12, String::length);
        kept.get("1", List.of("slow"), () -> {
            sleep(Duration.ofMillis(40));
            return "slow";
        }, () -> "1");
        for (String key : List.of("a", "b", "c", "d", "e")) {
            kept.get("1", List.of(key), () -> key.repeat(4), () -> "1");
        }
        assertThat(kept.size()).isEqualTo(3);
        assertThat(kept.get("1", List.of("slow"), this::compute, () -> "1")).as("kept though used longest ago")
                .isEqualTo("slow");
        assertThat(kept.get("1", List.of("e"), this::compute, () -> "1")).isEqualTo("eeee");
        assertThat(kept.get("1", List.of("d"), this::compute, () -> "1")).isEqualTo("dddd");
        assertThat(kept.get("1", List.of("c"), this::compute, () -> "1")).as("dropped: cheap and used longest ago")
                .isEqualTo("value 1");
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void valuesAreKeptWithinTheirWeightAndOneTooHeavyIsAnsweredButNotKept() {
        PerDataVersion<String> kept = new PerDataVersion<>(10, 10, String::length);
        assertThat(kept.get("1", List.of("a"), () -> "aaaa", () -> "1")).isEqualTo("aaaa");
        assertThat(kept.get("1", List.of("b"), () -> "bbbb", () -> "1")).isEqualTo("bbbb");
        assertThat(kept.weight()).isEqualTo(8);
        // A third of four would weigh 12: one of the others goes, the newest stays.
        assertThat(kept.get("1", List.of("c"), () -> "cccc", () -> "1")).isEqualTo("cccc");
        assertThat(kept.size()).isEqualTo(2);
        assertThat(kept.weight()).isEqualTo(8);
        assertThat(kept.get("1", List.of("c"), this::compute, () -> "1")).isEqualTo("cccc");

        assertThat(kept.get("1", List.of("heavy"), () -> "x".repeat(11), () -> "1")).hasSize(11);
        assertThat(kept.size()).isEqualTo(2);
        assertThat(kept.get("1", List.of("heavy"), this::compute, () -> "1")).isEqualTo("value 1");

        // A new stamp drops the old values and their weight.
        kept.get("2", List.of("a"), () -> "a", () -> "2");
        assertThat(kept.weight()).isEqualTo(1);
    }
}
