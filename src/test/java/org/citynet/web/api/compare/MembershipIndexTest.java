package org.citynet.web.api.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.kernel.store.QueryRunner;
import org.citynet.kernel.store.StoreFactory;
import org.citynet.support.TestStores;
import org.citynet.web.system.BackgroundWork;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The in-memory index built from a real in-memory TDB2 store holding {@code compare/memberships-minimal.trig}
 * (several roles, periods, sources with their descriptions, a group's membership, agreements of several
 * classes) reads the same facts as {@link SparqlMembershipSource} on the same store; an answer from a
 * current index asks the store nothing; a store that cuts the list of cities short is noticed; a change
 * stamp that moves while the generation stays (a remote store another process wrote to) sends answers to
 * SPARQL until the index is built again.
 */
class MembershipIndexTest {

    private static final String ID = "https://w3id.org/citynet/id/";
    private static final List<String> CITIES = List.of(ID + "city/north", ID + "city/south", ID + "city/atlantis",
            ID + "network/league");
    private static final Duration INDEX_WAIT = Duration.ofSeconds(30);

    private static KnowledgeStore store;
    private static FactQueries queries;
    private static SparqlMembershipSource sparql;

    @BeforeAll
    static void load() {
        store = open();
        queries = new FactQueries(new QueryRunner(store), CompareServiceTest.properties());
        sparql = new SparqlMembershipSource(queries);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void readsWhatSparqlReadsForEveryCombinationOfCities() {
        MembershipIndex index = MembershipIndexBuilder.build(queries, store.changeStamp().value(), store.generation());
        for (String first : CITIES) {
            for (String second : CITIES) {
                List<String> asked = List.of(first, second);
                assertSameFacts(index.facts(asked), sparql.read(asked), asked);
            }
        }
    }

    @Test
    void holdsOnlyCitiesAndTheirOwnMemberships() {
        MembershipIndex index = MembershipIndexBuilder.build(queries, "7", 7);
        assertThat(index.stamp()).isEqualTo("7");
        assertThat(index.cityIris()).containsExactly(ID + "city/north", ID + "city/south");
        CityFacts facts = index.facts(List.of(ID + "city/north", ID + "city/south"));
        assertThat(facts.generation()).isEqualTo(7);
        assertThat(facts.memberships().values()).flatMap(l -> l).extracting(MembershipRecord::iri)
                .doesNotContain(ID + "membership/group-league-wg").isNotEmpty();
        assertThat(index.sourceCount()).isEqualTo(2);
    }

    @Test
    void aStoreThatCutsAnswersShortIsNoticed() {
        QueryRunner oneRowAtMost = new QueryRunner(store) {
            @Override
            public <T> List<T> select(Query query, Map<String, Node> bindings, Duration timeout,
                                      Function<QuerySolution, T> mapper) {
                List<T> rows = super.select(query, bindings, timeout, mapper);
                return rows.size() > 1 ? rows.subList(0, 1) : rows;
            }
        };
        FactQueries capped = new FactQueries(oneRowAtMost, CompareServiceTest.properties());
        assertThatThrownBy(() -> MembershipIndexBuilder.build(capped, "1", 1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Read 1 cities, but the store counts 2");
    }

    @Test
    void anAnswerFromACurrentIndexAsksTheStoreNothing() throws InterruptedException {
        WatchedStore watched = new WatchedStore(store, false);
        FactQueries counted = new FactQueries(new QueryRunner(watched), CompareServiceTest.properties());
        IndexedMembershipSource indexed = new IndexedMembershipSource(watched, new SparqlMembershipSource(counted),
                counted, new BackgroundWork(1));
        try {
            assertThat(indexed.awaitCurrent(INDEX_WAIT)).isTrue();
            assertThat(watched.reads()).as("the build reads the store").isPositive();
            watched.resetReads();
            for (String first : CITIES) {
                for (String second : CITIES) {
                    List<String> asked = List.of(first, second);
                    assertSameFacts(indexed.read(asked), sparql.read(asked), asked);
                }
            }
            assertThat(watched.reads()).as("queries, connections and exports while answering").isZero();
        } finally {
            indexed.stop();
        }
    }

    @Test
    void aStampThatMovesWhileTheGenerationStaysSendsAnswersToSparqlUntilTheIndexIsRebuilt()
            throws InterruptedException {
        try (KnowledgeStore own = open()) {
            WatchedStore afar = new WatchedStore(own, true);
            FactQueries ownQueries = new FactQueries(new QueryRunner(afar), CompareServiceTest.properties());
            IndexedMembershipSource indexed = new IndexedMembershipSource(afar,
                    new SparqlMembershipSource(ownQueries), ownQueries, new BackgroundWork(1));
            try {
                assertThat(indexed.awaitCurrent(INDEX_WAIT)).isTrue();
                String south = ID + "city/south";
                String written = ID + "membership/south-league-wg";
                DatasetGraph dataset = TestStores.dataset(own);
                // Another process writes and the store's stamp (its load manifest, say) moves; this
                // process's generation does not.
                Txn.executeWrite(dataset, () -> RDFParser.fromString("<https://w3id.org/citynet/graph/other> {"
                        + " <" + written + "> <http://www.w3.org/ns/org#member> <" + south + "> ;"
                        + " <http://www.w3.org/ns/org#organization> <" + ID + "working-group/league-wg> . }",
                        Lang.TRIG).parse(dataset));
                afar.moveStamp();
                assertThat(indexed.current()).isFalse();
                assertThat(indexed.read(List.of(south)).membershipsOf(south)).extracting(MembershipRecord::iri)
                        .contains(written);
                assertThat(indexed.awaitCurrent(INDEX_WAIT)).isTrue();
                afar.resetReads();
                assertThat(indexed.read(List.of(south)).membershipsOf(south)).extracting(MembershipRecord::iri)
                        .contains(written);
                assertThat(afar.reads()).isZero();
            } finally {
                indexed.stop();
            }
        }
    }

    static void assertSameFacts(CityFacts actual, CityFacts expected, List<String> asked) {
        assertThat(actual.cities()).as(asked.toString()).isEqualTo(expected.cities());
        assertThat(actual.memberships()).as(asked.toString()).isEqualTo(expected.memberships());
        // The order of agreements does not matter: the answer sorts them.
        assertThat(new HashSet<>(actual.agreements())).as(asked.toString())
                .isEqualTo(new HashSet<>(expected.agreements()));
        assertThat(actual.generation()).isEqualTo(expected.generation());
    }

    private static KnowledgeStore open() {
        KnowledgeStore opened = StoreFactory.open("mem", Path.of("."), StoreFactory.RemoteOptions.NONE);
        DatasetGraph dataset = TestStores.dataset(opened);
        Txn.executeWrite(dataset, () -> RDFDataMgr.read(dataset, "compare/memberships-minimal.trig"));
        return opened;
    }
}
