package org.citynet.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.citynet.kernel.load.KnowledgeGraphFiles;
import org.citynet.kernel.load.KnowledgeGraphLoader;
import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.kernel.store.QueryRunner;
import org.citynet.kernel.store.StoreFactory;
import org.citynet.kernel.store.StoreInitializer;
import org.citynet.kernel.store.StoreStatistics;
import org.citynet.support.ForwardingStore;
import org.citynet.support.GeneratedStore;
import org.citynet.support.TestStores;
import org.junit.jupiter.api.Test;

/**
 * The embedded TDB2 counts VoID's numbers from its indexes ({@code Tdb2Statistics}); every other store is asked
 * the counting queries of {@code sparql/catalog/}. The two give the same {@link Statistics}, number for number
 * and IRI for IRI in the same order: on the repository's real data, on a generated graph of 1,000 cities, and on
 * a small graph made of what could tell them apart (a triple in two graphs, one in the real default graph, which
 * the union leaves out, equal values written differently, language tags in two cases, blank nodes, a literal as
 * a class, subjects inside and outside the URI space).
 */
class IndexStatisticsTest {

    private static final String URI_SPACE = "https://w3id.org/citynet/";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final List<String> TARGETS = VoidDescription.linkTargets();

    @Test
    void theRealDataCountsTheSameFromTheIndexesAsWithSparql() {
        Path root = Path.of("").toAbsolutePath();
        try (KnowledgeStore store = StoreFactory.open("mem", root, StoreFactory.RemoteOptions.NONE)) {
            new StoreInitializer(new KnowledgeGraphLoader()).ensureLoaded(store, KnowledgeGraphFiles.fromRoot(root),
                    false);
            Statistics indexed = sameAsSparql(store);
            assertThat(indexed.triples()).isGreaterThan(1_000);
            assertThat(indexed.classPartitions()).extracting(Statistics.Count::iri)
                    .contains("https://w3id.org/citynet/ontology#City");
            assertThat(indexed.links()).as("links into other datasets").isNotEmpty();
        }
    }

    @Test
    void aGeneratedGraphOfAThousandCitiesCountsTheSame() {
        Statistics indexed = sameAsSparql(GeneratedStore.shared(1_000, 2024));
        assertThat(indexed.entities()).isGreaterThan(1_000);
    }

    @Test
    void termsThatCouldTellTheCountsApartAreCountedAlike() {
        Path root = Path.of("").toAbsolutePath();
        try (KnowledgeStore store = StoreFactory.open("mem", root, StoreFactory.RemoteOptions.NONE)) {
            DatasetGraph dataset = TestStores.dataset(store);
            Txn.executeWrite(dataset, () -> RDFParser.fromString("""
                    PREFIX ex: <https://w3id.org/citynet/id/>
                    PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                    PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                    PREFIX owl: <http://www.w3.org/2002/07/owl#>
                    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                    ex:only-default rdf:value "in the real default graph" .
                    GRAPH <https://w3id.org/citynet/graph/a> {
                        ex:x a ex:Thing ; rdf:value 1, "01"^^xsd:integer, 1.0, "1"^^xsd:decimal, "x"@en, "x"@EN, "x" .
                        _:b a ex:Thing ; rdf:value ex:x .
                        <http://example.org/outside> a "not a class" , ex:Thing ; rdf:value _:c .
                        ex:y a ex:Other ; owl:sameAs <https://sws.geonames.org/1>, <http://www.wikidata.org/entity/Q1> .
                        _:b owl:sameAs <https://sws.geonames.org/1> .
                        <http://example.org/outside> owl:sameAs <https://sws.geonames.org/1> .
                        ex:x rdfs:seeAlso "https://sws.geonames.org/2", <https://sws.geonames.org/2> .
                    }
                    GRAPH <https://w3id.org/citynet/graph/b> {
                        ex:x a ex:Thing ; rdf:value 1 .
                        ex:y a ex:Thing ; owl:sameAs <https://sws.geonames.org/1> .
                    }
                    """, Lang.TRIG).parse(dataset));
            Statistics indexed = sameAsSparql(store);
            assertThat(indexed.graphs()).extracting(Statistics.Count::iri)
                    .containsExactly("https://w3id.org/citynet/graph/a", "https://w3id.org/citynet/graph/b");
            assertThat(indexed.classPartitions()).containsExactly(
                    new Statistics.Count("https://w3id.org/citynet/id/Other", 1),
                    new Statistics.Count("https://w3id.org/citynet/id/Thing", 4));
            assertThat(indexed.entities()).isEqualTo(2);
            assertThat(indexed.links()).containsExactlyInAnyOrder(
                    new Statistics.Link("https://sws.geonames.org/", "http://www.w3.org/2000/01/rdf-schema#seeAlso", 1),
                    new Statistics.Link("https://sws.geonames.org/", "http://www.w3.org/2002/07/owl#sameAs", 1),
                    new Statistics.Link("http://www.wikidata.org/entity/", "http://www.w3.org/2002/07/owl#sameAs", 1));
        }
    }

    @Test
    void countingPastItsTimeIsStoppedAsAQueryWouldBe() {
        KnowledgeStore store = GeneratedStore.shared(1_000, 2024);
        assertThatThrownBy(() -> store.indexStatistics(URI_SPACE, TARGETS, Duration.ZERO))
                .isInstanceOf(QueryCancelledException.class);
    }

    @Test
    void aStoreWithoutIndexesOfItsOwnIsAskedTheQueries() {
        assertThat(sparqlOnly(GeneratedStore.shared(1_000, 2024)).indexStatistics(URI_SPACE, TARGETS, TIMEOUT)).isEmpty();
    }

    /** The statistics from the indexes, checked equal to those from the queries. */
    private static Statistics sameAsSparql(KnowledgeStore store) {
        Optional<StoreStatistics> counted = store.indexStatistics(URI_SPACE, TARGETS, TIMEOUT);
        assertThat(counted).as("a TDB2 store counts from its indexes").isPresent();
        Statistics indexed = reader(store).read();
        Statistics queried = reader(sparqlOnly(store)).read();
        assertThat(indexed).isEqualTo(queried);
        return indexed;
    }

    private static StatisticsReader reader(KnowledgeStore store) {
        return new StatisticsReader(new QueryRunner(store), TIMEOUT, URI_SPACE, TARGETS);
    }

    /** The same store, as one that cannot count from indexes of its own. */
    private static KnowledgeStore sparqlOnly(KnowledgeStore store) {
        return new ForwardingStore(store) {
            @Override
            public Optional<StoreStatistics> indexStatistics(String uriSpace, List<String> targetSpaces, Duration timeout) {
                return Optional.empty();
            }
        };
    }
}
