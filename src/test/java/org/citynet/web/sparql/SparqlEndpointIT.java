package org.citynet.web.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citynet.web.sparql.SparqlHttp.Method.GET;
import static org.citynet.web.sparql.SparqlHttp.Method.POST_BODY;
import static org.citynet.web.sparql.SparqlHttp.Method.POST_FORM;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.ResultSetMgr;
import org.citynet.web.sparql.SparqlHttp.Method;
import org.citynet.web.sparql.SparqlHttp.Params;
import org.citynet.web.system.Formats;
import org.citynet.web.system.Formats.Offer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The endpoint answering over real HTTP: every way of sending a query, every format for every query form,
 * content negotiation, and the protocol's dataset parameters against the union-default-graph TDB2 store.
 */
class SparqlEndpointIT extends SparqlEndpointTestBase {

    private static final String GRAPH = BASE + "graph/";
    private static final Node TWINNED_WITH = NodeFactory.createURI("https://w3id.org/citynet/ontology#twinnedWith");

    @Test
    void espooHasTenTwinCitiesInTheStore() {
        List<String> twins = fromStore(TWINS_OF_ESPOO, "twin");
        assertThat(twins).hasSize(10).contains(SHANGHAI, BASE + "id/city/koge").doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @EnumSource(Method.class)
    void everyMethodAnswersASelect(Method method) {
        HttpResponse<String> response = http.query(method, TWINS_OF_ESPOO, "application/sparql-results+json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(column(response, Formats.SPARQL_JSON.lang(), "twin"))
                .isEqualTo(fromStore(TWINS_OF_ESPOO, "twin"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/sparql-results+json", "application/sparql-results+xml", "text/csv",
        "text/tab-separated-values"})
    void aSelectIsAnsweredInEveryResultsFormat(String type) {
        Offer format = offer(Formats.SELECT, type);
        HttpResponse<String> response = http.query(GET, TWINS_OF_ESPOO, format.mediaType().toString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains(format.mediaType() + ";charset=UTF-8");
        assertThat(response.headers().allValues("Vary")).anySatisfy(vary -> assertThat(vary).contains("Accept"));
        assertThat(column(response, format.lang(), "twin")).isEqualTo(fromStore(TWINS_OF_ESPOO, "twin"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/sparql-results+json", "application/sparql-results+xml", "text/csv",
        "text/tab-separated-values"})
    void anAskIsAnsweredInEveryResultsFormat(String type) {
        Offer format = offer(Formats.ASK, type);
        String yes = SparqlHttp.PREFIXES + "ASK { city:espoo cn:twinnedWith city:shanghai }";
        String no = SparqlHttp.PREFIXES + "ASK { city:espoo cn:twinnedWith city:helsinki }";
        for (Method method : Method.values()) {
            assertThat(ask(http.query(method, yes, format.mediaType().toString()), format)).as("%s", method).isTrue();
            assertThat(ask(http.query(method, no, format.mediaType().toString()), format)).as("%s", method).isFalse();
        }
    }

    /** The offer of {@code family} answered as {@code type}. */
    static Offer offer(List<Offer> family, String type) {
        return family.stream().filter(o -> o.mediaType().toString().equals(type)).findFirst().orElseThrow();
    }

    private static boolean ask(HttpResponse<String> response, Offer format) {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains(format.contentType().toString());
        if (format.equals(Formats.TSV)) {
            // Jena's TSV reader reads its own boolean as a one-column row.
            return results(response, format.lang()).next().getLiteral("_askResult").getBoolean();
        }
        return ResultSetMgr.readBoolean(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)),
                format.lang());
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml"})
    void aConstructIsAnsweredInEveryGraphFormat(String type) {
        Offer format = offer(Formats.GRAPH, type);
        String query = SparqlHttp.PREFIXES
                + "CONSTRUCT { city:espoo cn:twinnedWith ?twin } WHERE { city:espoo cn:twinnedWith ?twin }";
        for (Method method : Method.values()) {
            HttpResponse<String> response = http.query(method, query, format.mediaType().toString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).contains(format.contentType().toString());
            Graph graph = graph(response, format.lang());
            assertThat(graph.size()).as("%s %s", method, format).isEqualTo(10);
            for (String twin : fromStore(TWINS_OF_ESPOO, "twin")) {
                assertThat(graph.contains(NodeFactory.createURI(ESPOO), TWINNED_WITH, NodeFactory.createURI(twin))).isTrue();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml"})
    void aDescribeIsAnsweredInEveryGraphFormat(String type) {
        Offer format = offer(Formats.GRAPH, type);
        HttpResponse<String> response = http.query(GET, "DESCRIBE <" + ESPOO + ">", format.mediaType().toString());
        assertThat(response.statusCode()).isEqualTo(200);
        Graph graph = graph(response, format.lang());
        Node espoo = NodeFactory.createURI(ESPOO);
        assertThat(graph.contains(espoo, TWINNED_WITH, NodeFactory.createURI(SHANGHAI))).isTrue();
        assertThat(graph.contains(espoo, NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#prefLabel"),
                NodeFactory.createLiteralLang("Esbo", "sv"))).isTrue();
        assertThat(graph.find(Node.ANY, TWINNED_WITH, Node.ANY).toList()).hasSize(10);
    }

    @Test
    void withoutAcceptTheDefaultsAreSparqlJsonAndTurtle() {
        HttpResponse<String> select = http.query(GET, TWINS_OF_ESPOO, null);
        assertThat(select.headers().firstValue("Content-Type")).contains("application/sparql-results+json;charset=UTF-8");
        assertThat(column(select, Formats.SPARQL_JSON.lang(), "twin")).hasSize(10);
        HttpResponse<String> describe = http.query(GET, "DESCRIBE <" + ESPOO + ">", "*/*");
        assertThat(describe.headers().firstValue("Content-Type")).contains("text/turtle;charset=UTF-8");
        assertThat(graph(describe, Lang.TURTLE).size()).isGreaterThan(10);
    }

    @Test
    void plainJsonIsAnsweredAsSparqlResultsJson() {
        HttpResponse<String> response = http.query(GET, TWINS_OF_ESPOO, "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/sparql-results+json;charset=UTF-8");
        assertThat(column(response, Formats.SPARQL_JSON.lang(), "twin")).hasSize(10);
    }

    @ParameterizedTest
    @EnumSource(Method.class)
    void nonAsciiTextArrivesIntactWhicheverWayItIsSent(Method method) {
        String query = SparqlHttp.PREFIXES + "SELECT ?city WHERE { ?city skos:prefLabel \"Køge\"@sv }";
        HttpResponse<String> response = http.query(method, query, "text/csv");
        assertThat(column(response, Formats.CSV.lang(), "city")).containsExactly(BASE + "id/city/koge");
    }

    @Test
    void relativeIrisInAQueryResolveAgainstTheGraphsBase() {
        String query = "SELECT ?label WHERE { <id/city/espoo> <http://www.w3.org/2004/02/skos/core#prefLabel> ?label }";
        assertThat(column(http.query(GET, query, null), Formats.SPARQL_JSON.lang(), "label")).contains("Esbo", "Espoo");
    }

    @ParameterizedTest
    @EnumSource(Method.class)
    void defaultGraphUriMakesThatGraphTheDefaultGraph(Method method) {
        HttpResponse<String> response = http.query(method, TWINS_OF_ESPOO, null,
                Params.of("default-graph-uri", GRAPH + "source-001"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(column(response, Formats.SPARQL_JSON.lang(), "twin")).containsExactly(SHANGHAI);
    }

    @Test
    void severalDefaultGraphUrisMergeTheirGraphs() {
        String query = SparqlHttp.PREFIXES + "SELECT DISTINCT ?city WHERE { ?city a cn:City } ORDER BY ?city";
        List<String> merged = column(http.query(GET, query, null, Params.of("default-graph-uri", GRAPH + "source-001",
                "default-graph-uri", GRAPH + "source-002")), Formats.SPARQL_JSON.lang(), "city");
        List<String> expected = fromStore(SparqlHttp.PREFIXES + "SELECT DISTINCT ?city WHERE { VALUES ?g { <"
                + GRAPH + "source-001> <" + GRAPH + "source-002> } GRAPH ?g { ?city a cn:City } } ORDER BY ?city", "city");
        assertThat(merged).isNotEmpty().isEqualTo(expected);
        assertThat(merged).hasSizeLessThan(fromStore(query, "city").size());
    }

    @ParameterizedTest
    @EnumSource(Method.class)
    void namedGraphUriLimitsTheNamedGraphsAndLeavesTheDefaultGraphEmpty(Method method) {
        String inGraphs = SparqlHttp.PREFIXES
                + "SELECT ?g WHERE { GRAPH ?g { city:espoo cn:twinnedWith city:shanghai } } ORDER BY ?g";
        Params twoSources = Params.of("named-graph-uri", GRAPH + "source-001", "named-graph-uri", GRAPH + "source-002");
        assertThat(column(http.query(method, inGraphs, null), Formats.SPARQL_JSON.lang(), "g"))
                .containsExactly(GRAPH + "source-000", GRAPH + "source-001", GRAPH + "source-002");
        assertThat(column(http.query(method, inGraphs, null, twoSources), Formats.SPARQL_JSON.lang(), "g"))
                .containsExactly(GRAPH + "source-001", GRAPH + "source-002");
        assertThat(column(http.query(method, TWINS_OF_ESPOO, null, twoSources), Formats.SPARQL_JSON.lang(), "twin"))
                .isEmpty();
    }

    @Test
    void fromInTheQueryIsHonouredAndTheProtocolsGraphsReplaceIt() {
        String fromSource000 = TWINS_OF_ESPOO.replace("WHERE", "FROM <" + GRAPH + "source-000> WHERE");
        String fromSource001 = TWINS_OF_ESPOO.replace("WHERE", "FROM <" + GRAPH + "source-001> WHERE");
        assertThat(column(http.query(GET, fromSource001, null), Formats.SPARQL_JSON.lang(), "twin"))
                .containsExactly(SHANGHAI);
        assertThat(column(http.query(GET, fromSource000, null), Formats.SPARQL_JSON.lang(), "twin")).hasSize(10);
        assertThat(column(http.query(POST_FORM, fromSource000, null, Params.of("default-graph-uri", GRAPH + "source-001")),
                Formats.SPARQL_JSON.lang(), "twin")).containsExactly(SHANGHAI);
    }

    @Test
    void aGraphTheStoreDoesNotHoldIsEmpty() {
        HttpResponse<String> response = http.query(POST_BODY, TWINS_OF_ESPOO, null,
                Params.of("default-graph-uri", "http://www.w3.org/2000/01/rdf-schema"));
        assertThat(response.statusCode()).isEqualTo(200);
        ResultSet results = results(response, Formats.SPARQL_JSON.lang());
        assertThat(results.getResultVars()).containsExactly("twin");
        assertThat(results.hasNext()).isFalse();
    }
}
