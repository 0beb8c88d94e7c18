package org.citynet.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.citynet.kernel.load.KnowledgeGraphFiles;
import org.citynet.kernel.load.KnowledgeGraphLoader;
import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.kernel.store.LocalLoadTarget;
import org.citynet.kernel.store.QueryRunner;
import org.citynet.kernel.store.StoreFactory;
import org.citynet.support.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.cache.concurrent.ConcurrentMapCache;

/**
 * Every property and every class of the repository's real data — in any graph, so on any entity, ontology,
 * source or graph page — has a name in each language the pages are written in. An entity page shows a
 * property by its term label and falls back to a prefixed name (such as {@code wgs84:lat}) only when it has
 * none, and a Finnish page shows an English label when the Finnish one is missing: either is a gap here.
 */
class TermLabelsRealDataTest {

    private static final List<String> LANGUAGES = List.of("en", "fi", "sv");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static KnowledgeStore store;
    private static QueryRunner runner;

    @BeforeAll
    static void load() {
        store = StoreFactory.open("mem", Path.of("."), StoreFactory.RemoteOptions.NONE);
        // Maven runs tests in the project folder, which holds ontology/ and data/.
        new KnowledgeGraphLoader().load(KnowledgeGraphFiles.fromRoot(Path.of("").toAbsolutePath()),
                new LocalLoadTarget(TestStores.dataset(store)));
        runner = new QueryRunner(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void everyPropertyAndClassOfTheDataIsNamedInEveryLanguage() {
        TermLabels labels = new TermLabels(runner, TIMEOUT, new ConcurrentMapCache("term-labels"));
        List<String> terms = terms("""
                SELECT DISTINCT ?term WHERE {
                  { GRAPH ?g { ?s ?term ?o } } UNION { GRAPH ?g { ?s a ?term } }
                  FILTER (isIRI(?term))
                }""");
        assertThat(terms).as("terms of the real data").hasSizeGreaterThan(50)
                .contains("http://www.w3.org/2003/01/geo/wgs84_pos#lat",
                        "http://www.w3.org/2003/01/geo/wgs84_pos#long");
        Map<String, List<String>> missing = new TreeMap<>();
        for (String term : terms) {
            Map<String, String> names = labels.of(term);
            List<String> without = LANGUAGES.stream().filter(lang -> names.getOrDefault(lang, "").isBlank()).toList();
            if (!without.isEmpty()) {
                missing.put(term, without);
            }
        }
        assertThat(missing).as("terms without a label in these languages (add them to"
                + " linkeddata/reused-term-labels.ttl, or to the ontology for cn: terms)").isEmpty();
    }

    @Test
    void basicGeoCoordinatesAreNamed() {
        TermLabels labels = new TermLabels(runner, TIMEOUT, new ConcurrentMapCache("term-labels"));
        assertThat(labels.of("http://www.w3.org/2003/01/geo/wgs84_pos#lat"))
                .containsEntry("en", "latitude").containsEntry("fi", "leveysaste").containsEntry("sv", "latitud");
        assertThat(labels.of("http://www.w3.org/2003/01/geo/wgs84_pos#long"))
                .containsEntry("en", "longitude").containsEntry("fi", "pituusaste").containsEntry("sv", "longitud");
    }

    private static List<String> terms(String text) {
        Query query = QueryFactory.create(text);
        return runner.select(query, Map.of(), TIMEOUT, row -> row.getResource("term").getURI());
    }
}
