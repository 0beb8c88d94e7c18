package org.citynet.kernel.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionBuilder;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.rdflink.RDFLinkHTTP;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.update.UpdateRequest;

/**
 * The requests a remote SPARQL store is sent, all through its one {@link StoreHttpClient}: queries with the
 * service's guards ({@link #execute}: the store's own timeout parameter, a deadline that aborts, answers
 * checked for caps and partial results, IRIs in full, sorts kept within the store's cap), updates in the
 * store's request form, and Graph Store {@code PUT}s. Holds no connection between calls. Thread-safe.
 */
final class RemoteClient {

    private final RemoteEndpoints endpoints;
    private final RemoteProtocol protocol;
    private final StoreHttpClient http;
    private final StoreVersion version;

    /**
     * The URLs of a remote dataset's services, and the credentials to use with them (both or neither).
     *
     * @param graphStoreConfigured whether a Graph Store endpoint was named (rather than assumed at the dataset URL)
     */
    record RemoteEndpoints(String query, String update, String gsp, boolean graphStoreConfigured, String username,
                           String password) {
    }

    RemoteClient(RemoteEndpoints endpoints, RemoteProtocol protocol) {
        this.endpoints = endpoints;
        this.protocol = protocol;
        this.http = StoreHttpClient.create(endpoints.username(), endpoints.password());
        this.version = new StoreVersion(protocol.versionGraph());
    }

    RemoteProtocol protocol() {
        return protocol;
    }

    RemoteEndpoints endpoints() {
        return endpoints;
    }

    StoreHttpClient http() {
        return http;
    }

    /** Where and how the store's version stamp is kept. */
    StoreVersion version() {
        return version;
    }

    RDFConnection connect() {
        return RDFConnectionRemote.newBuilder()
                .queryEndpoint(endpoints.query())
                .updateEndpoint(endpoints.update())
                .gspEndpoint(endpoints.gsp())
                .querySendMode(protocol.queryForm().jena())
                .updateSendMode(protocol.updateForm().jena())
                .httpClient(http)
                .build();
    }

    RDFLink link() {
        return RDFLinkHTTP.newBuilder()
                .queryEndpoint(endpoints.query())
                .updateEndpoint(endpoints.update())
                .gspEndpoint(endpoints.gsp())
                .querySendMode(protocol.queryForm().jena())
                .updateSendMode(protocol.updateForm().jena())
                .httpClient(http)
                .build();
    }

    /**
     * Runs one query the way every query reaches the store (see {@link KnowledgeStore#execute}).
     *
     * @param storeLabels whether blank nodes keep the store's labels across requests (paged reads of one graph);
     *                    otherwise each answer's blank nodes are its own
     */
    void execute(Query query, Map<String, Node> bindings, Duration timeout, boolean storeLabels,
                 Consumer<QueryExecution> body) {
        Query sent = RemoteQueries.forStore(query, bindings, protocol);
        try (RDFConnection connection = connect()) {
            QueryExecutionBuilder builder = connection.newQuery().query(sent)
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (storeLabels) {
                builder.set(ARQ.inputGraphBNodeLabels, true);
            }
            AnswerSignals signals = new AnswerSignals();
            try (RemoteDeadline deadline = RemoteDeadline.forRemote(builder, timeout, protocol);
                 QueryExecution execution = builder.build()) {
                deadline.arm(execution);
                try {
                    signals.during(() -> body.accept(new CheckedExecution(execution, sent, protocol, signals)));
                } catch (RuntimeException e) {
                    throw deadline.translate(e);
                }
            }
        }
    }

    /** Every row of a SELECT, checked as {@link #execute} checks them. */
    void select(Query query, Map<String, Node> bindings, Duration timeout, boolean storeLabels,
                Consumer<Binding> rows) {
        execute(query, bindings, timeout, storeLabels,
                execution -> RowSet.adapt(execution.execSelect()).forEachRemaining(rows));
    }

    boolean ask(Query query, Duration timeout) {
        boolean[] answer = new boolean[1];
        execute(query, Map.of(), timeout, false, execution -> answer[0] = execution.execAsk());
        return answer[0];
    }

    /** One update request, in the store's update form, UTF-8 with its charset said. */
    void update(UpdateRequest request) {
        try (RDFLink link = link()) {
            link.update(request);
        } catch (RuntimeException e) {
            PartialAnswerException partial = PartialAnswerException.findIn(e);
            throw partial != null ? partial : e;
        }
    }

    /**
     * A Graph Store Protocol {@code PUT} of one graph, as N-Triples: the graph becomes {@code content}.
     *
     * @throws HttpException if the store does not answer 2xx
     */
    void put(Node graph, Graph content, Duration timeout) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        RDFDataMgr.write(body, content, Lang.NTRIPLES);
        String separator = endpoints.gsp().contains("?") ? "&" : "?";
        URI target = URI.create(endpoints.gsp() + separator + "graph="
                + URLEncoder.encode(graph.getURI(), StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(target).timeout(timeout)
                .header("Content-Type", "application/n-triples")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                String text = response.body() == null ? "" : response.body().strip();
                throw new HttpException(response.statusCode(), "Graph Store PUT <" + graph.getURI() + "> answered "
                        + response.statusCode() + (text.isEmpty() ? "" : ": " + abbreviate(text)));
            }
        } catch (IOException e) {
            throw new HttpException("Graph Store PUT <" + graph.getURI() + "> to " + endpoints.gsp() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpException("Interrupted during a Graph Store PUT", e);
        }
    }

    /** The store's version stamp, one small query. */
    StoreVersion.Stamp stamp(Duration timeout) {
        StoreVersion.Stamp[] found = {StoreVersion.Stamp.NONE};
        select(version.read(), version.bindings(), timeout, false, row -> {
            Node stamp = row.get("stamp");
            Node modified = row.get("modified");
            if (stamp != null && stamp.isLiteral()) {
                found[0] = new StoreVersion.Stamp(stamp.getLiteralLexicalForm(),
                        modified == null || !modified.isLiteral() ? null : instant(modified.getLiteralLexicalForm()));
            }
        });
        return found[0];
    }

    private static Instant instant(String lexical) {
        try {
            return Instant.parse(lexical);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    String description() {
        return "remote SPARQL store " + endpoints.query() + " (" + protocol.kind().name().toLowerCase(Locale.ROOT)
                + ")";
    }
}
