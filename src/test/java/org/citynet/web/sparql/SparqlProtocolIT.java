package org.citynet.web.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.citynet.support.EditorServiceTestBase;
import org.citynet.support.Problems;
import org.citynet.support.TestEditor;
import org.junit.jupiter.api.Test;

/**
 * Protocol bugs seen from real clients (issue 15), each on the whole service with writes on:
 * an {@code update=} in the URL of a form POST; GET requests with a body; graph IRIs with a fragment through
 * every protocol parameter and the Graph Store; {@code /sparql/}; a browser at {@code /sparql}; the service
 * description when writes are on; bodies in a charset other than UTF-8.
 */
class SparqlProtocolIT extends EditorServiceTestBase {

    private static final String EXAMPLE = "http://example.org/protocol-it/";
    private static final String G1 = "http://example.org/data#g1";
    private static final String G2 = "http://example.org/data#g2";
    private static final String G3 = "http://example.org/data#g3";
    private static final String FORM = "application/x-www-form-urlencoded";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void anUpdateInTheUrlOfAFormPostIsRefusedAndChangesNothing() {
        String graph = EXAMPLE + "from-the-url";
        String update = "INSERT DATA { GRAPH <" + graph + "> { <" + EXAMPLE + "s> <" + EXAMPLE + "p> \"o\" } }";
        long generation = store.generation();

        JsonObject problem = Problems.expect(send("POST", "/sparql?update=" + encode(update), FORM, "", true),
                400, "bad-request");
        assertThat(problem.getString("detail")).contains("'update' is in the URL of a form POST");
        Problems.expect(send("POST", "/sparql?update=" + encode(update), FORM, "using-graph-uri=" + encode(G1), true),
                400, "bad-request");
        Problems.expect(send("POST", "/sparql?update=" + encode(update), FORM, "", false), 401, "unauthorized");
        Problems.expect(send("POST", "/sparql?query=" + encode("ASK {}"), FORM, "", false), 400, "bad-request");

        assertThat(store.generation()).as("nothing written").isEqualTo(generation);
        assertThat(graphExists(graph)).isFalse();
        // The same update in the body is carried out.
        assertThat(send("POST", "/sparql", FORM, "update=" + encode(update), true).statusCode()).isEqualTo(204);
        assertThat(graphExists(graph)).isTrue();
        assertThat(send("DELETE", "/sparql/graph?graph=" + encode(graph), null, null, true).statusCode())
                .isEqualTo(204);
    }

    @Test
    void aGetWithABodyIsRefusedWhereverItGoes() {
        for (String path : List.of("/sparql?query=" + encode("ASK {}"), "/sparql",
                "/sparql/graph?graph=" + encode("https://w3id.org/citynet/graph/source-000"))) {
            Problems.expect(send("GET", path, "application/sparql-query", "ASK { ?s ?p ?o }", false), 400,
                    "bad-request");
            assertThat(chunkedGet(path, "ASK { ?s ?p ?o }")).as("chunked GET %s", path).startsWith("HTTP/1.1 400");
            assertThat(send("GET", path, null, null, false).statusCode()).as("GET %s without a body", path)
                    .isEqualTo(200);
        }
    }

    @Test
    void graphsWithAFragmentCanBeQueriedWrittenReplacedAndDeleted() {
        String triple = "<" + EXAMPLE + "s> <" + EXAMPLE + "p> \"one\"";
        assertThat(update("INSERT DATA { GRAPH <" + G1 + "> { " + triple + " } }", "").statusCode())
                .isEqualTo(204);

        assertThat(sparql("SELECT ?o WHERE { ?s ?p ?o }", "&default-graph-uri=" + encode(G1)).body())
                .contains("\"one\"");
        assertThat(sparql("SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", "&named-graph-uri=" + encode(G1)).body())
                .contains(G1);
        assertThat(update("INSERT { GRAPH <" + G2 + "> { ?s ?p ?o } } WHERE { ?s ?p ?o }",
                "?using-graph-uri=" + encode(G1)).statusCode()).isEqualTo(204);
        assertThat(graph(G2).contains(NodeFactory.createURI(EXAMPLE + "s"), NodeFactory.createURI(EXAMPLE + "p"),
                NodeFactory.createLiteralString("one"))).isTrue();

        assertThat(send("PUT", "/sparql/graph?graph=" + encode(G1), "text/turtle",
                "<" + EXAMPLE + "s> <" + EXAMPLE + "p> \"two\" .", true).statusCode()).isEqualTo(204);
        assertThat(graph(G1).size()).isOne();
        assertThat(graph(G1).contains(NodeFactory.createURI(EXAMPLE + "s"), NodeFactory.createURI(EXAMPLE + "p"),
                NodeFactory.createLiteralString("two"))).isTrue();

        HttpResponse<String> created = send("PUT", "/sparql/graph?graph=" + encode(G3), "text/turtle",
                "<" + EXAMPLE + "s> <" + EXAMPLE + "p> \"three\" .", true);
        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/sparql/graph?graph=http://example.org/data%23g3");
        assertThat(http(HttpRequest.newBuilder(URI.create(location)).GET()).body()).contains("three");

        for (String graph : List.of(G1, G2, G3)) {
            assertThat(send("DELETE", "/sparql/graph?graph=" + encode(graph), null, null, true).statusCode())
                    .as("DELETE %s", graph).isEqualTo(204);
            Problems.expect(send("GET", "/sparql/graph?graph=" + encode(graph), null, null, false), 404, "not-found");
        }
    }

    @Test
    void aTrailingSlashIsTheSameEndpoint() {
        String ask = "?query=" + encode("ASK { ?s ?p ?o }");
        HttpResponse<String> withSlash = send("GET", "/sparql/" + ask, null, null, false);
        assertThat(withSlash.statusCode()).isEqualTo(200);
        assertThat(withSlash.body()).isEqualTo(send("GET", "/sparql" + ask, null, null, false).body());
        assertThat(send("GET", "/sparql/", null, null, false).body())
                .contains("http://www.w3.org/ns/sparql-service-description#");
        assertThat(send("POST", "/sparql/", FORM, "query=" + encode("ASK {}"), false).statusCode()).isEqualTo(200);
        assertThat(send("POST", "/sparql/", "application/sparql-query", "ASK {}", false).statusCode()).isEqualTo(200);

        String graph = EXAMPLE + "slash";
        String insert = "INSERT DATA { GRAPH <" + graph + "> { <" + EXAMPLE + "s> <" + EXAMPLE + "p> 1 } }";
        Problems.expect(send("POST", "/sparql/", "application/sparql-update", insert, false), 401, "unauthorized");
        assertThat(send("POST", "/sparql/", "application/sparql-update", insert, true).statusCode()).isEqualTo(204);
        assertThat(graphExists(graph)).isTrue();
        assertThat(send("DELETE", "/sparql/graph/?graph=" + encode(graph), null, null, true).statusCode())
                .isEqualTo(204);
    }

    @Test
    void aBrowserAtSparqlLandsInTheEditorWhileClientsGetTheDescription() {
        String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
        HttpResponse<String> redirect = http(HttpRequest.newBuilder(URI.create(url("/sparql")))
                .header("Accept", browser).GET());
        assertThat(redirect.statusCode()).isEqualTo(303);
        assertThat(redirect.headers().firstValue("Location")).contains(url("/sparql/editor"));
        HttpResponse<String> editor = http(HttpRequest.newBuilder(URI.create(url("/sparql/editor")))
                .header("Accept", browser).GET());
        assertThat(editor.statusCode()).isEqualTo(200);
        assertThat(editor.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));

        for (String accept : new String[] {null, "*/*", "text/turtle", "application/ld+json, text/html;q=0.5"}) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url("/sparql"))).GET();
            if (accept != null) {
                request.header("Accept", accept);
            }
            HttpResponse<String> description = http(request);
            assertThat(description.statusCode()).as("Accept: %s", accept).isEqualTo(200);
            assertThat(description.headers().allValues("Vary")).as("Accept: %s", accept)
                    .anySatisfy(vary -> assertThat(vary).containsIgnoringCase("accept"));
        }
    }

    @Test
    void withWritesOnTheServiceDescriptionListsSparqlUpdate() {
        Graph description = RDFParser.fromString(send("GET", "/sparql", null, null, false).body(), Lang.TURTLE)
                .toGraph();
        String sd = "http://www.w3.org/ns/sparql-service-description#";
        assertThat(description.contains(NodeFactory.createURI(url("/sparql#service")),
                NodeFactory.createURI(sd + "supportedLanguage"), NodeFactory.createURI(sd + "SPARQL11Update")))
                .isTrue();
        assertThat(description.contains(NodeFactory.createURI(url("/sparql#service")),
                NodeFactory.createURI(sd + "inputFormat"), NodeFactory.createURI("http://www.w3.org/ns/formats/Turtle")))
                .isTrue();
        assertThat(description.toString()).doesNotContain("Read-only").doesNotContain("updates are not accepted");
    }

    @Test
    void bodiesInAnotherCharsetThanUtf8AreRefused() {
        for (String type : List.of("application/sparql-query", "application/sparql-update")) {
            HttpResponse<String> response = http(HttpRequest.newBuilder(URI.create(url("/sparql")))
                    .header("Content-Type", type + "; charset=UTF-16")
                    .header("Authorization", TestEditor.authorization())
                    .POST(HttpRequest.BodyPublishers.ofByteArray("ASK {}".getBytes(StandardCharsets.UTF_16))));
            Problems.expect(response, 415, "charset-not-supported");
        }
    }

    private HttpResponse<String> sparql(String query, String extra) {
        return send("GET", "/sparql?query=" + encode(query) + extra, null, null, false);
    }

    private HttpResponse<String> update(String update, String urlParameters) {
        return send("POST", "/sparql" + urlParameters, "application/sparql-update", update, true);
    }

    private Graph graph(String name) {
        HttpResponse<String> response = http(HttpRequest.newBuilder(URI.create(url("/sparql/graph?graph="
                + encode(name)))).header("Accept", "application/n-triples").GET());
        assertThat(response.statusCode()).as("GET <%s>: %s", name, response.body()).isEqualTo(200);
        return RDFParser.source(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)))
                .lang(Lang.NTRIPLES).toGraph();
    }

    private boolean graphExists(String graph) {
        try (RDFConnection connection = store.connect()) {
            return connection.queryAsk("ASK { GRAPH <" + graph + "> { ?s ?p ?o } }");
        }
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body,
                                      boolean authenticated) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (authenticated) {
            request.header("Authorization", TestEditor.authorization());
        }
        return http(request);
    }

    private HttpResponse<String> http(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET whose body comes in one chunk (no Content-Length); returns the status line. */
    private String chunkedGet(String path, String body) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(bytes.length) + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != -1 && c != '\r'; c = in.read()) {
                line.append((char) c);
            }
            return line.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
