package org.citynet.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.citynet.support.ServiceTestBase;
import org.citynet.web.api.queries.NamedQueryCatalog;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The comparison page, the map and the SPARQL editor over HTTP, read with jsoup (no browser): the no-JS
 * form, errors shown as pages, escaping, languages, the map's JSON, the examples, and that every page
 * loads only from this service. Expected values come from the store.
 */
class PagesIT extends ServiceTestBase {

    private static final String PREFIXES = """
            PREFIX cn: <https://w3id.org/citynet/ontology#>
            PREFIX city: <https://w3id.org/citynet/id/city/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX wgs84: <http://www.w3.org/2003/01/geo/wgs84_pos#>
            """;

    private static final String CITY = "https://w3id.org/citynet/id/city/";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    NamedQueryCatalog catalog;

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }

    private Document page(String path, int status) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(response.headers().firstValue(ContentSecurity.HEADER)).hasValue(ContentSecurity.POLICY);
        return Jsoup.parse(response.body(), "http://localhost:" + port + path);
    }

    private JsonNode data(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return json.readTree(response.body());
    }

    @Test
    void theComparisonFormWorksWithoutJavaScriptAndLabelsEveryControl() throws Exception {
        Document doc = page("/compare", 200);
        Element form = doc.selectFirst("form.compare-form");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.select("input[type=checkbox][name=cities]")).hasSize(Integer.parseInt(
                one("SELECT (COUNT(DISTINCT ?c) AS ?n) { ?c a cn:City }")));
        for (Element control : form.select("input:not([type=hidden]), select")) {
            assertThat(form.select("label[for=" + control.id() + "]")).as("label of %s", control).hasSize(1);
        }
        assertThat(doc.select(".problem, .comparison")).isEmpty();
    }

    @Test
    void commaSeparatedAndRepeatedCitiesGiveTheSameComparison() throws Exception {
        Document repeated = page("/compare?cities=espoo&cities=helsinki", 200);
        Document commas = page("/compare?cities=espoo,helsinki", 200);
        assertThat(links(commas, "ul.organizations.shared > li > a")).isNotEmpty()
                .isEqualTo(links(repeated, "ul.organizations.shared > li > a"));
        assertThat(repeated.select("input[name=cities][checked]").eachAttr("value")).containsExactly("espoo", "helsinki");
        assertThat(repeated.select(".comparison .columns > section")).hasSize(2);
    }

    @Test
    void threeCitiesGetAJaccardMatrix() throws Exception {
        Document doc = page("/compare?cities=espoo,helsinki,vantaa", 200);
        assertThat(doc.select("table.matrix tbody tr")).hasSize(3);
        assertThat(doc.select("table.matrix tbody tr").get(0).select("td")).hasSize(3);
        assertThat(doc.select(".comparison .columns > section")).hasSize(3);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/compare?cities=espoo | 400 | espoo",
        "/compare?asOf=&undated=include | 400 | two",
        "/compare?cities=espoo,atlantis | 404 | atlantis",
        "/compare?cities=espoo,helsinki&asOf=20x | 400 | 20x",
        "/compare?cities=espoo,helsinki&undated=maybe | 400 | maybe",
        "/compare?cities=espoo,espoo | 400 | once",
        "/compare?cities=a,b,c,d,e,f,g,h,i,j,k | 400 | 11"})
    void aRefusedComparisonIsExplainedOnThePage(String path, int status, String mentioned) throws Exception {
        Document doc = page(path, status);
        assertThat(doc.selectFirst(".problem[role=alert]").text()).contains(mentioned);
        assertThat(doc.selectFirst("form.compare-form")).isNotNull();
        assertThat(doc.select(".comparison")).isEmpty();
    }

    @Test
    void whatTheReaderTypedIsEscaped() throws Exception {
        String attack = "<script>alert(1)</script>";
        HttpResponse<String> response = get("/compare?cities=espoo," + URLEncoder.encode(attack, StandardCharsets.UTF_8)
                + "&asOf=" + URLEncoder.encode("\"><img src=x>", StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain(attack).doesNotContain("<img src=x>").contains("&lt;script&gt;");
    }

    @Test
    void theComparisonIsInTheReadersLanguage() throws Exception {
        String swedish = one("SELECT ?l { city:helsinki skos:prefLabel ?l FILTER (lang(?l) = 'sv') }");
        Document doc = page("/compare?cities=espoo,helsinki&lang=sv", 200);
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("sv");
        assertThat(doc.selectFirst("label[for=city-helsinki]").text()).isEqualTo(swedish);
        assertThat(doc.select(".compared a").eachText()).contains(swedish);
        assertThat(doc.selectFirst("input[type=hidden][name=lang]").val()).isEqualTo("sv");
        assertThat(doc.select(".compared a").eachAttr("href")).allMatch(href -> href.endsWith("?lang=sv"));
    }

    @Test
    void theMapDataHasEveryLocatedCityLinksBetweenThemAndTheCredit() throws Exception {
        JsonNode map = data("/map/data?lang=fi");
        int located = Integer.parseInt(one("SELECT (COUNT(DISTINCT ?c) AS ?n) { ?c a cn:City ; wgs84:lat ?a ;"
                + " wgs84:long ?b }"));
        assertThat(map.get("cities")).hasSize(located);
        Set<String> ids = new java.util.HashSet<>();
        map.get("cities").forEach(c -> ids.add(c.get("id").asText()));
        assertThat(map.get("links")).isNotEmpty();
        map.get("links").forEach(link -> {
            assertThat(ids).contains(link.get("from").asText(), link.get("to").asText());
            assertThat(link.get("kind").asText()).isIn("twinning", "agreement", "partnership");
        });
        Set<String> lines = new java.util.HashSet<>();
        map.get("links").forEach(l -> lines.add(l.get("kind").asText() + " " + CITY + l.get("from").asText() + " "
                + CITY + l.get("to").asText()));
        List<String> twinned = column("SELECT ?a ?b { ?a cn:twinnedWith ?b ; wgs84:lat ?x . ?b wgs84:lat ?y"
                + " FILTER (STR(?a) < STR(?b)) }");
        assertThat(twinned).isNotEmpty().allMatch(pair -> lines.contains("twinning " + pair));
        assertThat(map.get("credits").get(0).get("text").asText())
                .isEqualTo(one("SELECT ?s { GRAPH ?g { ?g dct:rights ?s FILTER EXISTS { ?x wgs84:lat ?y } } }"));
        assertThat(map.get("credits").get(0).get("licence").asText()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        // The real data is small: one answer holds every city and link, so the page never asks again.
        assertThat(map.get("complete").asBoolean()).isTrue();
        assertThat(map.get("clusters")).isEmpty();
        assertThat(map.get("located").asInt()).isEqualTo(located);
    }

    @Test
    void aViewOfTheMapHoldsTheCitiesInsideItAndTheLinesOfThem() throws Exception {
        JsonNode finland = data("/map/data?bbox=19.5,59.5,31.6,70.1&zoom=5");
        List<String> inside = column("SELECT ?c { ?c a cn:City ; wgs84:lat ?lat ; wgs84:long ?long"
                + " FILTER (?lat >= 59.5 && ?lat <= 70.1 && ?long >= 19.5 && ?long <= 31.6) }");
        assertThat(finland.get("inView").asInt()).isEqualTo(inside.size());
        List<String> ids = new ArrayList<>();
        finland.get("cities").forEach(c -> ids.add(CITY + c.get("id").asText()));
        assertThat(ids).containsExactlyInAnyOrderElementsOf(inside);
        assertThat(finland.get("complete").asBoolean()).isFalse();
        finland.get("links").forEach(link -> assertThat(ids)
                .containsAnyOf(CITY + link.get("from").asText(), CITY + link.get("to").asText()));
    }

    @Test
    void aLineSaysWhatStatesItWhenAsked() throws Exception {
        JsonNode link = data("/map/link?from=espoo&to=kongsberg");
        String agreement = one("SELECT ?a { ?a a cn:TwinningAgreement ; cn:party city:espoo , city:kongsberg }");
        assertThat(link).hasSize(1);
        assertThat(link.get(0).get("kind").asText()).isEqualTo("twinning");
        assertThat(link.get(0).get("via").get(0).get("iri").asText()).isEqualTo(agreement);
        assertThat(link.get(0).get("via").get(0).get("label").asText()).isNotBlank();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/map/data?bbox=1,2,3 | 400 | bbox",
        "/map/data?bbox=3,2,1,4 | 400 | bbox",
        "/map/data?zoom=99 | 400 | zoom",
        "/map/link?from=espoo&to=atlantis | 404 | atlantis",
        "/map/link?from=espoo | 400 | to"})
    void aWrongMapRequestIsAProblemNamingWhatIsWrong(String path, int status, String named) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains(named);
    }

    @Test
    void theMapPageCreditsGeoNamesAndListsTheLinksForReadersWithoutAMap() throws Exception {
        JsonNode map = data("/map/data");
        Document doc = page("/map", 200);
        assertThat(doc.selectFirst(".map-credit").text()).contains("GeoNames");
        assertThat(doc.selectFirst(".map-credit a[rel=license]").attr("href"))
                .isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        assertThat(doc.select("table.map-links tbody tr")).hasSize(map.get("links").size());
        assertThat(doc.select("#map").attr("data-source")).isEqualTo("/map/data");
        assertThat(doc.select("table.map-links a[href^=/id/agreement/]")).isNotEmpty();
        assertThat(doc.select(".list-cut")).as("the real data is listed whole").isEmpty();
        // The countries under the markers: Natural Earth, served here, credited on the page.
        assertThat(doc.selectFirst(".map-countries-credit").text()).contains("Natural Earth");
        String countries = doc.select("#map").attr("data-countries");
        assertThat(countries).startsWith("/vendor/world-atlas/");
        HttpResponse<String> topology = get(countries);
        assertThat(topology.statusCode()).isEqualTo(200);
        assertThat(json.readTree(topology.body()).get("objects").get("countries").get("geometries").size())
                .isGreaterThan(200);
    }

    @Test
    void everyNamedQueryIsAnExampleThatRunsAsItStands() throws Exception {
        Document doc = page("/sparql/editor?lang=fi", 200);
        List<String> names = catalog.all().stream().map(q -> q.name()).toList();
        assertThat(doc.select("button.example-open").eachAttr("data-example")).containsExactlyElementsOf(names);
        for (Element text : doc.select("code.example-text")) {
            // Parses, and binds what the API would: the default city and the page's language.
            QueryFactory.create(text.wholeText());
        }
        String twins = doc.selectFirst("#example-twin-cities code.example-text").wholeText();
        assertThat(twins).contains("<https://w3id.org/citynet/id/city/espoo>").contains("\"fi\"");
        try (RDFConnection connection = store.connect()) {
            int[] rows = new int[1];
            connection.querySelect(twins, row -> rows[0]++);
            assertThat(rows[0]).isPositive();
        }
        JsonNode prefixes = data("/sparql/editor/prefixes.json");
        assertThat(prefixes.get("cn").asText()).isEqualTo("https://w3id.org/citynet/ontology#");
    }

    @ParameterizedTest
    @CsvSource({"/compare", "/map", "/sparql/editor"})
    void everythingAPageLoadsComesFromThisService(String path) throws Exception {
        Document doc = page(path, 200);
        List<String> assets = new ArrayList<>(doc.select("script[src]").eachAttr("src"));
        assets.addAll(doc.select("link[rel=stylesheet]").eachAttr("href"));
        assertThat(assets).isNotEmpty().allMatch(src -> src.startsWith("/"));
        for (String asset : assets) {
            assertThat(get(asset).statusCode()).as(asset).isEqualTo(200);
        }
    }

    private static List<String> links(Document doc, String css) {
        return doc.select(css).eachAttr("href");
    }

    private String one(String query) {
        List<String> values = column(query);
        assertThat(values).as(query).hasSize(1);
        return values.get(0);
    }

    private List<String> column(String query) {
        List<String> values = new ArrayList<>();
        try (RDFConnection connection = store.connect()) {
            connection.querySelect(PREFIXES + query, row -> values.add(
                    java.util.stream.StreamSupport.stream(((Iterable<String>) row::varNames).spliterator(), false)
                            .map(v -> row.get(v).isLiteral() ? row.get(v).asLiteral().getLexicalForm()
                                    : row.get(v).asResource().getURI())
                            .collect(Collectors.joining(" "))));
        }
        return values;
    }
}
