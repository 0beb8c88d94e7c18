package org.citynet.web.api.compare;

import java.util.List;

/**
 * Where the comparison gets its facts. {@link SparqlMembershipSource} asks the store on every call;
 * {@link IndexedMembershipSource} answers from memory, from an index rebuilt whenever the store's change
 * stamp moves. {@link MembershipComparison} only sees these records, whichever read them.
 *
 * <p>Only a city's own {@code org:Membership}s count. A membership of a group the city belongs to (e.g.
 * "the 14 municipalities of the Helsinki region" in HSYK) is not attributed to the city: the sources name
 * the group without listing its members.
 */
public interface MembershipSource {

    /**
     * @param cityIris the cities to read, in the order asked
     * @return their facts; a city that is not in the data is missing from {@link CityFacts#cities()}
     */
    CityFacts read(List<String> cityIris);
}
