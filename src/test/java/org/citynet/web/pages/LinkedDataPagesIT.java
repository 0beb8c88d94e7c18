package org.citynet.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.text.Collator;
import java.util.List;
import java.util.Locale;

import org.citynet.web.linkeddata.LinkedDataHttp;
import org.citynet.web.linkeddata.RealDataService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The HTML pages for people: entity pages in fi/sv/en with their sources, the ontology, indexes, home. */
class LinkedDataPagesIT extends RealDataService {

    private Document page(String path, String... headers) {
        HttpResponse<String> response = http.get(path, headers);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(LinkedDataHttp.mediaType(response)).isEqualTo("text/html");
        return Jsoup.parse(response.body(), http.url(path));
    }

    private String label(String iri, String lang) {
        return select("SELECT ?l WHERE { <" + iri + "> skos:prefLabel|rdfs:label ?l FILTER (lang(?l) = '" + lang
                + "') }", "l").get(0);
    }

    @ParameterizedTest
    @CsvSource({"fi, Kaupungit", "sv, Städer", "en, Cities"})
    void theEntityPageIsInTheReadersLanguage(String lang, String navCities) {
        Document doc = page("/id/city/espoo?lang=" + lang, "Accept", "text/html");
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo(lang);
        assertThat(doc.selectFirst("h1").text()).isEqualTo(label(ESPOO, lang));
        assertThat(doc.select("header nav a[href='/cities?lang=" + lang + "']").text()).isEqualTo(navCities);
        assertThat(doc.select(".entity-types a").text()).isEqualTo(label(CN + "City", lang));
        Element twin = doc.selectFirst("a[href='/id/city/kongsberg?lang=" + lang + "']");
        assertThat(twin).isNotNull();
        assertThat(twin.text()).isEqualTo(label(KONGSBERG, "sv"));
        assertThat(doc.select(".language-switch a").eachAttr("hreflang")).containsExactly("en", "fi", "sv");
    }

    @Test
    void theSwedishPageCallsEspooEsbo() {
        assertThat(page("/id/city/espoo?lang=sv", "Accept", "text/html").selectFirst("h1").text()).isEqualTo("Esbo");
        assertThat(page("/id/city/espoo.html", "Accept-Language", "sv-FI, en;q=0.5").selectFirst("h1").text())
                .isEqualTo("Esbo");
    }

    @Test
    void everyValueCitesItsSourcesAndTheSourcesAreDescribed() {
        Document doc = page("/id/city/espoo.html?lang=en");
        List<Element> values = doc.select("table.statements ul.values > li");
        assertThat(values).isNotEmpty();
        for (Element value : values) {
            Element citations = value.selectFirst("sup.citations");
            assertThat(citations.select("a")).as(value.text()).isNotEmpty();
            for (Element citation : citations.select("a")) {
                assertThat(doc.getElementById(citation.attr("href").substring(1))).as(citation.attr("href")).isNotNull();
            }
        }
        String seedFile = select("SELECT ?f WHERE { <" + BASE + "id/source/000> cn:seedFile ?f }", "f").get(0);
        Element nätverk = doc.select("ol.sources > li").stream().filter(li -> li.text().contains("Nätverk")).findFirst()
                .orElseThrow();
        assertThat(nätverk.text()).contains(seedFile).contains(BASE + "graph/source-000").contains("Espoo");
        String dated = select("SELECT ?d WHERE { <" + BASE + "id/source/001> dct:date ?d }", "d").get(0);
        assertThat(doc.select("ol.sources").text()).contains(dated);
    }

    @Test
    void eachDocumentsFootnoteQuotesItsWordsInItsLanguage() {
        Document doc = page("/id/agreement/espoo-shanghai-mou-1999.html?lang=en");
        Element nätverk = doc.select("ol.sources > li").stream().filter(li -> li.text().contains("Nätverk"))
                .findFirst().orElseThrow();
        List<String> words = select("SELECT ?w WHERE { <" + BASE + "id/agreement/espoo-shanghai-mou-1999> cn:evidence"
                + " ?q . ?q prov:value ?w }", "w");
        assertThat(words).isNotEmpty();
        List<Element> quotes = nätverk.select("blockquote.quote");
        assertThat(quotes).extracting(Element::text).hasSize(words.size())
                .allSatisfy(text -> assertThat(words).anySatisfy(w -> assertThat(text).startsWith(w)));
        assertThat(quotes).allSatisfy(q -> {
            assertThat(q.attr("lang")).isEqualTo("sv");
            assertThat(q.attr("cite")).startsWith(BASE + "id/quote/000-");
            assertThat(q.selectFirst("a[href^='/id/quote/000-']")).isNotNull();
        });
        // The evidence row names each quotation by its words.
        assertThat(doc.select("table.statements a[href^='/id/quote/']").eachText())
                .allSatisfy(text -> assertThat(words).contains(text));
    }

    @Test
    void theLoadersGraphsAreListedAsTheServicesOwnAfterTheSources() {
        List<Element> theme = page("/id/theme/culture.html?lang=en").select("ol.sources > li");
        Element ontology = theme.stream().filter(li -> li.text().contains(BASE + "graph/ontology")).findFirst()
                .orElseThrow();
        assertThat(ontology.text()).contains("The citynet ontology");
        assertThat(theme.indexOf(ontology)).isEqualTo(theme.size() - 1);
        List<Element> graph = page("/graph/source-000.html?lang=en").select("ol.sources > li");
        Element load = graph.stream().filter(li -> li.text().contains(BASE + "graph/load")).findFirst().orElseThrow();
        assertThat(load.text()).contains("Record of the last load").doesNotContain("Nätverk");
        assertThat(graph).noneSatisfy(li -> assertThat(li.select("blockquote")).isNotEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "fi", "en"})
    void anEntitysPropertiesAndValuesAreInTheReadersAlphabeticalOrder(String lang) {
        Collator collator = Collator.getInstance(Locale.forLanguageTag(lang));
        Document doc = page("/id/city/espoo.html?lang=" + lang);
        int lists = 0;
        for (Element table : doc.select("table.statements")) {
            List<String> properties = table.select("tbody > tr > th a").stream()
                    .filter(a -> !a.attr("href").matches(".*(rdf-syntax-ns#type|core#prefLabel|core#altLabel)"))
                    .map(Element::text).toList();
            assertThat(properties).as(lang).isSortedAccordingTo(collator::compare);
            for (Element values : table.select("ul.values")) {
                List<String> texts = values.select("> li").stream()
                        .map(li -> li.selectFirst("a[href]:not(sup a), span").text()).toList();
                assertThat(texts).as(lang + " " + values.parent().parent().text()).isSortedAccordingTo(collator::compare);
                lists += texts.size() > 1 ? 1 : 0;
            }
        }
        assertThat(lists).as("lists of more than one value").isGreaterThan(1);
    }

    @Test
    void incomingLinksAreShown() {
        Document doc = page("/id/city/espoo.html?lang=en");
        Element incoming = doc.getElementById("incoming-heading").parent();
        for (String agreement : select("SELECT ?a WHERE { ?a cn:party <" + ESPOO + "> }", "a")) {
            String path = agreement.substring(BASE.length() - 1);
            assertThat(incoming.select("a[href='" + path + "?lang=en']")).as(agreement).isNotEmpty();
        }
    }

    @Test
    void theOntologyPageDocumentsEveryClassAndProperty() {
        Document doc = page("/ontology?lang=fi", "Accept", "text/html");
        List<String> terms = select("SELECT ?t WHERE { GRAPH <" + BASE + "graph/ontology> { ?t a ?type }"
                + " VALUES ?type { owl:Class owl:ObjectProperty owl:DatatypeProperty }"
                + " FILTER (STRSTARTS(STR(?t), STR(cn:))) }", "t");
        assertThat(terms).hasSizeGreaterThan(20);
        for (String term : terms) {
            Element article = doc.getElementById(term.substring(CN.length()));
            assertThat(article).as(term).isNotNull();
            assertThat(article.selectFirst("h3").text()).as(term).contains(label(term, "fi"));
        }
        Element twinned = doc.getElementById("twinnedWith");
        assertThat(twinned.select("dd a").eachAttr("href")).contains("/ontology?lang=fi#City");
        assertThat(doc.select("#classes ~ article, #classes + article, section article").size()).isGreaterThanOrEqualTo(terms.size());
        assertThat(doc.select("a[href='/id/theme?lang=fi']")).isNotEmpty();
    }

    @Test
    void skosSchemePagesListTheirConcepts() {
        Document doc = page("/id/theme?lang=sv", "Accept", "text/html");
        assertThat(doc.selectFirst("h1").text()).isEqualTo(label(BASE + "id/theme", "sv"));
        assertThat(doc.select("a[href='/id/theme/culture?lang=sv']").text()).contains(label(BASE + "id/theme/culture", "sv"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"cities", "networks", "agreements", "themes"})
    void indexesAreSortedByNameInTheReadersLanguage(String index) {
        for (String lang : List.of("sv", "fi")) {
            Document doc = page("/" + index + "?lang=" + lang);
            Collator collator = Collator.getInstance(Locale.forLanguageTag(lang));
            for (Element list : doc.select("ul.index-list")) {
                List<String> names = list.select("a").eachText();
                assertThat(names).as(index + " " + lang).isSortedAccordingTo(collator::compare);
            }
            assertThat(doc.select("ul.index-list a")).as(index).isNotEmpty();
        }
    }

    @Test
    void theCityIndexListsEveryCity() {
        Document doc = page("/cities?lang=sv");
        List<String> cities = select("SELECT DISTINCT ?c WHERE { ?c a cn:City }", "c");
        assertThat(doc.select("ul.index-list a")).hasSameSizeAs(cities);
        assertThat(doc.select("a[href='/id/city/espoo?lang=sv']").text()).isEqualTo("Esbo");
    }

    @Test
    void theNetworkIndexIncludesWorkingGroupsAndCooperationBodies() {
        Document doc = page("/networks?lang=en");
        for (String type : List.of("CityNetwork", "WorkingGroup", "CooperationBody")) {
            for (String member : select("SELECT DISTINCT ?x WHERE { ?x a cn:" + type + " }", "x")) {
                assertThat(doc.select("a[href='" + member.substring(BASE.length() - 1) + "?lang=en']")).as(member)
                        .hasSize(1);
            }
        }
    }

    @Test
    void theHomePageAndLayoutLinkTheWholeSite() {
        Document doc = page("/", "Accept", "text/html");
        assertThat(doc.select("header nav a").eachAttr("href")).contains("/cities", "/networks", "/agreements",
                "/themes", "/compare", "/map", "/sparql/editor");
        assertThat(doc.select("footer a[rel=license]").attr("href")).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        for (String title : select("SELECT ?t WHERE { ?s a cn:SourceDocument ; dct:title ?t }", "t")) {
            assertThat(doc.select("footer").text()).contains(title);
        }
        List<String> attributions = select("SELECT ?r WHERE { GRAPH ?g { ?g dct:rights ?r } }", "r");
        assertThat(attributions).as("the gazetteer graph states its GeoNames credit").anyMatch(r -> r.contains("GeoNames"));
        Document entity = page("/id/city/espoo", "Accept", "text/html", "Accept-Language", "fi");
        for (Document shown : List.of(doc, entity)) {
            assertThat(shown.select("footer .attribution span").eachText()).as("the credits the data's licences ask for")
                    .containsExactlyInAnyOrderElementsOf(attributions);
            assertThat(shown.select("footer .attribution a").eachAttr("href"))
                    .contains("https://creativecommons.org/licenses/by/4.0/");
        }
        assertThat(entity.select("footer .attribution a").eachText()).contains("Näiden tietojen lisenssi");
        HttpResponse<String> css = http.get(doc.selectFirst("link[rel=stylesheet]").attr("href"));
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(LinkedDataHttp.mediaType(css)).isEqualTo("text/css");
    }

    @Test
    void theLanguageChoiceIsKeptInLinks() {
        Document doc = page("/?lang=fi");
        assertThat(doc.select(".site-nav a").eachAttr("href")).allMatch(href -> href.endsWith("?lang=fi"));
        Document plain = page("/", "Accept-Language", "fi");
        assertThat(plain.selectFirst("html").attr("lang")).isEqualTo("fi");
        assertThat(plain.select(".site-nav a").eachAttr("href")).noneMatch(href -> href.contains("lang="));
    }
}
