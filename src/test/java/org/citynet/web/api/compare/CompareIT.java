package org.citynet.web.api.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.system.Txn;
import org.citynet.support.ServiceTestBase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/compare} over HTTP on a random port, against the repository's real data in a fresh TDB2
 * directory: what Espoo and Helsinki share and have alone, a three-city matrix, agreements and the asOf
 * rules, labels by language, sources, and every refusal as problem+json.
 */
class CompareIT extends ServiceTestBase {

    private static final String SOURCE_001 = "001_ee4e19180fd3e57f.txt";
    private static final String SOURCE_002 = "002_4bdebadd90b6070e.txt";
    private static final String SOURCE_003 = "003_bcf553f7d6df2eda.txt";

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void espooAndHelsinkiShareTheTwoCapitalRegionBodies() throws Exception {
        JsonNode answer = ok("cities=espoo,helsinki");
        Set<String> shared = ids(answer.path("shared"));
        Set<String> espooOnly = ids(answer.path("only").path("espoo"));
        Set<String> helsinkiOnly = ids(answer.path("only").path("helsinki"));

        assertThat(shared).containsExactlyInAnyOrder("capital-region-advisory-board",
                "capital-region-coordination-group");
        // Espoo is in C21's China working group; that it is one of the C21 cities the source does not say.
        assertThat(espooOnly).containsExactlyInAnyOrder("c21-china", "unesco-gnlc", "un-habitat",
                "eu-mission-climate-neutral-smart-cities");
        assertThat(helsinkiOnly).containsExactlyInAnyOrder("eurocities", "eurocities-innovation",
                "eurocities-integration", "climate-kic-nordic");
        // HSYK's member is the group of 14 municipalities, not any one city.
        assertThat(shared).doesNotContain("hsyk", "mal-advisory-board");

        int union = shared.size() + espooOnly.size() + helsinkiOnly.size();
        JsonNode jaccard = answer.path("jaccard");
        assertThat(jaccard.path("shared").asInt()).isEqualTo(shared.size());
        assertThat(jaccard.path("union").asInt()).isEqualTo(union);
        assertThat(jaccard.path("value").doubleValue()).isCloseTo((double) shared.size() / union, within(1e-12));
        assertThat(jaccard.path("value").doubleValue()).isCloseTo(2.0 / 10, within(1e-12));
        assertThat(answer.path("cities").findValuesAsString("id")).containsExactly("espoo", "helsinki");
    }

    @Test
    void itemsCarryTypeRolesAndTheirSources() throws Exception {
        JsonNode answer = ok("cities=espoo,helsinki");
        JsonNode board = item(answer.path("shared"), "capital-region-advisory-board");
        assertThat(board.path("type").asString()).isEqualTo("body");
        assertThat(board.path("memberships").findValuesAsString("city")).containsExactlyInAnyOrder("espoo", "helsinki");
        assertThat(seedFiles(board.path("sources"))).containsExactly(SOURCE_003);

        JsonNode innovation = item(answer.path("only").path("helsinki"), "eurocities-innovation");
        assertThat(innovation.path("type").asString()).isEqualTo("working-group");
        assertThat(innovation.path("memberships").get(0).path("roles").findValuesAsString("id")).containsExactly("lead");
        assertThat(innovation.path("memberships").get(0).path("periodKnown").asBoolean()).isFalse();

        JsonNode c21 = item(answer.path("only").path("espoo"), "c21-china");
        assertThat(c21.path("type").asString()).isEqualTo("working-group");
        assertThat(seedFiles(c21.path("sources"))).containsExactly(SOURCE_001);
        assertThat(seedFiles(item(answer.path("only").path("espoo"), "un-habitat").path("sources")))
                .containsExactly(SOURCE_002);

        assertThat(ids(answer.path("sharedAgreements"))).containsExactly("capital-region-cooperation-agreement");
        // The shared agreement's English label is the curation's: it is among the sources, with no seed file.
        assertThat(ids(answer.path("sources"))).containsExactlyInAnyOrder("001", "002", "003", "curation");
        JsonNode source = answer.path("sources").get(0);
        assertThat(source.path("iri").asString()).startsWith("https://w3id.org/citynet/id/source/");
        assertThat(source.path("title").asString()).isNotBlank();
    }

    @Test
    void espooAndShanghaiShareTheirAgreementsButNoMembership() throws Exception {
        JsonNode answer = ok("cities=espoo,shanghai");
        assertThat(ids(answer.path("sharedAgreements"))).containsExactlyInAnyOrder("espoo-shanghai-twinning",
                "espoo-shanghai-partnership-1998", "espoo-shanghai-mou-1999", "espoo-shanghai-mou-2010-2015",
                "espoo-shanghai-mou-to-2019");
        JsonNode twinning = item(answer.path("sharedAgreements"), "espoo-shanghai-twinning");
        assertThat(twinning.path("type").asString()).isEqualTo("twinning-agreement");
        assertThat(twinning.path("periodKnown").asBoolean()).isFalse();
        assertThat(ids(twinning.path("sources"))).containsExactlyInAnyOrder("000", "001", "002", "curation");
        JsonNode mou = item(answer.path("sharedAgreements"), "espoo-shanghai-mou-2010-2015");
        assertThat(mou.path("period").path("start").asString()).isEqualTo("2010");
        assertThat(mou.path("period").path("end").asString()).isEqualTo("2015");
        assertThat(item(answer.path("sharedAgreements"), "espoo-shanghai-partnership-1998").path("signingDate")
                .asString()).isEqualTo("1998");

        assertThat(answer.path("shared").size()).isZero();
        assertThat(answer.path("jaccard").path("value").doubleValue()).isZero();
        assertThat(answer.path("jaccard").path("union").asInt()).isEqualTo(answer.path("only").path("espoo").size());
    }

    @Test
    void asOfKeepsWhatIsInForceAtTheDataPrecision() throws Exception {
        assertThat(ids(ok("cities=espoo,shanghai&asOf=2015-12-31").path("sharedAgreements")))
                .contains("espoo-shanghai-mou-2010-2015", "espoo-shanghai-mou-to-2019");
        JsonNode in2016 = ok("cities=espoo,shanghai&asOf=2016");
        assertThat(ids(in2016.path("sharedAgreements"))).doesNotContain("espoo-shanghai-mou-2010-2015")
                .contains("espoo-shanghai-mou-to-2019", "espoo-shanghai-partnership-1998", "espoo-shanghai-twinning");
        assertThat(in2016.path("policy").path("asOf").asString()).isEqualTo("2016");
        assertThat(in2016.path("policy").path("undated").asString()).isEqualTo("include");
        assertThat(ids(ok("cities=espoo,shanghai&asOf=2020-01-01").path("sharedAgreements")))
                .doesNotContain("espoo-shanghai-mou-to-2019");
        // Signed in 1998: not yet in force in 1997.
        assertThat(ids(ok("cities=espoo,shanghai&asOf=1997").path("sharedAgreements")))
                .doesNotContain("espoo-shanghai-partnership-1998").contains("espoo-shanghai-mou-to-2019");

        JsonNode strict = ok("cities=espoo,shanghai&asOf=2016&undated=exclude");
        assertThat(ids(strict.path("sharedAgreements"))).doesNotContain("espoo-shanghai-twinning")
                .contains("espoo-shanghai-partnership-1998");
        assertThat(strict.path("policy").path("description").asString()).contains("undated=exclude");
    }

    @Test
    void withNoMembershipCountingTheJaccardIndexIsUndefinedAndSaysWhy() throws Exception {
        JsonNode answer = ok("cities=espoo,helsinki&asOf=2020&undated=exclude");
        assertThat(answer.path("shared").size()).isZero();
        assertThat(answer.path("jaccard").path("value").isNull()).isTrue();
        assertThat(answer.path("jaccard").path("union").asInt()).isZero();
        assertThat(answer.path("jaccard").path("explanation").asString()).contains("undefined");

        JsonNode included = ok("cities=espoo,helsinki&asOf=2020");
        assertThat(ids(included.path("shared"))).hasSize(2);
        assertThat(included.path("shared").findValues("periodKnown")).allMatch(n -> !n.asBoolean());
    }

    @Test
    void threeCitiesGiveAPairwiseMatrix() throws Exception {
        JsonNode answer = ok("cities=espoo,helsinki,vantaa");
        Map<String, Set<String>> sets = new HashMap<>();
        for (String city : List.of("espoo", "helsinki", "vantaa")) {
            sets.put(city, ids(answer.path("memberships").path(city)));
        }
        assertThat(sets.get("vantaa")).containsExactlyInAnyOrder("capital-region-advisory-board",
                "capital-region-coordination-group");
        assertThat(ids(answer.path("sharedByAll"))).isEqualTo(sets.get("vantaa"));

        JsonNode pairs = answer.path("pairs");
        assertThat(pairs.size()).isEqualTo(3);
        for (JsonNode pair : pairs) {
            Set<String> a = sets.get(pair.path("cities").get(0).asString());
            Set<String> b = sets.get(pair.path("cities").get(1).asString());
            assertThat(pair.path("jaccard").path("value").doubleValue()).isCloseTo(jaccard(a, b), within(1e-12));
            assertThat(pair.path("jaccard").path("shared").asInt()).isEqualTo(intersection(a, b).size());
        }
        JsonNode matrix = answer.path("matrix");
        assertThat(matrix.size()).isEqualTo(3);
        List<String> order = answer.path("cities").findValuesAsString("id");
        for (int i = 0; i < 3; i++) {
            assertThat(matrix.get(i).size()).isEqualTo(3);
            assertThat(matrix.get(i).get(i).path("value").doubleValue()).isEqualTo(1.0);
            for (int j = 0; j < 3; j++) {
                assertThat(matrix.get(i).get(j).path("value").doubleValue())
                        .isCloseTo(jaccard(sets.get(order.get(i)), sets.get(order.get(j))), within(1e-12));
            }
        }
        assertThat(matrix.get(0).get(1).path("value").doubleValue()).isCloseTo(2.0 / 10, within(1e-12));
        assertThat(ids(answer.path("sharedAgreements"))).containsExactly("capital-region-cooperation-agreement");
    }

    @Test
    void labelsFollowTheRequestedLanguage() throws Exception {
        JsonNode fi = ok("cities=espoo,helsinki&lang=fi");
        assertThat(fi.path("cities").findValuesAsString("label")).containsExactly("Espoo", "Helsinki");
        JsonNode sv = ok("cities=espoo,helsinki&lang=sv");
        assertThat(sv.path("cities").findValuesAsString("label")).containsExactly("Esbo", "Helsingfors");
        assertThat(item(sv.path("shared"), "capital-region-advisory-board").path("memberships").get(0)
                .path("roles").get(0).path("label").asString()).isEqualTo("medlem");

        Map<String, String> finnish = prefLabels("fi");
        for (JsonNode organization : fi.path("shared")) {
            assertThat(organization.path("label").asString()).isEqualTo(finnish.get(organization.path("iri").asString()));
        }
        for (JsonNode organization : fi.path("only").path("espoo")) {
            assertThat(organization.path("label").asString()).isEqualTo(finnish.get(organization.path("iri").asString()));
        }

        HttpResponse<String> byHeader = get("/api/compare?cities=espoo,helsinki", "sv-FI,sv;q=0.9");
        assertThat(json.readTree(byHeader.body()).path("cities").findValuesAsString("label"))
                .containsExactly("Esbo", "Helsingfors");
    }

    @Test
    void clientMistakesAreRefusedWithProblemDetailsNamingTheParameter() throws Exception {
        Map<String, String> cases = Map.ofEntries(
                Map.entry("", "cities"),
                Map.entry("cities=", "cities"),
                Map.entry("cities=espoo", "cities"),
                Map.entry("cities=espoo,espoo", "cities"),
                Map.entry("cities=espoo,,helsinki", "cities"),
                Map.entry("cities=Espoo,helsinki", "cities"),
                Map.entry("cities=espoo,hel%20sinki", "cities"),
                Map.entry("cities=a,b,c,d,e,f,g,h,i,j,k", "cities"),
                Map.entry("cities=espoo,helsinki&asOf=15", "asOf"),
                Map.entry("cities=espoo,helsinki&asOf=2015-13-01", "asOf"),
                Map.entry("cities=espoo,helsinki&asOf=2023-02-30", "asOf"),
                Map.entry("cities=espoo,helsinki&asOf=", "asOf"),
                Map.entry("cities=espoo,helsinki&undated=maybe", "undated"));
        for (Map.Entry<String, String> c : cases.entrySet()) {
            HttpResponse<String> response = get("/api/compare?" + c.getKey(), null);
            assertThat(response.statusCode()).as(c.getKey()).isEqualTo(400);
            assertProblem(response, c.getKey());
            JsonNode problem = json.readTree(response.body());
            assertThat(problem.path("parameter").asString()).as(c.getKey()).isEqualTo(c.getValue());
            assertThat(problem.path("detail").asString()).as(c.getKey()).contains("'" + c.getValue() + "'");
        }
        HttpResponse<String> badLang = get("/api/compare?cities=espoo,helsinki&lang=!!", null);
        assertThat(badLang.statusCode()).isEqualTo(400);
        assertProblem(badLang, "lang");
        assertThat(json.readTree(badLang.body()).path("detail").asString()).contains("lang");
    }

    @Test
    void unknownCitiesAreNotFoundByName() throws Exception {
        HttpResponse<String> one = get("/api/compare?cities=espoo,atlantis", null);
        assertThat(one.statusCode()).isEqualTo(404);
        assertProblem(one, "atlantis");
        assertThat(json.readTree(one.body()).path("detail").asString()).contains("'atlantis'").doesNotContain("espoo");

        HttpResponse<String> two = get("/api/compare?cities=atlantis,espoo,narnia", null);
        assertThat(two.statusCode()).isEqualTo(404);
        assertThat(json.readTree(two.body()).path("detail").asString()).contains("'atlantis'", "'narnia'");

        // A real entity of another type is not a city.
        HttpResponse<String> network = get("/api/compare?cities=espoo,eurocities", null);
        assertThat(network.statusCode()).isEqualTo(404);
    }

    private JsonNode ok(String query) throws Exception {
        HttpResponse<String> response = get("/api/compare?" + query, null);
        assertThat(response.statusCode()).as("%s: %s", query, response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return json.readTree(response.body());
    }

    private HttpResponse<String> get(String pathAndQuery, String acceptLanguage) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery));
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void assertProblem(HttpResponse<String> response, String what) {
        assertThat(response.headers().firstValue("Content-Type").orElse("")).as(what)
                .startsWith("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("status").asInt()).as(what).isEqualTo(response.statusCode());
        assertThat(problem.path("title").asString()).as(what).isNotBlank();
        assertThat(response.body()).as(what).doesNotContain("Exception", "org.citynet");
    }

    /** skos:prefLabel in one language of every organisation, straight from the store. */
    private Map<String, String> prefLabels(String language) {
        Map<String, String> labels = new HashMap<>();
        try (RDFConnection connection = store.connect()) {
            Txn.executeRead(connection, () -> connection.querySelect("""
                    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                    PREFIX org: <http://www.w3.org/ns/org#>
                    SELECT DISTINCT ?o ?label WHERE { ?m org:organization ?o . ?o skos:prefLabel ?label
                      FILTER (lang(?label) = "%s") }""".formatted(language),
                    row -> labels.put(row.getResource("o").getURI(), row.getLiteral("label").getLexicalForm())));
        }
        return labels;
    }

    private static JsonNode item(JsonNode array, String id) {
        return StreamSupport.stream(array.spliterator(), false).filter(n -> n.path("id").asString().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no item " + id + " in " + array));
    }

    private static Set<String> ids(JsonNode array) {
        Set<String> ids = new LinkedHashSet<>();
        array.forEach(n -> ids.add(n.path("id").asString()));
        return ids;
    }

    private static List<String> seedFiles(JsonNode sources) {
        return StreamSupport.stream(sources.spliterator(), false).map(s -> s.path("seedFile").asString()).toList();
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return both;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        return (double) intersection(a, b).size() / union.size();
    }
}
