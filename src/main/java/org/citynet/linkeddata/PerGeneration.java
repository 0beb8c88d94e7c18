package org.citynet.linkeddata;

import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A value computed from the store and kept until the store's generation moves (a load or any other
 * committed write), for things every page needs and that change only with the data: term labels, the
 * ontology, the list of sources. Thread-safe; two threads may compute the same value once each.
 */
final class PerGeneration<T> {

    private record Entry<T>(long generation, T value) {
    }

    private final LongSupplier generation;
    private final Supplier<T> compute;
    private volatile Entry<T> entry;

    PerGeneration(LongSupplier generation, Supplier<T> compute) {
        this.generation = generation;
        this.compute = compute;
    }

    T get() {
        long now = generation.getAsLong();
        Entry<T> known = entry;
        if (known == null || known.generation() != now) {
            known = new Entry<>(now, compute.get());
            entry = known;
        }
        return known.value();
    }
}
