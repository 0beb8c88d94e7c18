package org.citynet.web.api.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.apache.jena.rdfconnection.RDFConnection;
import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.kernel.store.QueryRunner;
import org.citynet.support.GeneratedStore;
import org.citynet.web.api.Iris;
import org.citynet.web.system.LanguagePreference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The index built from a generated graph of 1,000 cities (with the real ontology, so agreement classes
 * below {@code cn:Agreement} count) reads the same facts as the SPARQL reader for a sample of pairs: random
 * pairs, pairs that share an agreement, and the cities with the most memberships; and for some of them
 * gives the same whole answer, with and without {@code asOf}. The index is built in batches of
 * {@value MembershipIndexBuilder#CITY_BATCH} cities, so agreements between cities of different batches are
 * exercised.
 */
class MembershipIndexGeneratedTest {

    private static final int CITIES = 1_000;
    private static final int RANDOM_PAIRS = 100;
    private static final int ANSWERS = 20;


    private static KnowledgeStore store;
    private static MembershipIndex index;
    private static SparqlMembershipSource sparql;

    @BeforeAll
    static void generateAndLoad() {
        store = GeneratedStore.shared(CITIES, 2024);
        FactQueries queries = new FactQueries(new QueryRunner(store), CompareServiceTest.properties());
        sparql = new SparqlMembershipSource(queries);
        index = MembershipIndexBuilder.build(queries, store.changeStamp().value(), store.generation());
    }

    @Test
    void holdsEveryCityAndTheirLabels() {
        assertThat(index.cityIris()).hasSize(CITIES);
        assertThat(index.membershipCount()).isGreaterThan(CITIES);
        assertThat(index.agreementCount()).isPositive();
        CityFacts facts = index.facts(List.of(index.cityIris().get(0)));
        assertThat(facts.cities().values()).singleElement()
                .satisfies(city -> assertThat(city.labels()).containsKeys("fi", "sv", "en"));
    }

    @Test
    void answersASampleOfPairsAsSparqlDoes() {
        List<List<String>> pairs = samplePairs();
        Iris iris = new Iris(CompareServiceTest.properties());
        CompareService fromIndex = new CompareService(index::facts, iris);
        CompareService fromSparql = new CompareService(sparql, iris);
        LanguagePreference language = LanguagePreference.of("sv", null);
        for (List<String> pair : pairs) {
            MembershipIndexTest.assertSameFacts(index.facts(pair), sparql.read(pair), pair);
        }
        // The answer is made from the facts alone; a few whole answers show that, with and without asOf.
        for (List<String> pair : pairs.subList(pairs.size() - ANSWERS, pairs.size())) {
            String ids = pair.stream().map(iri -> iris.slug(iri, "city").orElseThrow())
                    .reduce((a, b) -> a + "," + b).orElseThrow();
            for (String asOf : new String[] {null, "2010"}) {
                CompareRequest request = CompareRequest.parse(ids, asOf, null);
                assertThat(fromIndex.compare(request, language)).as(ids + " asOf " + asOf)
                        .isEqualTo(fromSparql.compare(request, language));
            }
        }
    }

    /** Random pairs, pairs that share an agreement, and the five cities with most memberships pairwise. */
    private static List<List<String>> samplePairs() {
        List<String> cities = index.cityIris();
        Set<List<String>> pairs = new LinkedHashSet<>();
        Random random = new Random(7);
        while (pairs.size() < RANDOM_PAIRS) {
            String a = cities.get(random.nextInt(cities.size()));
            String b = cities.get(random.nextInt(cities.size()));
            if (!a.equals(b)) {
                pairs.add(List.of(a, b));
            }
        }
        int sampled = pairs.size();
        try (RDFConnection connection = store.connect()) {
            connection.querySelect("PREFIX cn: <https://w3id.org/citynet/ontology#>"
                    + " SELECT DISTINCT ?a ?b { ?x cn:party ?a , ?b . ?a a cn:City . ?b a cn:City"
                    + " FILTER (STR(?a) < STR(?b)) } ORDER BY ?a ?b LIMIT 50",
                    row -> pairs.add(List.of(row.getResource("a").getURI(), row.getResource("b").getURI())));
            List<String> busiest = new ArrayList<>();
            connection.querySelect("PREFIX org: <http://www.w3.org/ns/org#>"
                    + " SELECT ?c (COUNT(?m) AS ?n) { ?m org:member ?c } GROUP BY ?c ORDER BY DESC(?n) ?c LIMIT 5",
                    row -> busiest.add(row.getResource("c").getURI()));
            for (int i = 0; i < busiest.size(); i++) {
                for (int j = i + 1; j < busiest.size(); j++) {
                    pairs.add(List.of(busiest.get(i), busiest.get(j)));
                }
            }
        }
        assertThat(pairs.size() - sampled).as("pairs sharing an agreement, and of the busiest").isGreaterThan(10);
        return new ArrayList<>(pairs);
    }
}
