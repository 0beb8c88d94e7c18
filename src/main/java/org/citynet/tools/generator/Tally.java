package org.citynet.tools.generator;

import java.util.EnumMap;
import java.util.Map;

/** Counts of generated entities by kind, for the summary. Not thread-safe; one per generation run. */
final class Tally {

    /** What is counted. */
    enum Kind { SOURCE, COUNTRY, CITY, NETWORK, WORKING_GROUP, MEMBERSHIP, TWINNING, AGREEMENT, PARTNERSHIP }

    private final Map<Kind, Long> counts = new EnumMap<>(Kind.class);

    void count(Kind kind) {
        counts.merge(kind, 1L, Long::sum);
    }

    long get(Kind kind) {
        return counts.getOrDefault(kind, 0L);
    }
}
