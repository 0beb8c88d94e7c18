package org.citynet.web.api.compare;

import java.util.List;
import java.util.Map;

import org.citynet.kernel.rdf.AgreementValidity;
import org.citynet.kernel.rdf.PartialDate;
import org.citynet.kernel.rdf.Period;

/**
 * A {@code cn:Agreement} (twinning, partnership, memorandum of understanding, ...) with its parties. Its
 * period is {@code schema:startDate}–{@code schema:endDate}; without a start date it starts at the signing
 * date where one is known, since an agreement is not in force before it is signed. Immutable.
 *
 * @param labels      the agreement's own {@code skos:prefLabel}s (most agreements have none)
 * @param kind        its most specific class, with that class's labels
 * @param parties     every party, compared city or not (cities, groups, other organisations)
 * @param validity    its dates and whether a source presents it as superseded
 */
public record AgreementRecord(String iri, Map<String, String> labels, Term kind, List<Term> parties,
                              AgreementValidity validity, List<SourceDocument> sources) {

    public AgreementRecord {
        labels = Map.copyOf(labels);
        parties = List.copyOf(parties);
        sources = List.copyOf(sources);
    }

    /** Null if the sources do not give it. */
    public PartialDate signingDate() {
        return validity.signed();
    }

    public Period period() {
        return validity.period();
    }

    public boolean hasParty(String iri) {
        return parties.stream().anyMatch(p -> p.iri().equals(iri));
    }
}
