package org.citynet.web.api.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.kernel.store.QueryRunner;
import org.citynet.kernel.store.StoreFactory;
import org.citynet.support.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The in-memory index built from a real in-memory TDB2 store holding {@code compare/memberships-minimal.trig}
 * (several roles, periods, sources, a group's membership, agreements of several classes) reads the same
 * facts as {@link SparqlMembershipSource} on the same store.
 */
class MembershipIndexTest {

    private static final String ID = "https://w3id.org/citynet/id/";
    private static final List<String> CITIES = List.of(ID + "city/north", ID + "city/south", ID + "city/atlantis",
            ID + "network/league");

    private static KnowledgeStore store;
    private static DatasetGraph dataset;
    private static SparqlMembershipSource sparql;

    @BeforeAll
    static void load() {
        store = StoreFactory.open("mem", Path.of("."), StoreFactory.RemoteOptions.NONE);
        dataset = TestStores.dataset(store);
        Txn.executeWrite(dataset, () -> RDFDataMgr.read(dataset, "compare/memberships-minimal.trig"));
        sparql = new SparqlMembershipSource(new QueryRunner(store), CompareServiceTest.properties());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void readsWhatSparqlReadsForEveryCombinationOfCities() {
        MembershipIndex index = Txn.calculateRead(dataset,
                () -> MembershipIndexBuilder.build(store.generation(), dataset.getUnionGraph()));
        for (String first : CITIES) {
            for (String second : CITIES) {
                List<String> asked = List.of(first, second);
                CityFacts expected = sparql.read(asked);
                CityFacts actual = Txn.calculateRead(dataset, () -> index.facts(asked, dataset.getUnionGraph()));
                assertThat(actual.cities()).as(asked.toString()).isEqualTo(expected.cities());
                assertThat(actual.memberships()).as(asked.toString()).isEqualTo(expected.memberships());
                // The order of agreements does not matter: the answer sorts them.
                assertThat(new HashSet<>(actual.agreements())).isEqualTo(new HashSet<>(expected.agreements()));
                assertThat(actual.generation()).isEqualTo(expected.generation());
            }
        }
    }

    @Test
    void holdsOnlyCitiesAndTheirOwnMemberships() {
        MembershipIndex index = Txn.calculateRead(dataset,
                () -> MembershipIndexBuilder.build(7, dataset.getUnionGraph()));
        assertThat(index.generation()).isEqualTo(7);
        assertThat(index.cities()).containsOnlyKeys(ID + "city/north", ID + "city/south");
        CityFacts facts = Txn.calculateRead(dataset,
                () -> index.facts(List.of(ID + "city/north", ID + "city/south"), dataset.getUnionGraph()));
        assertThat(facts.memberships().values()).flatMap(l -> l).extracting(MembershipRecord::iri)
                .doesNotContain(ID + "membership/group-league-wg").isNotEmpty();
    }
}
