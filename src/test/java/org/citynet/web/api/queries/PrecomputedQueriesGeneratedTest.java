package org.citynet.web.api.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.engine.binding.Binding;
import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.kernel.store.QueryRunner;
import org.citynet.support.GeneratedStore;
import org.citynet.web.system.CitynetProperties;
import org.citynet.support.TestProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code #+ precompute} named query of {@code queries/}, on a generated graph of 1,000 cities: its
 * pages, read from the rows kept for the data version and put together, are exactly the answer of its
 * plain SPARQL (the query's own text, run directly) — same rows, same order — and every page carries the
 * true total. The same holds for every {@code #+ page-by} query, whose pages are cut from its keys (read once
 * per data version by a reduced query) and read by {@code VALUES}, in each language asked for; and for every
 * {@code #+ precompute: unfiltered} query, whose rows are filtered in memory, for texts that match much, little,
 * in other cases and letters, or nothing.
 */
class PrecomputedQueriesGeneratedTest {

    private static final int CITIES = 1_000;
    private static final int PAGE = 97;


    private static KnowledgeStore store;
    private static NamedQueryService service;
    private static QueryRunner runner;

    @BeforeAll
    static void generateAndLoad() {
        store = GeneratedStore.shared(CITIES, 2024);
        Path root = Path.of("").toAbsolutePath();
        runner = new QueryRunner(store);
        CitynetProperties properties = TestProperties.inMemory(root.toString(), Duration.ofSeconds(60), 10_000);
        service = new NamedQueryService(NamedQueryCatalog.load(root.resolve("queries")), runner, properties);
    }

    static List<String> precomputed() {
        List<String> names = NamedQueryCatalog.load(Path.of("queries").toAbsolutePath()).all().stream()
                .filter(NamedQuery::precompute).map(NamedQuery::name).toList();
        assertThat(names).as("queries marked #+ precompute: true").hasSizeGreaterThanOrEqualTo(5);
        return names;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("precomputed")
    void pagesPutTogetherAreThePlainSparqlAnswer(String name) {
        NamedQuery query = service.find(name);
        Map<String, org.apache.jena.graph.Node> bindings = query.bind(Map.of());
        List<Binding> plain = new ArrayList<>();
        // The query's own text, parsed afresh, bound and run as any SPARQL client's query would be.
        runner.execute(QueryFactory.create(query.text(), Syntax.syntaxSPARQL_11), bindings, Duration.ofSeconds(60),
                execution -> plain.addAll(ResultRows.read(execution).rows()));

        List<Binding> paged = new ArrayList<>();
        for (int page = 1; ; page++) {
            NamedQueryAnswer answer = service.run(new NamedQueryRequest(name, Map.of(), Integer.toString(page),
                    Integer.toString(PAGE)));
            assertThat(answer.total()).as("true total on page %d", page).isEqualTo(plain.size());
            paged.addAll(answer.rows().rows());
            if (!answer.page().hasNext()) {
                break;
            }
        }
        assertThat(paged).as("%s: %d rows in pages of %d", name, plain.size(), PAGE).isEqualTo(plain);
        NamedQueryAnswer whole = service.run(new NamedQueryRequest(name, Map.of(), null, null));
        assertThat(whole.rows().rows()).isEqualTo(plain.size() <= 10_000 ? plain : plain.subList(0, 1000));
    }

    static List<String> pagedByKey() {
        List<String> names = NamedQueryCatalog.load(Path.of("queries").toAbsolutePath()).all().stream()
                .filter(NamedQuery::pagedByKey).map(NamedQuery::name).toList();
        assertThat(names).as("queries marked #+ page-by").contains("city-locations", "city-populations");
        return names;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pagedByKey")
    void pagesByKeyPutTogetherAreThePlainSparqlAnswer(String name) {
        NamedQuery query = service.find(name);
        for (String lang : List.of("fi", "en")) {
            Map<String, String> values = Map.of("lang", lang);
            Map<String, org.apache.jena.graph.Node> bindings = query.bind(values);
            List<Binding> plain = new ArrayList<>();
            runner.execute(QueryFactory.create(query.text(), Syntax.syntaxSPARQL_11), bindings,
                    Duration.ofSeconds(60), execution -> plain.addAll(ResultRows.read(execution).rows()));
            long keys = plain.stream().map(row -> row.get(query.pageBy())).distinct().count();
            assertThat(keys).as("%s: every generated city has a row", name).isGreaterThanOrEqualTo(CITIES);

            List<Binding> paged = new ArrayList<>();
            for (int page = 1; ; page++) {
                NamedQueryAnswer answer = service.run(new NamedQueryRequest(name, values, Integer.toString(page),
                        Integer.toString(PAGE)));
                assertThat(answer.total()).as("%s (%s): keys counted on page %d", name, lang, page).isEqualTo(keys);
                assertThat(answer.rows().rows()).as("%s (%s): page %d", name, lang, page).isNotEmpty();
                paged.addAll(answer.rows().rows());
                if (!answer.page().hasNext()) {
                    break;
                }
            }
            assertThat(paged).as("%s (%s): %d rows in pages of %d keys", name, lang, plain.size(), PAGE)
                    .isEqualTo(plain);
            NamedQueryAnswer unasked = service.run(new NamedQueryRequest(name, values, null, null));
            if (query.paginated()) {
                assertThat(unasked.rows().rows()).as("%s (%s): page 1 unasked", name, lang)
                        .isEqualTo(plain.subList(0, query.pageSize()));
            } else {
                assertThat(unasked.page()).as("%s (%s): answered whole", name, lang).isNull();
                assertThat(unasked.rows().rows()).isEqualTo(plain);
            }
        }
    }

    static List<String> unfiltered() {
        List<String> names = NamedQueryCatalog.load(Path.of("queries").toAbsolutePath()).all().stream()
                .filter(NamedQuery::unfiltered).map(NamedQuery::name).toList();
        assertThat(names).as("queries marked #+ precompute: unfiltered").contains("search-labels");
        return names;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unfiltered")
    void filteredKeptRowsAreThePlainSparqlAnswer(String name) {
        NamedQuery query = service.find(name);
        for (String text : List.of("an", "ESBO", "", "ä", "Ö", "zzqx", "a b", "%")) {
            Map<String, String> values = new java.util.LinkedHashMap<>();
            query.parameters().forEach(p -> values.put(p.name(), text));
            Map<String, org.apache.jena.graph.Node> bindings = query.bind(values);
            List<Binding> plain = new ArrayList<>();
            runner.execute(QueryFactory.create(query.text(), Syntax.syntaxSPARQL_11), bindings,
                    Duration.ofSeconds(60), execution -> plain.addAll(ResultRows.read(execution).rows()));

            List<Binding> paged = new ArrayList<>();
            for (int page = 1; ; page++) {
                NamedQueryAnswer answer = service.run(new NamedQueryRequest(name, values, Integer.toString(page),
                        Integer.toString(PAGE)));
                assertThat(answer.total()).as("%s ('%s'): total on page %d", name, text, page).isEqualTo(plain.size());
                paged.addAll(answer.rows().rows());
                if (answer.page() == null || !answer.page().hasNext()) {
                    break;
                }
            }
            assertThat(paged).as("%s ('%s'): %d rows in pages of %d", name, text, plain.size(), PAGE).isEqualTo(plain);
            NamedQueryAnswer unasked = service.run(new NamedQueryRequest(name, values, null, null));
            assertThat(unasked.rows().rows()).as("%s ('%s'): unasked", name, text).isEqualTo(query.paginated()
                    ? plain.subList(0, Math.min(plain.size(), query.pageSize())) : plain);
            if (text.equals("an")) {
                assertThat(plain).as("a common text matches many rows").hasSizeGreaterThan(3 * PAGE);
            }
        }
    }
}
