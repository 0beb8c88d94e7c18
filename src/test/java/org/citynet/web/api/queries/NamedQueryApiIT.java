package org.citynet.web.api.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.citynet.support.ServiceTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The named-query API over HTTP on a random port, against the real data in a fresh TDB2 directory. Answers
 * are read back with Jena's own result parsers and compared with the reviewed answers in
 * {@code queries/expected} and with each other.
 */
class NamedQueryApiIT extends ServiceTestBase {

    static final String SPARQL_JSON = "application/sparql-results+json";
    private static final Path QUERIES = Path.of("queries");
    private static final Pattern LINK = Pattern.compile("<([^>]*)>; rel=\"([a-z]+)\"");

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    static Stream<NamedQuery> queries() {
        return NamedQueryCatalog.load(QUERIES).all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void everyQueryAnswersWithItsDefaultsWhatItsExpectedFileSays(NamedQuery query) throws Exception {
        // A paginated query is asked for one page as large as the whole answer.
        HttpResponse<byte[]> response = get("/api/queries/" + query.name() + (query.paginated() ? "?pageSize=1000" : ""),
                SPARQL_JSON);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(SPARQL_JSON));
        ResultSetRewindable actual = read(response.body(), ResultSetLang.RS_JSON);
        ResultSetRewindable expected;
        try (InputStream in = Files.newInputStream(QUERIES.resolve("expected/" + query.name() + ".tsv"))) {
            expected = ResultSetFactory.makeRewindable(ResultSetMgr.read(in, ResultSetLang.RS_TSV));
        }
        assertThat(actual.size()).as("rows of %s", query.name()).isEqualTo(expected.size()).isPositive();
        assertThat(response.headers().firstValue("X-Total-Count")).contains(Integer.toString(expected.size()));
        assertThat(ResultSetCompare.equalsByTerm(expected, actual)).as("same terms as expected/%s.tsv", query.name()).isTrue();
    }

    @Test
    void listsEveryQueryWithItsParametersAndAbsoluteUrl() throws Exception {
        HttpResponse<byte[]> response = get("/api/queries", "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode list = json.readTree(response.body());
        List<NamedQuery> catalog = queries().toList();
        assertThat(list.size()).isEqualTo(catalog.size());
        for (NamedQuery query : catalog) {
            JsonNode entry = find(list, query.name());
            assertThat(entry.get("summary").asString()).isEqualTo(query.summary());
            assertThat(entry.get("paginated").asBoolean()).isEqualTo(query.paginated());
            assertThat(entry.get("url").asString()).isEqualTo(base() + "/api/queries/" + query.name());
            assertThat(entry.get("parameters").size()).isEqualTo(query.parameters().size());
        }
        JsonNode city = find(list, "twin-cities").get("parameters").get(0);
        assertThat(city.get("name").asString()).isEqualTo("city");
        assertThat(city.get("type").asString()).isEqualTo("iri");
        assertThat(city.get("required").asBoolean()).isFalse();
        assertThat(city.get("default").asString()).isEqualTo("https://w3id.org/citynet/id/city/espoo");
        assertThat(find(list, "twin-cities").get("pageSize").asInt()).isEqualTo(50);
    }

    @Test
    void pagesAreDisjointAndTogetherTheWholeAnswerWithTrueTotalsAndLinks() throws Exception {
        HttpResponse<byte[]> whole = get("/api/queries/search-labels?text=a&pageSize=1000", SPARQL_JSON);
        List<Binding> all = bindings(read(whole.body(), ResultSetLang.RS_JSON));
        int total = all.size();
        int size = 7;
        int pages = (total + size - 1) / size;
        assertThat(pages).as("search for 'a' gives enough rows for a middle page").isGreaterThanOrEqualTo(3);
        assertThat(whole.headers().firstValue("X-Total-Count")).contains(Integer.toString(total));

        List<Binding> collected = new ArrayList<>();
        String next = base() + "/api/queries/search-labels?text=a&pageSize=" + size;
        for (int page = 1; next != null; page++) {
            HttpResponse<byte[]> response = http.send(request(URI.create(next), SPARQL_JSON), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("X-Total-Count")).contains(Integer.toString(total));
            List<Binding> rows = bindings(read(response.body(), ResultSetLang.RS_JSON));
            assertThat(rows).hasSize(page < pages ? size : total - (pages - 1) * size);
            assertThat(new HashSet<>(collected)).as("page %d shares no row with earlier pages", page).doesNotContainAnyElementsOf(rows);
            collected.addAll(rows);
            Map<String, String> links = links(response);
            assertThat(links.get("first")).isEqualTo(base() + "/api/queries/search-labels?text=a&pageSize=7&page=1");
            assertThat(links.get("last")).isEqualTo(base() + "/api/queries/search-labels?text=a&pageSize=7&page=" + pages);
            assertThat(links.containsKey("prev")).isEqualTo(page > 1);
            assertThat(links.containsKey("next")).isEqualTo(page < pages);
            if (page > 1) {
                assertThat(links.get("prev")).endsWith("&page=" + (page - 1));
            }
            next = links.get("next");
        }
        assertThat(collected).as("the pages in order are the whole answer in order").isEqualTo(all);
    }

    @Test
    void friendlyJsonIsTheDefaultAndCarriesPageTotalAndHints() throws Exception {
        HttpResponse<byte[]> response = get("/api/queries/search-labels?text=esbo&pageSize=3&page=2", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(response.headers().allValues("Vary").stream().flatMap(v -> Stream.of(v.split(",")))
                .map(String::strip)).anySatisfy(v -> assertThat(v).isEqualToIgnoringCase("Accept"));
        JsonNode body = json.readTree(response.body());
        ResultSetRewindable sparql = read(get("/api/queries/search-labels?text=esbo&pageSize=3&page=2", SPARQL_JSON).body(),
                ResultSetLang.RS_JSON);
        List<Binding> rows = bindings(sparql);
        assertThat(body.get("query").asString()).isEqualTo("search-labels");
        assertThat(body.get("parameters").get("text").asString()).isEqualTo("esbo");
        assertThat(body.get("page").asInt()).isEqualTo(2);
        assertThat(body.get("pageSize").asInt()).isEqualTo(3);
        assertThat(body.get("total").asLong()).isEqualTo(expectedRows("search-labels"));
        assertThat(body.get("columns")).extracting(JsonNode::asString).containsExactly("resource", "type", "label");
        assertThat(body.get("rows").size()).isEqualTo(rows.size()).isPositive();
        for (int i = 0; i < rows.size(); i++) {
            Binding row = rows.get(i);
            JsonNode plain = body.get("rows").get(i);
            assertThat(plain.get("resource").asString()).isEqualTo(row.get("resource").getURI());
            assertThat(plain.get("label").asString()).isEqualTo(row.get("label").getLiteralLexicalForm());
            assertThat(body.get("types").get(i).get("resource").asString()).isEqualTo("iri");
            assertThat(body.get("languages").get(i).get("label").asString()).isEqualTo(row.get("label").getLiteralLanguage());
        }
    }

    @Test
    void csvIsReadableByJenaAndHasTheSameRows() throws Exception {
        HttpResponse<byte[]> response = get("/api/queries/city-partnerships", "text/csv");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        List<Binding> csv = bindings(read(response.body(), ResultSetLang.RS_CSV));
        List<Binding> sparql = bindings(read(get("/api/queries/city-partnerships", SPARQL_JSON).body(), ResultSetLang.RS_JSON));
        assertThat(csv).hasSize(sparql.size()).hasSize((int) expectedRows("city-partnerships"));
        // CSV keeps only the text of each term: compare the IRIs as strings.
        assertThat(csv.stream().map(b -> b.get("partnership").getLiteralLexicalForm()).toList())
                .isEqualTo(sparql.stream().map(b -> b.get("partnership").getURI()).toList());
    }

    @Test
    void parametersAreBoundIntoTheQuery() throws Exception {
        String shanghai = "https://w3id.org/citynet/id/city/shanghai";
        HttpResponse<byte[]> response = get("/api/queries/twin-cities?city=" + encode(shanghai) + "&lang=sv",
                "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("parameters").get("city").asString()).isEqualTo(shanghai);
        assertThat(body.get("parameters").get("lang").asString()).isEqualTo("sv");
        long twins = count("PREFIX cn: <https://w3id.org/citynet/ontology#> SELECT (COUNT(DISTINCT ?t) AS ?n) {"
                + " ?a a cn:TwinningAgreement ; cn:party <" + shanghai + "> , ?t FILTER (?t != <" + shanghai + ">) }");
        assertThat(twins).isPositive();
        assertThat(body.get("total").asLong()).isEqualTo(twins);
        assertThat(body.get("rows").size()).isEqualTo((int) twins);
        JsonNode espoo = null;
        for (JsonNode row : body.get("rows")) {
            if (row.get("twin").asString().equals("https://w3id.org/citynet/id/city/espoo")) {
                espoo = row;
            }
        }
        assertThat(espoo).as("Espoo is a twin city of Shanghai").isNotNull();
        assertThat(espoo.get("twinLabel").asString()).isEqualTo("Esbo");
    }

    @Test
    void wrongTypeIsA400NamingTheParameter() throws Exception {
        assertProblem(get("/api/queries/agreements-in-force?year=twenty", null), 400, "year");
        assertProblem(get("/api/queries/twin-cities?city=" + encode("not an iri> } DROP ALL {"), null), 400, "city");
        assertProblem(get("/api/queries/most-connected-cities?minimum=many", null), 400, "minimum");
        assertProblem(get("/api/queries/twin-cities?town=x", null), 400, "town");
        assertProblem(get("/api/queries/twin-cities?lang=en&lang=fi", null), 400, "lang");
    }

    @Test
    void pagingParametersAreCheckedAndOnlyForPaginatedQueries() throws Exception {
        assertProblem(get("/api/queries/search-labels?page=0", null), 400, "page");
        assertProblem(get("/api/queries/search-labels?pageSize=1001", null), 400, "pageSize");
        assertProblem(get("/api/queries/search-labels?pageSize=x", null), 400, "pageSize");
        assertProblem(get("/api/queries/cities-by-country?page=1", null), 400, "page");
        assertProblem(get("/api/queries/cities-by-country?pageSize=10", null), 400, "pageSize");
        HttpResponse<byte[]> beyond = get("/api/queries/search-labels?text=esbo&pageSize=5&page=9", null);
        long pages = (expectedRows("search-labels") + 4) / 5;
        JsonNode problem = assertProblem(beyond, 404, null);
        assertThat(problem.get("detail").asString()).contains(pages + " pages");
    }

    @Test
    void injectionThroughAStringParameterIsJustText() throws Exception {
        long generation = store.generation();
        long triples = tripleCount();
        HttpResponse<byte[]> response = get("/api/queries/search-labels?text=" + encode("\") } ; DROP ALL ; #"), SPARQL_JSON);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(read(response.body(), ResultSetLang.RS_JSON).size()).isZero();
        assertThat(response.headers().firstValue("X-Total-Count")).contains("0");
        assertThat(response.headers().firstValue("Link")).hasValueSatisfying(l -> assertThat(l).doesNotContain("rel=\"next\""));
        assertThat(store.generation()).isEqualTo(generation);
        assertThat(tripleCount()).isEqualTo(triples).isPositive();
    }

    @Test
    void unknownQueryIs404AndUnknownFormatIs406() throws Exception {
        assertProblem(get("/api/queries/no-such-query", null), 404, null);
        HttpResponse<byte[]> turtle = get("/api/queries/twin-cities", "text/turtle");
        assertThat(turtle.statusCode()).isEqualTo(406);
        assertThat(turtle.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        // A client error found after negotiation is still a problem document, whatever was accepted.
        assertThat(get("/api/queries/twin-cities?lang=1", "text/csv").statusCode()).isEqualTo(400);
    }

    @Test
    void openApiHasAnOperationPerQueryWithTypedParameters() throws Exception {
        HttpResponse<byte[]> response = get("/openapi.json", "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        Files.write(Path.of("target/openapi-it.json"), response.body());
        JsonNode paths = json.readTree(response.body()).get("paths");
        assertThat(paths.has("/api/queries")).isTrue();
        for (NamedQuery query : queries().toList()) {
            JsonNode get = paths.get("/api/queries/" + query.name()).get("get");
            assertThat(get.get("summary").asString()).isEqualTo(query.summary());
            List<String> expected = new ArrayList<>(query.parameters().stream().map(QueryParameter::name).toList());
            if (query.paginated()) {
                expected.addAll(List.of("page", "pageSize"));
            }
            List<String> names = new ArrayList<>();
            if (get.has("parameters")) {
                get.get("parameters").forEach(p -> names.add(p.get("name").asString()));
            }
            assertThat(names).as("parameters of %s", query.name()).isEqualTo(expected);
            for (QueryParameter p : query.parameters()) {
                JsonNode documented = get.get("parameters").get(names.indexOf(p.name()));
                assertThat(documented.get("required").asBoolean()).isEqualTo(p.required());
                assertThat(documented.get("schema").get("default").asString()).isEqualTo(p.defaultValue());
            }
            assertThat(get.get("responses").get("200").get("content").propertyNames())
                    .contains("application/json", SPARQL_JSON, "text/csv");
            assertThat(get.get("responses").propertyNames()).contains("400", "406", "429", "503");
            if (query.paginated()) {
                assertThat(get.get("responses").propertyNames()).as("a page after the last").contains("404");
            }
        }
        JsonNode twin = paths.get("/api/queries/twin-cities").get("get").get("parameters");
        assertThat(twin.get(0).get("schema").get("format").asString()).isEqualTo("uri");
        assertThat(twin.get(1).get("schema").get("pattern").asString()).isNotEmpty();
        JsonNode year = paths.get("/api/queries/agreements-in-force").get("get").get("parameters").get(0);
        assertThat(year.get("schema").get("pattern").asString()).isEqualTo("^[0-9]{4}$");
        JsonNode minimum = paths.get("/api/queries/most-connected-cities").get("get").get("parameters").get(0);
        assertThat(minimum.get("schema").get("type").asString()).isEqualTo("integer");
        JsonNode text = paths.get("/api/queries/search-labels").get("get").get("parameters").get(0);
        assertThat(text.get("schema").get("maxLength").asInt()).isEqualTo(200);
    }

    @Test
    void swaggerUiIsServed() throws Exception {
        HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> ui = following.send(HttpRequest.newBuilder(URI.create(base() + "/swagger-ui.html")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).containsIgnoringCase("swagger");
        HttpResponse<String> config = http.send(HttpRequest.newBuilder(URI.create(base()
                + "/openapi.json/swagger-config")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(config.body()).contains("/openapi.json");
    }

    private JsonNode assertProblem(HttpResponse<byte[]> response, int status, String parameter) throws IOException {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asString()).doesNotContain("Exception").doesNotContain("org.");
        if (parameter != null) {
            assertThat(problem.get("parameter").asString()).isEqualTo(parameter);
            assertThat(problem.get("detail").asString()).contains("'" + parameter + "'");
        }
        return problem;
    }

    private long tripleCount() {
        return count("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
    }

    private long count(String query) {
        long[] n = new long[1];
        try (RDFConnection conn = store.connect()) {
            conn.querySelect(query, row -> n[0] = row.getLiteral("n").getLong());
        }
        return n[0];
    }

    private static long expectedRows(String name) throws IOException {
        try (InputStream in = Files.newInputStream(QUERIES.resolve("expected/" + name + ".tsv"))) {
            return ResultSetFactory.makeRewindable(ResultSetMgr.read(in, ResultSetLang.RS_TSV)).size();
        }
    }

    private static JsonNode find(JsonNode list, String name) {
        for (JsonNode entry : list) {
            if (entry.get("name").asString().equals(name)) {
                return entry;
            }
        }
        throw new AssertionError("no entry " + name);
    }

    private static Map<String, String> links(HttpResponse<?> response) {
        Map<String, String> links = new LinkedHashMap<>();
        String header = String.join(", ", response.headers().allValues("Link"));
        Matcher m = LINK.matcher(header);
        while (m.find()) {
            links.put(m.group(2), m.group(1));
        }
        return links;
    }

    private static List<Binding> bindings(ResultSetRewindable results) {
        results.reset();
        List<Binding> rows = new ArrayList<>();
        while (results.hasNext()) {
            rows.add(results.nextBinding());
        }
        return rows;
    }

    private static ResultSetRewindable read(byte[] body, Lang lang) {
        return ResultSetFactory.makeRewindable(ResultSetMgr.read(new ByteArrayInputStream(body), lang));
    }

    private HttpResponse<byte[]> get(String pathAndQuery, String accept) throws IOException, InterruptedException {
        return http.send(request(URI.create(base() + pathAndQuery), accept), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpRequest request(URI uri, String accept) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri);
        if (accept != null) {
            builder.header("Accept", accept);
        }
        return builder.build();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
