package org.citynet.kernel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.Test;

/**
 * What the service sends a remote store and what it makes of the answers, against a fake store: the request
 * forms, the timeout parameter, and answers that reached a cap or that the store flagged as incomplete, which
 * must fail rather than be taken for the whole answer.
 */
class RemoteClientTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @Test
    void anAnswerWithAsManyRowsAsTheCapTheStoreReportedIsRefused() {
        try (FakeHttpServer store = new FakeHttpServer(rows(3, Map.of("X-SPARQL-MaxRows", "3")))) {
            RemoteClient client = client(store, RemoteProtocol.defaults(StoreKind.VIRTUOSO));
            assertThatThrownBy(() -> select(client, "SELECT ?n { ?s ?p ?n }"))
                    .isInstanceOf(PartialAnswerException.class)
                    .satisfies(e -> assertThat(((PartialAnswerException) e).reason())
                            .isEqualTo(PartialAnswerException.Reason.ROW_CAP));
            assertThat(select(client, "SELECT ?n { ?s ?p ?n } LIMIT 3")).as("the query asked for 3").hasSize(3);
            assertThatThrownBy(() -> select(client, "SELECT ?n { ?s ?p ?n } LIMIT 4"))
                    .isInstanceOf(PartialAnswerException.class);
        }
    }

    @Test
    void anAnswerAsLongAsTheConfiguredCapIsRefusedToo() {
        try (FakeHttpServer store = new FakeHttpServer(rows(10, Map.of()))) {
            RemoteProtocol capped = RemoteProtocol.defaults(StoreKind.GENERIC).withCaps(10, 0, 5);
            assertThatThrownBy(() -> select(client(store, capped), "SELECT ?n { ?s ?p ?n }"))
                    .isInstanceOf(PartialAnswerException.class).hasMessageContaining("10 rows");
            RemoteProtocol roomy = RemoteProtocol.defaults(StoreKind.GENERIC).withCaps(11, 0, 5);
            assertThat(select(client(store, roomy), "SELECT ?n { ?s ?p ?n }")).hasSize(10);
        }
    }

    @Test
    void aConstructCutAtTheCapIsRefused() {
        StringBuilder triples = new StringBuilder();
        for (int i = 0; i < 11; i++) {
            triples.append("<urn:ex:s").append(i).append("> <urn:ex:p> \"").append(i).append("\" .\n");
        }
        try (FakeHttpServer store = new FakeHttpServer(request -> FakeHttpServer.Response.ok("application/n-triples",
                triples.toString()))) {
            RemoteClient client = client(store, RemoteProtocol.defaults(StoreKind.VIRTUOSO).withCaps(10, 10, 5));
            List<Triple> read = new ArrayList<>();
            assertThatThrownBy(() -> client.execute(QueryFactory.create("CONSTRUCT WHERE { ?s ?p ?o }"), Map.of(),
                    TIMEOUT, false, execution -> execution.execConstructTriples().forEachRemaining(read::add)))
                    .isInstanceOf(PartialAnswerException.class);
        }
    }

    @Test
    void anAnytimeAnswerIsATimeout() {
        try (FakeHttpServer store = new FakeHttpServer(rows(1, Map.of("X-SQL-State", "S1TAT", "X-SQL-Message",
                "RC...: Returning incomplete results, query interrupted by result timeout.")))) {
            assertThatThrownBy(() -> select(client(store, RemoteProtocol.defaults(StoreKind.VIRTUOSO)),
                    "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")).isInstanceOf(QueryCancelledException.class);
        }
    }

    @Test
    void theTimeoutParameterHasTheStoresNameAndUnit() {
        try (FakeHttpServer store = new FakeHttpServer(rows(1, Map.of()))) {
            select(client(store, RemoteProtocol.defaults(StoreKind.VIRTUOSO)), "SELECT * { ?s ?p ?n }",
                    Duration.ofMillis(2500));
            select(client(store, RemoteProtocol.defaults(StoreKind.FUSEKI)), "SELECT * { ?s ?p ?n }",
                    Duration.ofMillis(2500));
            select(client(store, RemoteProtocol.defaults(StoreKind.GENERIC)), "SELECT * { ?s ?p ?n }",
                    Duration.ofMillis(2500));
            select(client(store, RemoteProtocol.defaults(StoreKind.GENERIC).withTimeout("maxTime",
                    TimeUnit.MILLISECONDS)), "SELECT * { ?s ?p ?n }", Duration.ofSeconds(1));
            assertThat(store.requests()).extracting(request -> parameters(request.query()).get("timeout"))
                    .containsExactly("2500", "3", null, null);
            assertThat(parameters(store.requests().get(3).query()).get("maxTime")).isEqualTo("1000");
        }
    }

    @Test
    void queriesGoByGetOrFormNeverAsASparqlQueryBody() {
        try (FakeHttpServer store = new FakeHttpServer(rows(1, Map.of()))) {
            RemoteClient client = client(store, RemoteProtocol.defaults(StoreKind.VIRTUOSO));
            select(client, "SELECT * { ?s ?p ?n }");
            select(client, "SELECT * { ?s ?p ?n FILTER(?n != \"" + "x".repeat(3000) + "\") }");
            assertThat(store.requests().get(0).method()).isEqualTo("GET");
            FakeHttpServer.Request longOne = store.requests().get(1);
            assertThat(longOne.method()).isEqualTo("POST");
            assertThat(longOne.header("Content-Type")).startsWith("application/x-www-form-urlencoded");
        }
    }

    @Test
    void rewrittenGeometryComesBackAsLoaded() {
        String json = """
                { "head": { "vars": ["w"] }, "results": { "bindings": [ { "w": { "type": "typed-literal",
                  "datatype": "http://www.openlinksw.com/schemas/virtrdf#Geometry",
                  "value": "POINT(4.4002599716187 51.220470428467)" } } ] } }""";
        try (FakeHttpServer store = new FakeHttpServer(request -> FakeHttpServer.Response.ok(
                "application/sparql-results+json", json))) {
            List<Binding> rows = select(client(store, RemoteProtocol.defaults(StoreKind.VIRTUOSO)), "SELECT ?w {}");
            Node wkt = rows.get(0).get("w");
            assertThat(wkt.getLiteralLexicalForm()).isEqualTo("POINT(4.40026 51.22047)");
            assertThat(wkt.getLiteralDatatypeURI()).isEqualTo(GeometryLiterals.WKT);
        }
    }

    private static RemoteClient client(FakeHttpServer store, RemoteProtocol protocol) {
        String url = store.url("/sparql");
        return new RemoteClient(new RemoteClient.RemoteEndpoints(url, url, url, false, null, null), protocol);
    }

    private static List<Binding> select(RemoteClient client, String query) {
        return select(client, query, TIMEOUT);
    }

    private static List<Binding> select(RemoteClient client, String query, Duration timeout) {
        List<Binding> rows = new ArrayList<>();
        client.select(QueryFactory.create(query), Map.of(), timeout, false, rows::add);
        return rows;
    }

    /** A store that answers every query with {@code count} rows and the given headers. */
    private static Function<FakeHttpServer.Request, FakeHttpServer.Response> rows(int count, Map<String, String> headers) {
        StringBuilder bindings = new StringBuilder();
        for (int i = 0; i < count; i++) {
            bindings.append(i == 0 ? "" : ",").append("{ \"n\": { \"type\": \"literal\", \"value\": \"").append(i)
                    .append("\" } }");
        }
        String json = "{ \"head\": { \"vars\": [\"n\"] }, \"results\": { \"bindings\": [" + bindings + "] } }";
        Map<String, String> all = new HashMap<>(headers);
        all.put("Content-Type", "application/sparql-results+json");
        return request -> new FakeHttpServer.Response(200, all, json);
    }

    private static Map<String, String> parameters(String query) {
        Map<String, String> parameters = new HashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }
}
