package org.citynet.web.sparql.w3c;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.citynet.web.sparql.w3c.ProtocolManifest.Call;
import org.citynet.web.sparql.w3c.ProtocolManifest.Expected;
import org.citynet.web.sparql.w3c.ProtocolManifest.ProtocolTest;

/**
 * Runs the tests of the W3C SPARQL 1.1 Protocol manifest against one endpoint over real HTTP, as the manifest
 * says: each request's {@code /sparql/} prefix replaced by the endpoint's path, its method, headers and
 * body (in its character encoding) sent as written, and every stated expectation checked — the status class
 * ({@code mf:expectedStatus}), the answer's format ({@code mf:expectedFormat}: the Content-Type is one the
 * manifest names for it, and the body parses as that type), the ASK answer ({@code mf:expectedBoolean}),
 * and, for query results, the content: equal to what Jena answers on the test's data ({@link ReferenceAnswers}).
 * The data files are loaded first through the service's Graph Store Protocol, as the suite's own runner
 * (w3c/rdf-tests pull request 324) does. Test helper.
 */
final class ProtocolRunner {

    static final String PREFIX = "/sparql/";

    private static final Map<String, Set<String>> FORMATS = Map.of(
            "boolean", Set.of("application/sparql-results+xml", "application/sparql-results+json"),
            "tabular", Set.of("application/sparql-results+xml", "application/sparql-results+json", "text/csv",
                    "text/tab-separated-values"),
            "RDF", Set.of("application/rdf+xml", "text/turtle", "application/n-triples", "text/plain",
                    "application/xhtml+xml", "text/html"));

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String endpoint;
    private final String graphStore;
    private final String authorization;
    private final String base;

    /**
     * @param endpoint      what replaces the manifest's {@code /sparql/}, e.g. {@code http://localhost:8080/sparql/}
     * @param graphStore    the Graph Store Protocol endpoint for the test data
     * @param authorization sent with every request (the suite's updates need a writer)
     * @param base          the base IRI the endpoint resolves relative IRIs against
     */
    ProtocolRunner(String endpoint, String graphStore, String authorization, String base) {
        this.endpoint = endpoint;
        this.graphStore = graphStore;
        this.authorization = authorization;
        this.base = base;
    }

    /** Loads the test's data, then sends its requests in order, checking each answer. */
    void run(ProtocolTest test) {
        load(test);
        ReferenceAnswers reference = new ReferenceAnswers(test, base);
        for (Call call : test.calls()) {
            check(test, call, send(call), reference);
        }
    }

    /**
     * Each data file replaces the graph its label names, unless the graph holds exactly that already: every
     * write is validated against the shapes over the whole knowledge graph, which takes a second or two.
     */
    void load(ProtocolTest test) {
        for (ProtocolManifest.GraphData data : test.graphData()) {
            URI graph = URI.create(graphStore + "?graph=" + URLEncoder.encode(data.graph(), StandardCharsets.UTF_8));
            Graph wanted = RDFParser.source(ReferenceAnswers.resource(data.file())).lang(Lang.NTRIPLES).toGraph();
            HttpResponse<byte[]> held = send(HttpRequest.newBuilder(graph).header("Accept", "application/n-triples")
                    .GET());
            if (held.statusCode() == 200 && RDFParser.source(new ByteArrayInputStream(held.body()))
                    .lang(Lang.NTRIPLES).toGraph().isIsomorphicWith(wanted)) {
                continue;
            }
            HttpResponse<byte[]> put = send(HttpRequest.newBuilder(graph)
                    .header("Content-Type", "application/n-triples")
                    .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> ReferenceAnswers.resource(data.file()))));
            assertThat(put.statusCode()).as("loading %s into <%s>: %s", data.file(), data.graph(),
                    text(put)).isIn(201, 204);
        }
    }

    HttpResponse<byte[]> send(Call call) {
        if (!call.pathAndQuery().startsWith(PREFIX)) {
            throw new IllegalStateException("A request path outside " + PREFIX + ": " + call.pathAndQuery());
        }
        URI uri = URI.create(endpoint + call.pathAndQuery().substring(PREFIX.length()));
        HttpRequest.BodyPublisher body = call.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(call.body().getBytes(Charset.forName(call.encoding())));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).method(call.method(), body);
        call.headers().forEach(header -> request.header(header[0], header[1]));
        return send(request);
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) {
        request.header("Authorization", authorization).timeout(Duration.ofSeconds(60));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void check(ProtocolTest test, Call call, HttpResponse<byte[]> response, ReferenceAnswers reference) {
        Expected expected = call.expected();
        String what = test.name() + ": " + call.method() + " " + call.pathAndQuery();
        assertThat(response.statusCode() / 100).as("%s answered %s: %s", what, response.statusCode(),
                text(response)).isIn(expected.statusClasses());
        if (expected.statusClasses().equals(Set.of(4))) {
            // Beyond the manifest: the runner sends valid credentials, so a 4xx must be about the request.
            assertThat(response.statusCode()).as("%s refused for the request's fault, not access", what)
                    .isNotIn(401, 403);
        }
        if (expected.format() == null) {
            assertThat(expected.booleanResult()).as("%s: a boolean without a format", what).isNull();
            return;
        }
        String type = response.headers().firstValue("Content-Type").map(t -> t.split(";")[0].strip().toLowerCase())
                .orElse("");
        assertThat(FORMATS.get(expected.format())).as("%s: Content-Type for %s answers", what, expected.format())
                .contains(type);
        // Query answers of tests that write depend on the writes; only their stated boolean is checked.
        boolean comparable = !test.writes();
        switch (expected.format()) {
            case "boolean" -> {
                boolean answer = ResultSetMgr.readBoolean(new ByteArrayInputStream(response.body()), resultsLang(type));
                if (expected.booleanResult() != null) {
                    assertThat(answer).as("%s: mf:expectedBoolean", what).isEqualTo(expected.booleanResult());
                }
                if (comparable) {
                    assertThat(answer).as("%s: the ASK's answer on the test data", what)
                            .isEqualTo(reference.ask(call));
                }
            }
            case "tabular" -> {
                RowSetRewindable answer = RowSet.adapt(ResultSetMgr.read(new ByteArrayInputStream(response.body()),
                        resultsLang(type))).rewindable();
                assertThat(answer.size()).as("%s: rows", what).isGreaterThanOrEqualTo(0);
                if (comparable) {
                    assertThat(sameRows(reference.select(call), answer, type.equals("text/csv")))
                            .as("%s: the rows Jena gives on the test data", what).isTrue();
                }
            }
            case "RDF" -> {
                Lang lang = RDFLanguages.contentTypeToLang(type);
                Graph answer = RDFParser.source(new ByteArrayInputStream(response.body())).lang(lang).base(base)
                        .toGraph();
                if (comparable) {
                    Graph wanted = reference.graph(call);
                    assertThat(answer.isIsomorphicWith(wanted)).as("%s: the graph Jena gives on the test data:"
                            + " %s, answered %s", what, wanted, answer).isTrue();
                }
            }
            default -> throw new IllegalStateException("An expected format this runner cannot check: "
                    + expected.format());
        }
    }

    /** CSV carries no datatypes or term kinds, so its rows are compared by their text. */
    private static boolean sameRows(RowSetRewindable wanted, RowSetRewindable answer, boolean csv) {
        if (!csv) {
            return ResultsCompare.equalsByTerm(wanted, answer);
        }
        return texts(wanted).equals(texts(answer));
    }

    private static List<String> texts(RowSetRewindable rows) {
        List<String> texts = new ArrayList<>();
        rows.reset();
        rows.forEachRemaining(row -> row.vars().forEachRemaining(var -> {
            var node = row.get(var);
            texts.add(var.getVarName() + "=" + (node.isLiteral() ? node.getLiteralLexicalForm() : node.toString()));
        }));
        texts.sort(String::compareTo);
        rows.reset();
        return texts;
    }

    private static Lang resultsLang(String type) {
        return switch (type) {
            case "application/sparql-results+xml" -> ResultSetLang.RS_XML;
            case "application/sparql-results+json" -> ResultSetLang.RS_JSON;
            case "text/csv" -> ResultSetLang.RS_CSV;
            default -> ResultSetLang.RS_TSV;
        };
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
