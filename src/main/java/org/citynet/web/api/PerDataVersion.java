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
 * ({@code lang=aa}, {@code lang=ab}, …) make the service keep dozens of whole answers of every city.
 *
 * <p>Beyond either limit, the value that is cheapest to have again goes first, by GreedyDual-Size (Cao and
 * Irani, 1997): each value is credited with the time its computation took per unit of its weight,
 * on top of a floor that rises to the credit of each value dropped; using a value renews its credit from the
 * floor of the time. So a value that took long to compute for its size outlives cheaper ones, and among
 * values as cheap (everything computed within 10 ms) the one used longest ago goes first. By recency alone, in
 * run 24 at 100,000 cities, {@code networks-by-kind}'s answers (20,000 rows in each language, 0.7 s to compute)
 * were gone by its one-client phase, and every request there computed them again (737 ms, 1.20× the raw Fuseki),
 * while a moment later the same answers, kept again, served 16 clients in 19 ms: whatever the cases before had
 * asked for since (the label search's unfiltered rows alone hold about 130 MB) had pushed them out. In the map's
 * own order, a query asked in three languages by turns could drop its other languages' answers each time (run
 * 20). Thread-safe.
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
    /** When each key was last asked for, by a counter: of values as cheap, the least recently used go first. */
    private final Map<Key, Long> used = new ConcurrentHashMap<>();
    private final AtomicLong clock = new AtomicLong();
    /** Each kept value's time of computation (in tens of milliseconds) per unit of weight. */
    private final Map<Key, Double> credits = new ConcurrentHashMap<>();
    /** Each kept value's priority: the floor when it was last used, plus its credit. The lowest goes first. */
    private final Map<Key, Double> priorities = new ConcurrentHashMap<>();
    /** GreedyDual-Size's inflation: the priority of the value dropped last. */
    private volatile double floor;
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
            credits.keySet().removeIf(old -> !old.stamp().equals(stamp));
            priorities.keySet().removeIf(old -> !old.stamp().equals(stamp));
        }
        Key k = new Key(stamp, List.copyOf(key));
        used.put(k, clock.incrementAndGet());
        Double earned = credits.get(k);
        if (earned != null) {
            priorities.put(k, floor + earned);
        }
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
            long start = System.nanoTime();
            V value = compute.get();
            long millis = (System.nanoTime() - start) / 1_000_000;
            mine.complete(value);
            long weight = weigher.applyAsLong(value);
            if (!stamp.equals(stampAfter.get()) || weight > maxWeight) {
                entries.remove(k, mine);
                used.remove(k);
            } else {
                weights.put(k, weight);
                // In tens of milliseconds: what takes less costs nothing to have again, and a collection pausing a
                // quick computation does not make its value precious.
                double credit = (double) (millis / 10) / Math.max(1, weight);
                credits.put(k, credit);
                priorities.put(k, floor + credit);
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
     * Drops values other than {@code kept} (the one just computed), lowest priority first (of equal ones, least
     * recently used first; one still being computed last), until both limits hold, raising the floor to the
     * priority of each value dropped. At most {@code maxEntries} and one more: sorting them costs nothing next to
     * computing a whole answer.
     */
    private synchronized void evictBeyondLimit(Key kept) {
        List<Key> cheapestFirst = entries.keySet().stream().filter(key -> !key.equals(kept))
                .sorted(Comparator.<Key>comparingDouble(key -> priorities.getOrDefault(key, Double.MAX_VALUE))
                        .thenComparingLong(key -> used.getOrDefault(key, 0L))).toList();
        Iterator<Key> keys = cheapestFirst.iterator();
        while ((entries.size() > maxEntries || weight() > maxWeight) && keys.hasNext()) {
            Key key = keys.next();
            Double priority = priorities.remove(key);
            if (priority != null) {
                floor = Math.max(floor, priority);
            }
            entries.remove(key);
            weights.remove(key);
            used.remove(key);
            credits.remove(key);
        }
    }
}
