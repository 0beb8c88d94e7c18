package org.citynet.web.api.compare;

import java.util.List;
import java.util.Map;

/**
 * What the comparison needs to know about some cities, all read at one data generation.
 *
 * @param generation  the store's {@code generation()} the facts were read at (for an index, the one it was
 *                    built at)
 * @param cities      the requested IRIs that are {@code cn:City}s, with their labels; a requested IRI
 *                    missing here is unknown
 * @param memberships for each known city, its own memberships (never those of a group it belongs to)
 * @param agreements  every agreement at least {@value #PARTIES} of the cities are direct parties to: the only ones a
 *                    comparison shows or counts (a city of thousands of agreements shares few with another)
 */
public record CityFacts(long generation, Map<String, Term> cities, Map<String, List<MembershipRecord>> memberships,
                        List<AgreementRecord> agreements) {

    /** How many of the compared cities must be parties to an agreement for the comparison to need it. */
    public static final int PARTIES = 2;

    public CityFacts {
        cities = Map.copyOf(cities);
        memberships = Map.copyOf(memberships);
        agreements = List.copyOf(agreements);
    }

    public List<MembershipRecord> membershipsOf(String city) {
        return memberships.getOrDefault(city, List.of());
    }
}
