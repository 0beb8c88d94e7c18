package org.citynet.web.api.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.NodeFactory;
import org.citynet.kernel.rdf.CN;
import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.kernel.store.QueryRunner;
import org.citynet.support.GeneratedStore;
import org.citynet.web.api.ApiQueries;
import org.citynet.web.api.ApiQuery;
import org.citynet.web.api.Iris;
import org.citynet.web.api.ListPages;
import org.citynet.web.api.Localizer;
import org.citynet.web.api.Localizers;
import org.citynet.web.api.NodeFields;
import org.citynet.web.api.PageRequest;
import org.citynet.web.api.Ref;
import org.citynet.web.api.SourceCatalog;
import org.citynet.web.api.agreement.AgreementType;
import org.citynet.web.api.network.NetworkType;
import org.citynet.web.system.CitynetProperties;
import org.citynet.web.system.NotFoundException;
import org.citynet.support.TestProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.cache.concurrent.ConcurrentMapCacheManager;

/**
 * A theme's page ({@code GET /api/themes/{id}?page=&pageSize=}), on a generated graph of 300 cities: put
 * together, the pages of the most used theme are exactly what the whole answer listed before pages existed —
 * every agreement, partnership and network of the theme's uses query, each list in its order — in each
 * language, with true totals, and a page after the last of the longest list is a 404.
 */
class ThemePagesGeneratedTest {

    private static final int CITIES = 300;
    private static final int PAGE = 7;


    private static KnowledgeStore store;
    private static ApiQueries queries;
    private static ThemeService themes;
    private static Localizers localizers;

    @BeforeAll
    static void generateAndLoad() {
        store = GeneratedStore.shared(CITIES, 2024);
        CitynetProperties properties = TestProperties.inMemory();
        queries = new ApiQueries(new QueryRunner(store), properties);
        Iris iris = new Iris(properties);
        themes = new ThemeService(queries, new ListPages(queries, properties),
                new SourceCatalog(queries, new ConcurrentMapCacheManager()), iris);
        localizers = new Localizers(iris);
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"sv", "fi", "en"})
    void pagesPutTogetherAreEveryUseOfTheThemeInItsOrder(String lang) {
        Localizer localizer = localizers.of(lang, null);
        ThemeSummary theme = themes.list(localizer).items().stream()
                .max(Comparator.comparingInt(ThemeSummary::agreements)).orElseThrow();
        Whole expected = whole(theme.iri(), localizer);
        assertThat(expected.agreements()).as("more agreements than several pages").hasSizeGreaterThan(3 * PAGE);
        assertThat(expected.partnerships()).as("partnerships over more than one page").hasSizeGreaterThan(PAGE);
        assertThat(List.of(theme.agreements(), theme.partnerships(), theme.networks())).as("the list's counts")
                .isEqualTo(List.of(expected.agreements().size(), expected.partnerships().size(),
                        expected.networks().size()));

        List<String> agreements = new ArrayList<>();
        List<String> partnerships = new ArrayList<>();
        List<String> networks = new ArrayList<>();
        long longest = Math.max(expected.agreements().size(), Math.max(expected.partnerships().size(),
                expected.networks().size()));
        int number = 1;
        for (; (number - 1L) * PAGE < longest; number++) {
            ThemeDetail page = themes.detail(theme.id(), new PageRequest(number, PAGE), localizer);
            assertThat(page.totals()).isEqualTo(new ThemeDetail.Totals(expected.agreements().size(),
                    expected.partnerships().size(), expected.networks().size()));
            assertThat(page.agreements().size() + page.partnerships().size() + page.networks().size())
                    .as("page %d is not empty", number).isPositive();
            page.agreements().forEach(a -> agreements.add(a.iri()));
            page.partnerships().forEach(p -> partnerships.add(p.iri()));
            page.networks().forEach(n -> networks.add(n.iri()));
        }
        assertThat(agreements).as("agreements in %s", lang).isEqualTo(expected.agreements());
        assertThat(partnerships).as("partnerships in %s", lang).isEqualTo(expected.partnerships());
        assertThat(networks).as("networks in %s", lang).isEqualTo(expected.networks());
        int after = number;
        assertThatThrownBy(() -> themes.detail(theme.id(), new PageRequest(after, PAGE), localizer))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("does not exist");
    }

    private record Whole(List<String> agreements, List<String> partnerships, List<String> networks) {
    }

    /** The lists as the unpaged answer made them: every use of the theme read at once, sorted in memory. */
    private static Whole whole(String theme, Localizer localizer) {
        List<Ref> agreements = new ArrayList<>();
        List<PartnershipSummary> partnerships = new ArrayList<>();
        List<Ref> networks = new ArrayList<>();
        for (NodeFields use : queries.fields(ApiQuery.THEME_USES, Map.of("theme", NodeFactory.createURI(theme)))
                .nodes()) {
            List<String> classes = use.iris("class");
            Ref self = localizer.self(use);
            if (classes.contains(CN.Partnership.getURI())) {
                partnerships.add(new PartnershipSummary(self.id(), self.iri(), localizer.refs(use, "kind"), List.of()));
            } else if (NetworkType.of(classes) != null) {
                networks.add(self);
            } else if (Arrays.stream(AgreementType.values()).anyMatch(type -> classes.contains(type.classIri()))) {
                agreements.add(self);
            }
        }
        agreements.sort(localizer.byLabel(Ref::label).thenComparing(Ref::iri));
        partnerships.sort(localizer.byLabel((PartnershipSummary p) -> p.kinds().isEmpty() ? null
                : p.kinds().get(0).label()).thenComparing(PartnershipSummary::iri));
        networks.sort(localizer.byLabel(Ref::label).thenComparing(Ref::iri));
        return new Whole(agreements.stream().map(Ref::iri).toList(),
                partnerships.stream().map(PartnershipSummary::iri).toList(), networks.stream().map(Ref::iri).toList());
    }
}
