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
 * @param agreements  every agreement at least one of the cities is a direct party to
 */
public record CityFacts(long generation, Map<String, Term> cities, Map<String, List<MembershipRecord>> memberships,
                        List<AgreementRecord> agreements) {

    public CityFacts {
        cities = Map.copyOf(cities);
        memberships = Map.copyOf(memberships);
        agreements = List.copyOf(agreements);
    }

    public List<MembershipRecord> membershipsOf(String city) {
        return memberships.getOrDefault(city, List.of());
    }
}
