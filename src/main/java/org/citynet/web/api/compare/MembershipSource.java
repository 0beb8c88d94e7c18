package org.citynet.web.api.compare;

import java.util.List;

/**
 * Where the comparison gets its facts. {@link SparqlMembershipSource} asks the store on every call; an
 * in-memory index kept in step with the store (rebuilt when {@code KnowledgeStore.generation()} moves) can
 * replace it without touching {@link MembershipComparison}, which only sees these records.
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
