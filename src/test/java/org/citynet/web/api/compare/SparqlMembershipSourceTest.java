package org.citynet.web.api.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.citynet.kernel.rdf.PartialDate;
import org.citynet.kernel.rdf.PartialDate.Precision;
import org.citynet.kernel.rdf.Period;
import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.kernel.store.QueryRunner;
import org.citynet.kernel.store.StoreFactory;
import org.citynet.support.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The SPARQL reader on a real in-memory TDB2 store holding {@code compare/memberships-minimal.trig}. */
class SparqlMembershipSourceTest {

    private static final String ID = "https://w3id.org/citynet/id/";
    private static final String NORTH = ID + "city/north";
    private static final String SOUTH = ID + "city/south";

    private static KnowledgeStore store;
    private static SparqlMembershipSource source;

    @BeforeAll
    static void load() {
        store = StoreFactory.open("mem", Path.of("."), StoreFactory.RemoteOptions.NONE);
        DatasetGraph dataset = TestStores.dataset(store);
        Txn.executeWrite(dataset, () -> RDFDataMgr.read(dataset, "compare/memberships-minimal.trig"));
        source = new SparqlMembershipSource(new FactQueries(new QueryRunner(store), CompareServiceTest.properties()));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void onlyCitiesInTheDataAreKnown() {
        CityFacts facts = source.read(List.of(NORTH, ID + "city/atlantis", ID + "network/league", SOUTH));
        assertThat(facts.cities()).containsOnlyKeys(NORTH, SOUTH);
        assertThat(facts.cities().get(NORTH).labels()).containsEntry("fi", "Pohjoinen").containsEntry("en", "North");
        assertThat(facts.generation()).isEqualTo(store.generation());
    }

    @Test
    void membershipsComeOnePerNodeWithRolesPeriodAndSources() {
        CityFacts facts = source.read(List.of(NORTH, SOUTH));
        List<MembershipRecord> north = facts.membershipsOf(NORTH);
        assertThat(north).extracting(m -> m.organization().iri())
                .containsExactlyInAnyOrder(ID + "network/league", ID + "working-group/league-wg");

        MembershipRecord wg = only(north, ID + "working-group/league-wg");
        assertThat(wg.roles()).extracting(Term::iri).containsExactlyInAnyOrder(ID + "role/member", ID + "role/lead");
        assertThat(wg.roles()).filteredOn(r -> r.iri().endsWith("member")).first()
                .satisfies(r -> assertThat(r.labels()).containsEntry("sv", "medlem"));
        assertThat(wg.period().known()).isFalse();
        // Two English labels: the smallest is kept, whatever order the store gives them in.
        assertThat(wg.roles()).filteredOn(r -> r.iri().endsWith("lead")).first()
                .satisfies(r -> assertThat(r.labels()).isEqualTo(Map.of("en", "lead")));

        MembershipRecord league = only(north, ID + "network/league");
        assertThat(league.period().start()).isEqualTo(new PartialDate(2016, 5, 0, Precision.MONTH));
        assertThat(league.organization().labels()).containsEntry("fi", "Liitto");
        assertThat(league.sources()).extracting(SourceDocument::seedFile).containsExactlyInAnyOrder("a.txt", "b.txt");
        assertThat(league.sources()).filteredOn(s -> s.seedFile().equals("a.txt")).first().satisfies(s -> {
            assertThat(s.titles()).isEqualTo(Map.of("sv", "Källa A"));
            assertThat(s.publisher()).isEqualTo(new Term(NORTH, Map.of("en", "North", "fi", "Pohjoinen")));
            assertThat(s.language()).isEqualTo("http://publications.europa.eu/resource/authority/language/SWE");
            assertThat(s.date()).isEqualTo("2020-12-18");
            assertThat(s.graph()).isEqualTo("https://w3id.org/citynet/graph/source-a");
        });
        assertThat(league.sources()).filteredOn(s -> s.seedFile().equals("b.txt")).first()
                .satisfies(s -> assertThat(s.publisher()).isNull());

        assertThat(only(facts.membershipsOf(SOUTH), ID + "network/league").period().end())
                .isEqualTo(PartialDate.ofYear(2015));
    }

    @Test
    void aGroupsMembershipIsNotTheCitys() {
        CityFacts facts = source.read(List.of(NORTH, SOUTH));
        assertThat(facts.membershipsOf(SOUTH)).extracting(m -> m.organization().iri())
                .containsExactly(ID + "network/league");
        assertThat(facts.memberships().values()).flatMap(l -> l).extracting(MembershipRecord::iri)
                .doesNotContain(ID + "membership/group-league-wg");
    }

    @Test
    void agreementsCarryTheirMostSpecificClassPartiesAndSigningDateAsStart() {
        CityFacts facts = source.read(List.of(NORTH, SOUTH));
        // group-deal's parties are south and a group: only one of the compared cities, so the comparison could
        // neither show nor count it, and it is not read.
        assertThat(facts.agreements()).extracting(AgreementRecord::iri)
                .containsExactly(ID + "agreement/north-south");
        AgreementRecord twinning = facts.agreements().stream()
                .filter(a -> a.iri().equals(ID + "agreement/north-south")).findFirst().orElseThrow();
        assertThat(twinning.kind().iri()).endsWith("#TwinningAgreement");
        assertThat(twinning.kind().labels()).containsEntry("sv", "vänortsavtal");
        assertThat(twinning.parties()).extracting(Term::iri).containsExactlyInAnyOrder(NORTH, SOUTH);
        assertThat(twinning.signingDate()).isEqualTo(PartialDate.ofYear(1990));
        assertThat(twinning.period()).isEqualTo(new Period(PartialDate.ofYear(1990),
                new PartialDate(2020, 6, 30, Precision.DAY)));

        Comparison c = MembershipComparison.compare(List.of(NORTH, SOUTH), facts, AsOfFilter.NONE);
        assertThat(c.sharedAgreements()).extracting(AgreementRecord::iri).containsExactly(ID + "agreement/north-south");
    }

    @Test
    void readsAgainWhileTheDataKeepsChangingButNotForever() {
        AtomicLong generation = new AtomicLong(100);
        QueryRunner busyStore = new QueryRunner(store) {
            @Override
            public long dataGeneration() {
                return generation.getAndIncrement(); // as if a write committed during every read
            }
        };
        CityFacts facts = new SparqlMembershipSource(new FactQueries(busyStore, CompareServiceTest.properties()))
                .read(List.of(NORTH, SOUTH));
        assertThat(generation.get()).isEqualTo(106); // three attempts, each reading the generation twice
        assertThat(facts.generation()).isEqualTo(104);
        assertThat(facts.cities()).containsOnlyKeys(NORTH, SOUTH);
    }

    @Test
    void unknownCitiesReadNothing() {
        CityFacts facts = source.read(List.of(ID + "city/atlantis"));
        assertThat(facts.cities()).isEmpty();
        assertThat(facts.memberships()).isEmpty();
        assertThat(facts.agreements()).isEmpty();
    }

    private static MembershipRecord only(List<MembershipRecord> memberships, String organization) {
        List<MembershipRecord> matching = memberships.stream()
                .filter(m -> m.organization().iri().equals(organization)).toList();
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }
}
