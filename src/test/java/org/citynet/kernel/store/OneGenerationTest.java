package org.citynet.kernel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.citynet.web.system.NotFoundException;
import org.junit.jupiter.api.Test;

/** Multi-query reads made again while a write moves the generation. */
class OneGenerationTest {

    private final AtomicLong generation = new AtomicLong();

    @Test
    void aReadDuringWhichNothingWasWrittenIsAnsweredAtOnce() {
        List<Long> reads = new ArrayList<>();
        String answer = OneGeneration.read(generation::get, 3, g -> {
            reads.add(g);
            return "rows";
        });
        assertThat(answer).isEqualTo("rows");
        assertThat(reads).containsExactly(0L);
    }

    @Test
    void aWriteDuringTheReadMakesItReadAgainAtTheNewGeneration() {
        List<Long> reads = new ArrayList<>();
        String answer = OneGeneration.read(generation::get, 3, g -> {
            reads.add(g);
            if (reads.size() == 1) {
                generation.incrementAndGet();
            }
            return "read at " + g;
        });
        assertThat(answer).isEqualTo("read at 1");
        assertThat(reads).containsExactly(0L, 1L);
    }

    @Test
    void theLastAttemptIsAnsweredAsItIsAndAFailureIsNotRetried() {
        long last = OneGeneration.read(generation::get, 3, g -> generation.incrementAndGet());
        assertThat(last).isEqualTo(3);
        assertThatThrownBy(() -> OneGeneration.read(generation::get, 3, g -> {
            generation.incrementAndGet();
            throw new NotFoundException("no page " + g);
        })).isInstanceOf(NotFoundException.class).hasMessage("no page 3");
    }
}
