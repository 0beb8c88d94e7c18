package org.citynet.web.api.compare;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The outcome of comparing the memberships of some cities, as IRIs; the answer's labels and layout are
 * added by {@link ComparisonView}. Immutable.
 *
 * @param cities           the compared city IRIs, in the order asked
 * @param memberships      for each city, the organisations it belongs to (after the asOf filter) with the
 *                         memberships that make it so; iteration follows the data's order
 * @param sharedByAll      organisations every compared city belongs to
 * @param only             for each city, organisations no other compared city belongs to
 * @param pairs            every pair of cities (i &lt; j in the order asked) with its Jaccard index
 * @param sharedAgreements agreements in force to which every compared city is a direct party
 */
public record Comparison(List<String> cities, Map<String, Map<String, List<MembershipRecord>>> memberships,
                         Set<String> sharedByAll, Map<String, Set<String>> only, List<PairScore> pairs,
                         List<AgreementRecord> sharedAgreements) {

    /**
     * One pair of cities.
     *
     * @param sharedAgreements how many agreements in force both are direct parties to
     */
    public record PairScore(String first, String second, Jaccard jaccard, int sharedAgreements) {
    }

    /** The organisations {@code city} belongs to. */
    public Set<String> organizationsOf(String city) {
        return memberships.get(city).keySet();
    }

    /** The Jaccard index of two compared cities (of a city with itself: 1, or undefined if it has none). */
    public Jaccard jaccard(String first, String second) {
        return Jaccard.of(organizationsOf(first), organizationsOf(second));
    }
}
