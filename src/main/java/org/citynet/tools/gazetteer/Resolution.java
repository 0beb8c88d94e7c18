package org.citynet.tools.gazetteer;

import java.util.List;

/**
 * What the import decided for one city.
 *
 * @param city       the city
 * @param status     how it was decided, or that it could not be
 * @param entry      the gazetteer entry chosen (MATCHED, OVERRIDDEN), else null
 * @param override   the override line that decided (OVERRIDDEN, UNPLACED), else null
 * @param candidates AMBIGUOUS: the equally good entries; MISSING: entries of that name outside the city's
 *                   known country (possibly none); else empty
 */
public record Resolution(GraphCity city, Status status, GazetteerEntry entry, OverrideLine override,
        List<GazetteerEntry> candidates) {

    /** How a city was placed. */
    public enum Status {
        /** exactly one best entry by name (and known country) */
        MATCHED,
        /** an override line chose the entry */
        OVERRIDDEN,
        /** an override line says the gazetteer cannot place the city, and why */
        UNPLACED,
        /** several equally good entries: needs an override line */
        AMBIGUOUS,
        /** no entry of any of its names (in its country): needs an override line */
        MISSING
    }

    public Resolution {
        candidates = List.copyOf(candidates);
    }

    static Resolution of(GraphCity city, Status status, GazetteerEntry entry) {
        return new Resolution(city, status, entry, null, List.of());
    }

    /** Whether the city still needs a person's decision. */
    public boolean unresolved() {
        return status == Status.AMBIGUOUS || status == Status.MISSING;
    }

    /** Whether the import writes coordinates for the city. */
    public boolean placed() {
        return entry != null;
    }
}
