package org.citynet.web.api.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.citynet.kernel.rdf.AgreementValidity;
import org.citynet.kernel.rdf.CN;
import org.citynet.kernel.rdf.PartialDate;
import org.citynet.kernel.rdf.Period;
import org.junit.jupiter.api.Test;

/** The set algebra on hand-made facts: no store, no Spring. */
class MembershipComparisonTest {

    private static final String A = "city:a";
    private static final String B = "city:b";
    private static final String C = "city:c";

    private final CityFacts facts = new CityFacts(7, Map.of(A, Term.unlabelled(A), B, Term.unlabelled(B),
            C, Term.unlabelled(C)),
            Map.of(A, List.of(m(A, "net:1", Period.UNKNOWN), m(A, "net:2", Period.UNKNOWN),
                            m(A, "net:3", new Period(PartialDate.ofYear(2010), PartialDate.ofYear(2015))),
                            m(A, "net:1", new Period(PartialDate.ofYear(2020), null))),
                    B, List.of(m(B, "net:1", Period.UNKNOWN), m(B, "net:3", Period.UNKNOWN),
                            m(B, "net:4", new Period(PartialDate.ofYear(2018), null))),
                    C, List.of(m(C, "net:1", Period.UNKNOWN))),
            List.of(agreement("agr:ab", new Period(null, PartialDate.ofYear(2019)), A, B),
                    agreement("agr:abc", Period.UNKNOWN, A, B, C),
                    agreement("agr:bc", Period.UNKNOWN, B, C)));

    @Test
    void twoCitiesShareAndEachHasItsOwn() {
        Comparison c = MembershipComparison.compare(List.of(A, B), facts, AsOfFilter.NONE);
        assertThat(c.sharedByAll()).containsExactlyInAnyOrder("net:1", "net:3");
        assertThat(c.only().get(A)).containsExactly("net:2");
        assertThat(c.only().get(B)).containsExactly("net:4");
        assertThat(c.pairs()).hasSize(1);
        assertThat(c.pairs().get(0).jaccard().value()).isEqualTo(2.0 / 4);
        assertThat(c.sharedAgreements()).extracting(AgreementRecord::iri).containsExactly("agr:ab", "agr:abc");
    }

    @Test
    void severalMembershipsInOneOrganisationCountOnce() {
        Comparison c = MembershipComparison.compare(List.of(A, B), facts, AsOfFilter.NONE);
        assertThat(c.memberships().get(A).get("net:1")).hasSize(2);
        assertThat(c.organizationsOf(A)).containsExactly("net:1", "net:2", "net:3");
    }

    @Test
    void asOfDropsWhatIsNotInForce() {
        AsOfFilter in2016 = new AsOfFilter(PartialDate.ofYear(2016), UndatedPolicy.INCLUDE);
        Comparison c = MembershipComparison.compare(List.of(A, B), facts, in2016);
        // A's net:3 ended in 2015; its second net:1 membership starts in 2020, the undated one still counts.
        assertThat(c.sharedByAll()).containsExactly("net:1");
        assertThat(c.memberships().get(A).get("net:1")).hasSize(1);
        assertThat(c.only().get(B)).containsExactly("net:3");
        assertThat(c.sharedAgreements()).extracting(AgreementRecord::iri).containsExactly("agr:ab", "agr:abc");

        AsOfFilter strict2021 = new AsOfFilter(PartialDate.ofYear(2021), UndatedPolicy.EXCLUDE);
        Comparison strict = MembershipComparison.compare(List.of(A, B), facts, strict2021);
        assertThat(strict.organizationsOf(A)).containsExactly("net:1");
        assertThat(strict.organizationsOf(B)).containsExactly("net:4");
        assertThat(strict.sharedAgreements()).isEmpty();
        assertThat(strict.pairs().get(0).jaccard().value()).isZero();
    }

    /** The rule the API's inForce and agreements-in-force apply: superseded without an end, never in force. */
    @Test
    void aSupersededAgreementWithoutAnEndIsNotCountedAsOfAnyDate() {
        AgreementRecord first = agreement("agr:first",
                new AgreementValidity(null, PartialDate.ofYear(1999), null, true), A, B);
        AgreementRecord second = agreement("agr:second",
                new AgreementValidity(PartialDate.ofYear(2010), null, PartialDate.ofYear(2015), false), A, B);
        CityFacts memoranda = new CityFacts(3, Map.of(A, Term.unlabelled(A), B, Term.unlabelled(B)), Map.of(),
                List.of(first, second));
        AsOfFilter in2012 = new AsOfFilter(PartialDate.ofYear(2012), UndatedPolicy.INCLUDE);
        assertThat(MembershipComparison.compare(List.of(A, B), memoranda, in2012).sharedAgreements())
                .extracting(AgreementRecord::iri).containsExactly("agr:second");
        assertThat(MembershipComparison.compare(List.of(A, B), memoranda, AsOfFilter.NONE).sharedAgreements())
                .extracting(AgreementRecord::iri).containsExactly("agr:first", "agr:second");
    }

    @Test
    void twoEmptySetsGiveAnUndefinedIndex() {
        AsOfFilter strict2000 = new AsOfFilter(PartialDate.ofYear(2000), UndatedPolicy.EXCLUDE);
        Comparison c = MembershipComparison.compare(List.of(B, C), facts, strict2000);
        assertThat(c.pairs().get(0).jaccard().value()).isNull();
        assertThat(c.pairs().get(0).jaccard().explanation()).isNotBlank();
    }

    @Test
    void threeCitiesGiveEveryPairInOrder() {
        Comparison c = MembershipComparison.compare(List.of(A, B, C), facts, AsOfFilter.NONE);
        assertThat(c.pairs()).extracting(p -> p.first() + "-" + p.second())
                .containsExactly(A + "-" + B, A + "-" + C, B + "-" + C);
        assertThat(c.pairs()).extracting(p -> p.jaccard().value()).containsExactly(2.0 / 4, 1.0 / 3, 1.0 / 3);
        assertThat(c.pairs()).extracting(Comparison.PairScore::sharedAgreements).containsExactly(2, 1, 2);
        assertThat(c.sharedByAll()).containsExactly("net:1");
        assertThat(c.only().get(A)).containsExactly("net:2");
        assertThat(c.only().get(C)).isEmpty();
        assertThat(c.sharedAgreements()).extracting(AgreementRecord::iri).containsExactly("agr:abc");
        assertThat(c.jaccard(A, A).value()).isEqualTo(1.0);
        assertThat(c.jaccard(C, B).value()).isEqualTo(1.0 / 3);
    }

    @Test
    void aCityWithoutMembershipsHasAnEmptySet() {
        CityFacts lonely = new CityFacts(1, Map.of(A, Term.unlabelled(A), B, Term.unlabelled(B)),
                Map.of(A, List.of(m(A, "net:1", Period.UNKNOWN))), List.of());
        Comparison c = MembershipComparison.compare(List.of(A, B), lonely, AsOfFilter.NONE);
        assertThat(c.organizationsOf(B)).isEmpty();
        assertThat(c.pairs().get(0).jaccard().value()).isZero();
        assertThat(c.pairs().get(0).jaccard().union()).isEqualTo(1);
    }

    private static MembershipRecord m(String city, String organization, Period period) {
        return new MembershipRecord(city + "/" + organization + "/" + period, city, Term.unlabelled(organization),
                List.of(), period, List.of());
    }

    private static AgreementRecord agreement(String iri, Period period, String... parties) {
        return agreement(iri, new AgreementValidity(period.start(), null, period.end(), false), parties);
    }

    private static AgreementRecord agreement(String iri, AgreementValidity validity, String... parties) {
        return new AgreementRecord(iri, Map.of(), Term.unlabelled(CN.Agreement.getURI()),
                List.of(parties).stream().map(Term::unlabelled).toList(), validity, List.of());
    }
}
