package org.citynet.kernel.store;

import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A value computed from the store and kept until its key changes: the store's generation (a load or any
 * other committed write) or the {@link DataVersion}. For things many answers need and that change only with
 * the data: term labels, the ontology, the list of sources, the catalogue's counts. Thread-safe; two
 * threads may compute the same value once each.
 *
 * @param <K> what identifies the state of the data the value was computed from
 * @param <T> the value
 */
public final class UntilChanged<K, T> {

    private record Entry<K, T>(K key, T value) {
    }

    private final Supplier<K> key;
    private final Function<K, T> compute;
    private volatile Entry<K, T> entry;

    public UntilChanged(Supplier<K> key, Function<K, T> compute) {
        this.key = key;
        this.compute = compute;
    }

    /** Kept until the store's generation moves. */
    public static <T> UntilChanged<Long, T> perGeneration(LongSupplier generation, Supplier<T> compute) {
        return new UntilChanged<>(generation::getAsLong, ignored -> compute.get());
    }

    public T get() {
        K now = key.get();
        Entry<K, T> known = entry;
        if (known == null || !known.key().equals(now)) {
            known = new Entry<>(now, compute.apply(now));
            entry = known;
        }
        return known.value();
    }
}
