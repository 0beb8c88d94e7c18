package org.citynet.web.api;

import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Values computed at most once per data version: the whole rows of a large or {@code #+ precompute}d named
 * query, the total of a paginated one. A value is kept under the store's change stamp read before it was
 * computed, and only if the stamp is still the same afterwards, so a value can never describe other data
 * than its stamp says; values of other versions are dropped as soon as a newer stamp is seen. A computation
 * that fails (a timeout, a partial answer refused by the store client)
 * keeps nothing. Requests for the same key at the same time share one computation. At most
 * {@code maxEntries} values are kept, weighing at most {@code maxWeight} together (a value weighing more is
 * answered but not kept): a count of entries alone would let a client who varies a parameter
 * ({@code lang=aa}, {@code lang=ab}, …) make the service keep dozens of whole answers of every city. Beyond
 * either limit the values used longest ago go first: dropped in the map's own order, a query asked in three
 * languages by turns could drop its other languages' answers each time while older answers stayed (the likely
 * reason {@code networks-by-kind}, 20,000 networks at 100,000 cities, took 0.8 s a request in run 20).
 * Thread-safe.
 */
public final class PerDataVersion<V> {

    private record Key(String stamp, List<Object> key) {
    }

    private final int maxEntries;
    private final long maxWeight;
    private final ToLongFunction<V> weigher;
    private final Map<Key, CompletableFuture<V>> entries = new ConcurrentHashMap<>();
    /** The weight of each value kept; a value still being computed has none yet. */
    private final Map<Key, Long> weights = new ConcurrentHashMap<>();
    /** When each key was last asked for, by a counter: the least recently used are dropped first. */
    private final Map<Key, Long> used = new ConcurrentHashMap<>();
    private final AtomicLong clock = new AtomicLong();
    private volatile String latest;

    /** Values that weigh one each: at most {@code maxEntries} of them. */
    public PerDataVersion(int maxEntries) {
        this(maxEntries, maxEntries, value -> 1);
    }

    public PerDataVersion(int maxEntries, long maxWeight, ToLongFunction<V> weigher) {
        if (maxEntries < 1 || maxWeight < 1) {
            throw new IllegalArgumentException("At least one entry and a weight of one, not " + maxEntries + " and "
                    + maxWeight);
        }
        this.maxEntries = maxEntries;
        this.maxWeight = maxWeight;
        this.weigher = weigher;
    }

    /**
     * @param stamp   the store's change stamp now
     * @param key     what the value is of (query name, bindings, ...)
     * @param compute computes it from the store; what it throws is thrown on
     * @param stampAfter the store's change stamp, read again once the value is computed
     */
    public V get(String stamp, List<Object> key, Supplier<V> compute, Supplier<String> stampAfter) {
        if (!stamp.equals(latest)) {
            // The data moved on: what was computed for older versions can never be asked for again.
            latest = stamp;
            entries.keySet().removeIf(old -> !old.stamp().equals(stamp));
            weights.keySet().removeIf(old -> !old.stamp().equals(stamp));
            used.keySet().removeIf(old -> !old.stamp().equals(stamp));
        }
        Key k = new Key(stamp, List.copyOf(key));
        used.put(k, clock.incrementAndGet());
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> existing = entries.putIfAbsent(k, mine);
        if (existing != null) {
            try {
                return existing.join();
            } catch (CompletionException e) {
                // The computation that was shared failed for its caller; try once on our own.
                return compute.get();
            }
        }
        try {
            V value = compute.get();
            mine.complete(value);
            long weight = weigher.applyAsLong(value);
            if (!stamp.equals(stampAfter.get()) || weight > maxWeight) {
                entries.remove(k, mine);
                used.remove(k);
            } else {
                weights.put(k, weight);
                evictBeyondLimit(k);
            }
            return value;
        } catch (RuntimeException | Error e) {
            entries.remove(k, mine);
            used.remove(k);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    public int size() {
        return entries.size();
    }

    /** The weight of the values kept now. */
    public long weight() {
        return weights.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Drops values other than {@code kept} (the one just computed), least recently used first, until both limits
     * hold. At most {@code maxEntries} and one more: sorting them costs nothing next to computing a whole answer.
     */
    private synchronized void evictBeyondLimit(Key kept) {
        List<Key> oldestFirst = entries.keySet().stream().filter(key -> !key.equals(kept))
                .sorted(Comparator.comparingLong(key -> used.getOrDefault(key, 0L))).toList();
        Iterator<Key> keys = oldestFirst.iterator();
        while ((entries.size() > maxEntries || weight() > maxWeight) && keys.hasNext()) {
            Key key = keys.next();
            entries.remove(key);
            weights.remove(key);
            used.remove(key);
        }
    }
}
