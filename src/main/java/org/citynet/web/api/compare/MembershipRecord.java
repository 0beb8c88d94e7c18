package org.citynet.web.api.compare;

import java.util.List;

import org.citynet.kernel.rdf.Period;

/**
 * One {@code org:Membership} of a city: the organisation (network, working group, cooperation body), the
 * role(s), the period as far as the sources give it, and the documents it rests on. Immutable.
 *
 * @param iri  the membership node
 * @param city the member city's IRI
 */
public record MembershipRecord(String iri, String city, Term organization, List<Term> roles, Period period,
                               List<SourceDocument> sources) {

    public MembershipRecord {
        roles = List.copyOf(roles);
        sources = List.copyOf(sources);
    }
}
