package org.citynet.kernel.store;

import java.util.function.LongFunction;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads that take several queries, each in its own read transaction, and must describe one state of the
 * data (a page and its total, a comparison's facts): the store's generation is read before and after, and
 * if a write committed in between, the read is made again. The last attempt is answered as it is: the
 * store is then being written faster than it is read. Stateless.
 */
public final class OneGeneration {

    private static final Logger log = LoggerFactory.getLogger(OneGeneration.class);

    private OneGeneration() {
    }

    /**
     * @param generation the store's generation ({@code QueryRunner::dataGeneration})
     * @param attempts   how many reads at most
     * @param read       the read, given the generation it starts at; what it throws is thrown on at once
     */
    public static <T> T read(LongSupplier generation, int attempts, LongFunction<T> read) {
        for (int attempt = 1; ; attempt++) {
            long before = generation.getAsLong();
            T result = read.apply(before);
            if (generation.getAsLong() == before || attempt >= attempts) {
                return result;
            }
            log.debug("The data changed during a read; reading again (attempt {})", attempt + 1);
        }
    }
}
