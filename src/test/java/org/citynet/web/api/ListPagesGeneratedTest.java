package org.citynet.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.kernel.store.QueryRunner;
import org.citynet.support.GeneratedStore;
import org.citynet.web.system.CitynetProperties;
import org.citynet.support.TestProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.cache.concurrent.ConcurrentMapCacheManager;

/**
 * The REST lists' pages ({@link ListPages}), on a generated graph of 300 cities with labels in several
 * languages: put together, the pages of cities, networks and agreements are exactly the list as it was made
 * before pages existed — every node of the fields query, sorted by the label the client's language picks in
 * that language's collation, then by IRI — in each language.
 */
class ListPagesGeneratedTest {

    private static final int CITIES = 300;
    private static final int PAGE = 23;


    private static KnowledgeStore store;
    private static ApiQueries queries;
    private static ListPages pages;
    private static Localizers localizers;

    @BeforeAll
    static void generateAndLoad() {
        store = GeneratedStore.shared(CITIES, 2024);
        CitynetProperties properties = TestProperties.inMemory();
        queries = new ApiQueries(new QueryRunner(store), properties);
        pages = new ListPages(queries, properties);
        localizers = new Localizers(new Iris(properties));
    }

    @ParameterizedTest(name = "{0} in {2}")
    @CsvSource({"CITIES, CITY_KEYS, sv", "CITIES, CITY_KEYS, fi", "CITIES, CITY_KEYS, en",
            "NETWORKS, NETWORK_KEYS, fi", "NETWORKS, NETWORK_KEYS, en",
            "AGREEMENTS, AGREEMENT_KEYS, sv", "AGREEMENTS, AGREEMENT_KEYS, en"})
    void pagesPutTogetherAreTheWholeListInItsOrder(ApiQuery fields, ApiQuery keys, String lang) {
        String list = fields.name();
        Map<String, List<Node>> blocks = fields == ApiQuery.AGREEMENTS
                ? Map.of("agreementClass", queries.agreementClasses()) : Map.of();
        Localizer localizer = localizers.of(lang, null);

        List<NodeFields> nodes = new ArrayList<>(queries.fields(fields, Map.of(), blocks).nodes());
        nodes.sort(localizer.byLabel((NodeFields n) -> localizer.label(n.byLanguage("label")))
                .thenComparing(NodeFields::iri));
        List<String> expected = nodes.stream().map(NodeFields::iri).toList();
        assertThat(expected).as("%s: a list longer than several pages", list).hasSizeGreaterThan(3 * PAGE);

        List<String> ordered = pages.ordered(keys, blocks, localizer);
        List<String> paged = new ArrayList<>();
        for (int number = 1; ; number++) {
            ListPages.Slice slice = ListPages.slice(ordered, null, new PageRequest(number, PAGE));
            assertThat(slice.page().total()).isEqualTo(expected.size());
            paged.addAll(slice.iris());
            if (!slice.page().hasNext()) {
                break;
            }
        }
        assertThat(paged).as("%s in %s", list, lang).isEqualTo(expected);
        assertThat(pages.ordered(keys, blocks, localizer)).as("kept for the data version").isSameAs(ordered);
    }

    /**
     * The documents an answer cites are read when first cited, not all at once (at 100,000 cities that read
     * — 992 documents, but a whole-graph scan of titles — passed its timeout under load): described so, every document of the graph — cited together with nodes that are no
     * documents — is described as the whole read describes it, and again the same from what was kept.
     */
    @Test
    void citedSourcesAreDescribedAsTheWholeReadDescribesThem() {
        FieldTable whole = queries.fields(ApiQuery.SOURCES, Map.of());
        List<String> documents = whole.nodes().stream().map(NodeFields::iri).sorted().toList();
        assertThat(documents).as("the generated graph's documents").hasSizeGreaterThan(1);
        List<String> cited = new ArrayList<>(documents);
        cited.addAll(pages.ordered(ApiQuery.CITY_KEYS, Map.of(), localizers.of("fi", null)).subList(0, 10));
        SourceCatalog catalog = new SourceCatalog(queries, new ConcurrentMapCacheManager());
        Localizer localizer = localizers.of("sv", null);

        List<SourceView> described = catalog.describe(cited, localizer);
        assertThat(described).extracting(SourceView::iri).as("the documents only, by IRI").isEqualTo(documents);
        for (SourceView view : described) {
            assertThat(view.title()).as(view.iri()).isEqualTo(whole.node(view.iri()).orElseThrow().lexical("title")
                    .orElse(null));
        }
        assertThat(catalog.describe(cited, localizer)).as("from what was kept").isEqualTo(described);
    }
}
