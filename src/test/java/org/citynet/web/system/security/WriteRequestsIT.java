package org.citynet.web.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citynet.web.system.security.WriteTestSupport.agreement;
import static org.citynet.web.system.security.WriteTestSupport.graph;
import static org.citynet.web.system.security.WriteTestSupport.problem;

import java.io.ByteArrayInputStream;
import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.citynet.kernel.backup.StoreSnapshot;
import org.junit.jupiter.api.Test;

/**
 * The protocols' details for an authenticated writer: what a malformed or unsupported request gets (a 4xx
 * problem naming what is wrong, nothing written), USING through protocol parameters, and Graph Store reads,
 * which are public.
 */
class WriteRequestsIT extends WriteTestBase {

    @Test
    void malformedAndUnsupportedWritesAre4xxAndChangeNothing() {
        StoreSnapshot before = snapshot();
        long generation = store.generation();
        JsonObject syntax = problem(update("INSERT DATA {\n  GRAPH <" + graph("x") + "> { <urn:a> <urn:b> }\n}",
                BASIC), 400, "malformed-update");
        assertThat(syntax.getNumber("line").intValue()).isEqualTo(8);
        problem(update("LOAD <file:///etc/passwd> INTO GRAPH <" + graph("load") + ">", BASIC), 400, "bad-request");
        problem(update("LOAD <http://localhost:" + port + "/catalog>", BEARER), 400, "bad-request");
        problem(http.send("POST", service("/sparql"), "application/sparql-update", "  \n ", BASIC), 400, "bad-request");
        assertThat(update("# a prologue and nothing else", BEARER).statusCode()).isEqualTo(204);
        JsonObject turtle = problem(graphStore("PUT", "graph=" + WriteHttp.encode(graph("x")), "text/turtle",
                "<https://example.org/a> <https://example.org/b> <https://example.org/c> .\n<https://example.org/a> <https://example.org/b> .", BASIC), 400, "malformed-rdf");
        assertThat(turtle.getNumber("line").intValue()).isEqualTo(2);
        problem(graphStore("PUT", "graph=" + WriteHttp.encode(graph("x")), "text/turtle",
                "<https://example.org/a> <https://example.org/b> <urn:c> .", BASIC), 400, "malformed-rdf");
        HttpResponse<String> unsupported = graphStore("PUT", "graph=" + WriteHttp.encode(graph("x")), "text/plain",
                "<https://example.org/a> <https://example.org/b> <https://example.org/c> .", BASIC);
        assertThat(unsupported.statusCode()).isEqualTo(415);
        assertThat(unsupported.headers().firstValue("Accept")).hasValueSatisfying(
                accept -> assertThat(accept).contains("text/turtle", "application/n-triples", "application/ld+json"));
        assertThat(graphStore("PUT", "graph=" + WriteHttp.encode(graph("x")), "application/trig",
                "<urn:g> { <urn:a> <urn:b> <urn:c> }", BEARER).statusCode()).isEqualTo(415);
        JsonObject tooLarge = problem(graphStore("PUT", "graph=" + WriteHttp.encode(graph("x")), "text/turtle",
                "# " + "x".repeat(MAX_WRITE_BYTES) + "\n", BASIC), 413, "write-too-large");
        assertThat(tooLarge.getNumber("maxBytes").longValue()).isEqualTo(MAX_WRITE_BYTES);
        problem(graphStore("PUT", "graph=graph%2Fx", "text/turtle", "<https://example.org/a> <https://example.org/b> <https://example.org/c> .", BASIC), 400,
                "invalid-parameter");
        problem(graphStore("PUT", "", "text/turtle", "<https://example.org/a> <https://example.org/b> <https://example.org/c> .", BASIC), 400, "bad-request");
        problem(graphStore("PUT", "default&graph=" + WriteHttp.encode(graph("x")), "text/turtle",
                "<https://example.org/a> <https://example.org/b> <https://example.org/c> .", BASIC), 400, "bad-request");
        problem(http.send("POST", service("/sparql"), "application/x-www-form-urlencoded",
                "query=ASK%7B%7D&update=" + WriteHttp.encode("CLEAR GRAPH <urn:x>"), BASIC), 400, "bad-request");
        problem(http.send("GET", service("/sparql?update=" + WriteHttp.encode("CLEAR GRAPH <urn:x>")), null, null,
                BASIC), 400, "update-not-supported");
        snapshot().assertSameAs(before);
        assertThat(store.generation()).isEqualTo(generation);
    }

    @Test
    void usingGraphUriGivesTheUpdatesWhereClauseItsDataset() {
        String source = graph("using-source");
        String tags = graph("using-tags");
        assertThat(write(WritePath.GSP_PUT, source, agreement("using"), BASIC).statusCode()).isEqualTo(201);
        String tag = "INSERT { GRAPH <" + tags + "> { ?agreement dct:subject <https://w3id.org/citynet/id/theme/culture> } }"
                + " WHERE { ?agreement a cn:PartnershipAgreement }";
        HttpResponse<String> narrowed = http.send("POST", service("/sparql?using-graph-uri=" + WriteHttp.encode(source)),
                "application/sparql-update", WriteTestSupport.PREFIXES + tag, BEARER);
        assertThat(narrowed.statusCode()).as(narrowed.body()).isEqualTo(204);
        try (RDFConnection connection = store.connect()) {
            connection.querySelect("SELECT (COUNT(*) AS ?n) { GRAPH <" + tags + "> { ?s ?p ?o } }",
                    row -> assertThat(row.getLiteral("n").getInt()).as("only the agreement of the USING graph")
                            .isEqualTo(1));
        }
        problem(http.send("POST", service("/sparql"), "application/x-www-form-urlencoded",
                "update=" + WriteHttp.encode(WriteTestSupport.PREFIXES + "WITH <" + source + "> " + tag.substring(tag.indexOf("INSERT")))
                        + "&using-graph-uri=" + WriteHttp.encode(source), BEARER), 400, "bad-request");
    }

    /** Jena's own remote client, answering the 401 challenge like any standard HTTP client. */
    @Test
    void aStandardSparqlClientUpdatesAndUsesTheGraphStore() {
        HttpClient authenticating = HttpClient.newBuilder()
                .authenticator(new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(EDITOR, PASSWORD.toCharArray());
                    }
                }).build();
        String graph = graph("jena-client");
        try (RDFConnection client = RDFConnectionRemote.newBuilder()
                .queryEndpoint(service() + "/sparql").updateEndpoint(service() + "/sparql")
                .gspEndpoint(service() + "/sparql/graph").httpClient(authenticating).build()) {
            client.update(WriteTestSupport.PREFIXES + "INSERT DATA { GRAPH <" + graph + "> {\n"
                    + agreement("jena-update") + "} }");
            Model model = ModelFactory.createDefaultModel();
            RDFParser.fromString(WriteTestSupport.PREFIXES.replaceAll("(?m)^PREFIX (\\S+) (<[^>]+>)$",
                    "@prefix $1 $2 .") + agreement("jena-gsp"), Lang.TURTLE).parse(model);
            client.load(graph, model);
            Model fetched = client.fetch(graph);
            assertThat(fetched.contains(fetched.createResource(WriteTestSupport.AGREEMENTS + "jena-update"), null))
                    .isTrue();
            assertThat(fetched.contains(fetched.createResource(WriteTestSupport.AGREEMENTS + "jena-gsp"), null))
                    .isTrue();
            client.delete(graph);
            assertThat(client.queryAsk("ASK { GRAPH <" + graph + "> { ?s ?p ?o } }")).isFalse();
        }
    }

    @Test
    void theOpenApiDocumentSaysWhichOperationsNeedAuthentication() {
        HttpResponse<String> response = http.get(service("/openapi.json"), "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject openApi = WriteHttp.json(response);
        JsonObject schemes = openApi.getObj("components").getObj("securitySchemes");
        assertThat(schemes.getObj("basic").getString("scheme")).isEqualTo("basic");
        assertThat(schemes.getObj("bearer").getString("scheme")).isEqualTo("bearer");
        JsonObject graphStore = openApi.getObj("paths").getObj("/sparql/graph");
        for (String method : new String[] {"put", "post", "delete"}) {
            assertThat(graphStore.getObj(method).get("security").getAsArray()).as(method).hasSize(2);
        }
        assertThat(graphStore.getObj("get").hasKey("security")).as("reads are public").isFalse();
    }

    @Test
    void graphStoreReadsArePublic() {
        String graph = graph("readable");
        String turtle = WriteTestSupport.PREFIXES.replaceAll("(?m)^PREFIX (\\S+) (<[^>]+>)$", "@prefix $1 $2 .")
                + agreement("readable");
        assertThat(graphStore("PUT", "graph=" + WriteHttp.encode(graph), "text/turtle", turtle, BASIC).statusCode())
                .isEqualTo(201);
        Graph sent = RDFParser.fromString(turtle, Lang.TURTLE).toGraph();
        for (String accept : new String[] {"text/turtle", "application/n-triples", "application/ld+json",
                "application/rdf+xml"}) {
            HttpResponse<String> response = http.get(service("/sparql/graph?graph=" + WriteHttp.encode(graph)), accept);
            assertThat(response.statusCode()).as(accept).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith(accept));
            Graph read = RDFParser.source(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)))
                    .lang(RDFLanguages.contentTypeToLang(accept)).toGraph();
            assertThat(read.isIsomorphicWith(sent)).as(accept).isTrue();
        }
        HttpResponse<String> head = http.send("HEAD", service("/sparql/graph?graph=" + WriteHttp.encode(graph)),
                null, null, WriteHttp.Credentials.NONE);
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        problem(http.get(service("/sparql/graph?graph=" + WriteHttp.encode(graph("never-written"))), "text/turtle"),
                404, "not-found");
        assertThat(http.get(service("/sparql/graph?graph=" + WriteHttp.encode(
                "https://w3id.org/citynet/graph/source-000")), "text/turtle").body()).contains("Gattjina");
        assertThat(http.get(service("/sparql/graph"), "text/turtle").statusCode()).isEqualTo(400);
        HttpResponse<String> union = http.get(service("/sparql/graph?default"), "application/n-triples");
        assertThat(union.statusCode()).isEqualTo(200);
        long triples = RDFParser.fromString(union.body(), Lang.NTRIPLES).toGraph().size();
        try (RDFConnection connection = store.connect()) {
            connection.querySelect("SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } }",
                    row -> assertThat(row.getLiteral("n").getLong()).as("the default graph is the union")
                            .isEqualTo(triples));
        }
    }
}
