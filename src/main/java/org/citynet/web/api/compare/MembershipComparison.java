package org.citynet.web.api.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The set algebra of a membership comparison: filter each city's memberships by the {@link AsOfFilter},
 * then intersect, subtract and score the sets of organisations, and pick the agreements every city is a
 * party to. Works only on {@link CityFacts}, so it is the same whatever {@link MembershipSource} read them.
 * Stateless.
 */
public final class MembershipComparison {

    private MembershipComparison() {
    }

    /**
     * @param cities the cities to compare (IRIs, all in {@code facts}), in the order the answer uses
     */
    public static Comparison compare(List<String> cities, CityFacts facts, AsOfFilter filter) {
        Map<String, Map<String, List<MembershipRecord>>> byCity = new LinkedHashMap<>();
        cities.forEach(city -> byCity.put(city, inForce(facts.membershipsOf(city), filter)));
        List<AgreementRecord> agreements = facts.agreements().stream().filter(a -> filter.admits(a.validity())).toList();
        return new Comparison(List.copyOf(cities), Collections.unmodifiableMap(byCity), sharedByAll(byCity),
                only(byCity), pairs(cities, byCity, agreements), sharedBy(cities, agreements));
    }

    /** Memberships that count, grouped by organisation (a city may hold several roles in one). */
    static Map<String, List<MembershipRecord>> inForce(List<MembershipRecord> memberships, AsOfFilter filter) {
        Map<String, List<MembershipRecord>> byOrganization = new LinkedHashMap<>();
        memberships.stream().filter(m -> filter.admits(m.period()))
                .forEach(m -> byOrganization.computeIfAbsent(m.organization().iri(), k -> new ArrayList<>()).add(m));
        byOrganization.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(byOrganization);
    }

    private static Set<String> sharedByAll(Map<String, Map<String, List<MembershipRecord>>> byCity) {
        Set<String> shared = null;
        for (Map<String, List<MembershipRecord>> organizations : byCity.values()) {
            if (shared == null) {
                shared = new LinkedHashSet<>(organizations.keySet());
            } else {
                shared.retainAll(organizations.keySet());
            }
        }
        return shared == null ? Set.of() : Collections.unmodifiableSet(shared);
    }

    private static Map<String, Set<String>> only(Map<String, Map<String, List<MembershipRecord>>> byCity) {
        Map<String, Set<String>> only = new LinkedHashMap<>();
        byCity.forEach((city, organizations) -> {
            Set<String> alone = new LinkedHashSet<>(organizations.keySet());
            byCity.forEach((other, theirs) -> {
                if (!other.equals(city)) {
                    alone.removeAll(theirs.keySet());
                }
            });
            only.put(city, Collections.unmodifiableSet(alone));
        });
        return Collections.unmodifiableMap(only);
    }

    private static List<Comparison.PairScore> pairs(List<String> cities,
                                                    Map<String, Map<String, List<MembershipRecord>>> byCity,
                                                    List<AgreementRecord> agreements) {
        List<Comparison.PairScore> pairs = new ArrayList<>();
        for (int i = 0; i < cities.size(); i++) {
            for (int j = i + 1; j < cities.size(); j++) {
                String a = cities.get(i);
                String b = cities.get(j);
                Jaccard jaccard = Jaccard.of(byCity.get(a).keySet(), byCity.get(b).keySet());
                pairs.add(new Comparison.PairScore(a, b, jaccard, sharedBy(List.of(a, b), agreements).size()));
            }
        }
        return List.copyOf(pairs);
    }

    /** Agreements to which every one of {@code cities} is a direct party. */
    static List<AgreementRecord> sharedBy(List<String> cities, List<AgreementRecord> agreements) {
        return agreements.stream().filter(a -> cities.stream().allMatch(a::hasParty)).toList();
    }
}
