package org.citynet.web.api.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.kernel.store.QueryRunner;
import org.citynet.support.GeneratedStore;
import org.citynet.support.TestProperties;
import org.citynet.web.api.ApiParameters;
import org.citynet.web.api.ApiQueries;
import org.citynet.web.api.ApiQuery;
import org.citynet.web.api.Iris;
import org.citynet.web.api.ListPages;
import org.citynet.web.api.Localizer;
import org.citynet.web.api.Localizers;
import org.citynet.web.api.PageRequest;
import org.citynet.web.api.Ref;
import org.citynet.web.api.SourceCatalog;
import org.citynet.web.system.CitynetProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.cache.concurrent.ConcurrentMapCacheManager;

/**
 * {@code /api/agreements?type=&inForce=} without a city, on a generated graph of 300 cities: put together, its
 * pages are exactly what the list gave when it read every agreement's facts and filtered them per request —
 * the agreements of the type in force on the date, in the list's order — with the same report of agreements
 * the rule cannot decide, in each language.
 */
class AgreementFiltersGeneratedTest {

    private static final int CITIES = 300;
    private static final int PAGE = 37;


    private static KnowledgeStore store;
    private static ApiQueries queries;
    private static ListPages pages;
    private static AgreementReader reader;
    private static AgreementService service;
    private static Localizers localizers;

    @BeforeAll
    static void generateAndLoad() {
        store = GeneratedStore.shared(CITIES, 2024);
        CitynetProperties properties = TestProperties.inMemory();
        queries = new ApiQueries(new QueryRunner(store), properties);
        Iris iris = new Iris(properties);
        pages = new ListPages(queries, properties);
        reader = new AgreementReader(queries);
        service = new AgreementService(reader, pages, queries,
                new SourceCatalog(queries, new ConcurrentMapCacheManager()), iris,
                new AgreementFilters(queries, pages));
        localizers = new Localizers(iris);
    }

    @ParameterizedTest(name = "type={0} inForce={1} in {2}")
    @CsvSource(nullValues = "-", value = {"twinning, -, sv", "mou, -, fi", "-, 2015, fi", "-, 1995-01-01, en",
            "partnership, 2020-03, sv", "twinning, 2025-12-31, en"})
    void pagesPutTogetherAreWhatFilteringEveryAgreementGave(String type, String inForce, String lang) {
        Localizer localizer = localizers.of(lang, null);
        AgreementType wanted = AgreementType.parameter(type);
        InForceRule rule = inForce == null ? null : new InForceRule(ApiParameters.date("inForce", inForce));

        // The answer as it was made before: every agreement read, filtered in memory, in the list's order.
        List<String> order = pages.ordered(ApiQuery.AGREEMENT_KEYS, queries.agreementClassBlock(), localizer);
        List<AgreementView> every = reader.all(localizer);
        assertThat(every).as("every agreement of the generated graph").hasSizeGreaterThan(5 * PAGE);
        List<AgreementView> sorted = order.stream()
                .map(iri -> every.stream().filter(a -> a.iri().equals(iri)).findFirst().orElseThrow()).toList();
        List<String> expected = new ArrayList<>();
        List<Ref> withoutStart = new ArrayList<>();
        List<Ref> superseded = new ArrayList<>();
        for (AgreementView a : sorted) {
            if (wanted != null && !a.type().equals(wanted.apiName())) {
                continue;
            }
            InForceRule.Status status = rule == null ? InForceRule.Status.IN_FORCE
                    : rule.status(a.validity().start(), a.signingDate(), a.validity().end(), a.validityStatusIris());
            switch (status) {
                case IN_FORCE -> expected.add(a.iri());
                case UNKNOWN_START -> withoutStart.add(new Ref(a.id(), a.iri(), "agreement", a.label()));
                case SUPERSEDED_WITHOUT_END -> superseded.add(new Ref(a.id(), a.iri(), "agreement", a.label()));
                case NOT_IN_FORCE -> { }
            }
        }
        assertThat(expected).as("a filter that keeps some agreements and drops others")
                .isNotEmpty().hasSizeLessThan(every.size());

        List<AgreementView> paged = new ArrayList<>();
        for (int number = 1; ; number++) {
            AgreementList page = service.list(null, type, inForce, new PageRequest(number, PAGE), localizer);
            assertThat(page.total()).isEqualTo(expected.size());
            paged.addAll(page.items());
            if (rule == null) {
                assertThat(page.inForce()).isNull();
            } else {
                assertThat(page.inForce().withoutKnownStart()).containsExactlyElementsOf(withoutStart);
                assertThat(page.inForce().supersededWithoutEnd()).containsExactlyElementsOf(superseded);
            }
            if ((long) number * PAGE >= expected.size()) {
                break;
            }
        }
        assertThat(paged).extracting(AgreementView::iri).containsExactlyElementsOf(expected);
        // Each page's agreements are read whole, as those of an unfiltered page.
        assertThat(paged).containsExactlyElementsOf(expected.stream()
                .map(iri -> sorted.stream().filter(a -> a.iri().equals(iri)).findFirst().orElseThrow()).toList());
    }
}
