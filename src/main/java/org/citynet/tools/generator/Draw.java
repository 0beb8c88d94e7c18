package org.citynet.tools.generator;

import java.util.List;

/**
 * A small deterministic random source (SplitMix64) for one decision stream of one entity, e.g. "the
 * memberships of city 17". Every entity gets its own stream derived from the seed, the stream kind and the
 * entity's number, so what is generated for one entity never depends on the order in which others were
 * generated, and a planner can replay another entity's choices (the twin-city pairing does).
 *
 * <p>Own code rather than {@code java.util.Random}/{@code SplittableRandom}, and {@link StrictMath} rather
 * than {@link Math}, so that the same seed gives the same bytes on every JVM.
 */
final class Draw {

    private long state;

    private Draw(long state) {
        this.state = state;
    }

    /** The stream {@code kind} of entity {@code index} under {@code seed}. */
    static Draw of(long seed, Stream kind, long index) {
        long mixed = mix(seed ^ 0x9E3779B97F4A7C15L * (kind.ordinal() + 1));
        return new Draw(mix(mixed + index * 0xBF58476D1CE4E5B9L));
    }

    /** The decision streams; their order is part of the output's definition, so only append to it. */
    enum Stream { CITY, NAME, MEMBERSHIPS, TWINS, AGREEMENTS, PARTNERSHIPS, NETWORK, SOURCE, LAYOUT, TWINNING,
        PLACE }

    long nextLong() {
        state += 0x9E3779B97F4A7C15L;
        return mix(state);
    }

    /** Uniform in [0, 1). */
    double unit() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound). */
    int below(int bound) {
        return (int) Math.floorMod(nextLong() >>> 1, (long) bound);
    }

    /** Uniform in [from, to]. */
    int between(int from, int to) {
        return from + below(to - from + 1);
    }

    boolean chance(double probability) {
        return unit() < probability;
    }

    /**
     * A rank in [0, n) that favours small ranks: {@code floor(n * u^exponent)}. With exponent 3 the first
     * 1% of ranks get about a fifth of all draws, which is how popular a few twin-city hubs are.
     */
    int skewed(int n, double exponent) {
        return (int) Math.min(n - 1, (long) (n * StrictMath.pow(unit(), exponent)));
    }

    /**
     * A Zipf-like rank in [0, n): P(r) proportional to 1/(r + offset). The offset tempers the head so that
     * the biggest network does not swallow every city.
     */
    int zipf(int n, double offset) {
        double u = unit();
        double r = StrictMath.exp(u * StrictMath.log(n + offset) + (1 - u) * StrictMath.log(offset)) - offset;
        return (int) Math.max(0, Math.min(n - 1, (long) r));
    }

    <T> T pick(List<T> items) {
        return items.get(below(items.size()));
    }

    // The SplitMix64 finaliser (Steele, Lea, Flood 2014).
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
