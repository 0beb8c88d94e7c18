package org.citynet.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.kernel.store.QueryRunner;
import org.citynet.support.TestEditor;
import org.citynet.web.linkeddata.LinkedDataHttp;
import org.citynet.web.system.CacheConfiguration;
import org.citynet.web.system.WarmUp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The footer kept by {@link SiteFooter} on the whole service (real data, fresh TDB2 directory, one user):
 * it credits exactly the source documents the store has, is the same on every page of a language, follows
 * the page language, and after an authenticated write that adds a source document the next page credits
 * it — the kept footer is never served for newer data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SiteFooterCacheIT {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestEditor.register(registry);
    }

    @Autowired
    KnowledgeStore store;
    @LocalServerPort
    int port;
    @Autowired
    CacheManager caches;
    @Autowired
    QueryRunner runner;
    @Autowired
    List<WarmUp> warmUps;
    @Autowired
    SiteCreditsWarmUp creditsWarmUp;

    /**
     * What every footer credits is read by a background warm-up (which runs every {@link WarmUp} bean once the
     * service is ready and after each new data version), not by the first page: at 100,000 cities it was 29 % of
     * the first comparison page.
     */
    @Test
    void theFootersCreditsAreReadByABackgroundWarmUpBeforeAnyPage() {
        assertThat(warmUps).contains(creditsWarmUp);
        Cache sources = caches.getCache(CacheConfiguration.PAGE_SOURCES);
        Cache attributions = caches.getCache(CacheConfiguration.PAGE_ATTRIBUTIONS);
        sources.clear();
        attributions.clear();

        com.github.benmanes.caffeine.cache.Cache<Object, Object> footers = footers();
        footers.invalidateAll();

        creditsWarmUp.warm();

        List<?> kept = (List<?>) sources.get(runner.dataGeneration()).get();
        assertThat(kept).hasSize(sourceTitles().size());
        assertThat(attributions.get(runner.dataGeneration())).isNotNull();
        assertThat(footers.asMap()).as("a footer per page language").hasSize(3);
        // A reader's first page in each language finds its footer rendered already.
        for (String language : List.of("fi", "sv", "en")) {
            assertThat(new LinkedDataHttp(port).get("/id/city/espoo", "Accept", "text/html", "Accept-Language",
                    language).statusCode()).isEqualTo(200);
        }
        assertThat(footers.asMap()).as("no footer rendered for those pages").hasSize(3);
    }

    @SuppressWarnings("unchecked")
    private com.github.benmanes.caffeine.cache.Cache<Object, Object> footers() {
        return (com.github.benmanes.caffeine.cache.Cache<Object, Object>) caches
                .getCache(CacheConfiguration.SITE_FOOTER).getNativeCache();
    }

    @Test
    void theFooterCreditsTheStoresSourcesOnEveryPageAndFollowsAWrite() {
        Element footer = footer("/id/city/espoo?lang=en");
        assertThat(titles(footer)).containsExactlyInAnyOrderElementsOf(sourceTitles());
        assertThat(footer("/id/city/espoo?lang=en").outerHtml()).isEqualTo(footer.outerHtml());
        assertThat(footer("/?lang=en").outerHtml()).isEqualTo(footer.outerHtml());
        assertThat(footer("/id/city/espoo?lang=fi").selectFirst("h2").text())
                .isNotEqualTo(footer.selectFirst("h2").text());

        String title = "Footer cache test " + System.nanoTime();
        assertThat(new LinkedDataHttp(port).post("/sparql", sourceDocument(title), "Content-Type",
                "application/sparql-update", "Authorization", TestEditor.authorization()).statusCode()).isEqualTo(204);

        assertThat(sourceTitles()).contains(title);
        for (String path : List.of("/id/city/espoo?lang=en", "/?lang=en", "/id/city/espoo?lang=fi")) {
            Element after = footer(path);
            assertThat(titles(after)).as(path).containsExactlyInAnyOrderElementsOf(sourceTitles());
            assertThat(after.select("ul.source-list > li").stream().filter(li -> li.text().contains(title))
                    .findFirst().orElseThrow().text()).as(path).contains("Espoo");
        }
    }

    private Element footer(String path) {
        HttpResponse<String> response = new LinkedDataHttp(port).get(path, "Accept", "text/html");
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        Element footer = Jsoup.parse(response.body()).selectFirst("footer.site-footer");
        assertThat(footer).as(path).isNotNull();
        return footer;
    }

    private static List<String> titles(Element footer) {
        return footer.select("ul.source-list > li > a").eachText();
    }

    private List<String> sourceTitles() {
        List<String> titles = new ArrayList<>();
        try (RDFConnection connection = store.connect()) {
            connection.querySelect("""
                    SELECT ?title { ?d a <https://w3id.org/citynet/ontology#SourceDocument> ;
                                       <http://purl.org/dc/terms/title> ?title }""",
                    (QuerySolution row) -> titles.add(row.getLiteral("title").getLexicalForm()));
        }
        return titles;
    }

    private static String sourceDocument(String title) {
        return """
                PREFIX cn: <https://w3id.org/citynet/ontology#>
                PREFIX dct: <http://purl.org/dc/terms/>
                INSERT DATA { GRAPH <https://w3id.org/citynet/graph/test/footer> {
                  <https://w3id.org/citynet/id/source/footer-test> a cn:SourceDocument ; dct:title "%s"@en ;
                      dct:publisher <https://w3id.org/citynet/id/city/espoo> ;
                      dct:language <http://publications.europa.eu/resource/authority/language/ENG> ;
                      cn:seedFile "999_0123456789abcdef.txt" .
                } }
                """.formatted(title);
    }
}
