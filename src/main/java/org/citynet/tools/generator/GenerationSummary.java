package org.citynet.tools.generator;

import java.time.Duration;

/**
 * What a generation run wrote.
 *
 * @param settings     cities and seed
 * @param quads        statements written (every one in a named graph)
 * @param bytes        size of the file, compressed if it is gzipped
 * @param sources      source documents, the register included (one named graph each)
 * @param countries    countries
 * @param cities       cities
 * @param networks     city networks
 * @param groups       working groups
 * @param memberships  memberships in networks and working groups
 * @param twinnings    twinning agreements
 * @param agreements   partnership agreements and memoranda of understanding
 * @param partnerships partnerships
 * @param duration     wall time
 */
public record GenerationSummary(GeneratorSettings settings, long quads, long bytes, long sources, long countries,
        long cities, long networks, long groups, long memberships, long twinnings, long agreements,
        long partnerships, Duration duration) {

    /** Statements per city, the ratio that tells how many cities a wanted graph size needs. */
    public double quadsPerCity() {
        return (double) quads / cities;
    }

    /** One line for people. */
    public String describe() {
        return String.format(java.util.Locale.ROOT, "%,d quads (%.1f per city) in %,d bytes, %.1f s: %,d cities,"
                + " %,d countries, %,d networks, %,d working groups, %,d memberships, %,d twinning agreements,"
                + " %,d other agreements, %,d partnerships, %,d sources (seed %d)", quads, quadsPerCity(), bytes,
                duration.toMillis() / 1000.0, cities, countries, networks, groups, memberships, twinnings, agreements,
                partnerships, sources, settings.seed());
    }
}
