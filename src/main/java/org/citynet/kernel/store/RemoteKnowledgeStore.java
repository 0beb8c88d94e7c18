package org.citynet.kernel.store;

import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionBuilder;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.rdflink.RDFLinkHTTP;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.UpdateRequest;
import org.citynet.kernel.load.KnowledgeGraphFiles;
import org.citynet.kernel.load.LoadPlan;
import org.citynet.kernel.load.LoadRecord;
import org.citynet.kernel.load.LoadTarget;

/**
 * A remote SPARQL 1.1 dataset (query, update and Graph Store Protocol over HTTP). The store must present
 * the union of its named graphs as the default graph (for Fuseki: {@code tdb2:unionDefaultGraph true}).
 * The generation only advances for loads made by this process: writes other clients make directly to the
 * remote store are not seen.
 */
public final class RemoteKnowledgeStore implements KnowledgeStore {

    private static final String DUMP_ACCEPT = "application/n-quads, application/trig;q=0.9";
    private static final Set<Integer> NO_DUMP_FALLBACK = Set.of(401, 403, 407);
    private static final Query ALL_QUADS = SparqlFiles.load("store", "backup-quads");
    private static final Query HOLDS_DATA = SparqlFiles.load("store", "store-holds-data");
    private static final Query LAST_LOAD = SparqlFiles.load("store", "last-load");

    private final RemoteEndpoints endpoints;
    private final HttpClient httpClient;
    private final AtomicLong generation = new AtomicLong();

    RemoteKnowledgeStore(RemoteEndpoints endpoints) {
        this.endpoints = endpoints;
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL);
        if (endpoints.username() != null) {
            builder.authenticator(new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(endpoints.username(), endpoints.password().toCharArray());
                }
            });
        }
        this.httpClient = builder.build();
    }

    @Override
    public RDFConnection connect() {
        return RDFConnectionRemote.newBuilder()
                .queryEndpoint(endpoints.query())
                .updateEndpoint(endpoints.update())
                .gspEndpoint(endpoints.gsp())
                .httpClient(httpClient)
                .build();
    }

    private RDFLink link() {
        return RDFLinkHTTP.newBuilder()
                .queryEndpoint(endpoints.query())
                .updateEndpoint(endpoints.update())
                .gspEndpoint(endpoints.gsp())
                .httpClient(httpClient)
                .build();
    }

    /** Jena's timeout stops a local query; a remote one needs {@link RemoteDeadline}'s help. */
    @Override
    public void execute(Query query, Map<String, Node> bindings, Duration timeout, Consumer<QueryExecution> body) {
        try (RDFConnection connection = connect()) {
            QueryExecutionBuilder builder = connection.newQuery().query(query)
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
            var model = ModelFactory.createDefaultModel();
            bindings.forEach((name, node) -> builder.substitution(name, model.asRDFNode(node)));
            try (RemoteDeadline deadline = RemoteDeadline.forRemote(builder, timeout);
                 QueryExecution execution = builder.build()) {
                deadline.arm(execution);
                try {
                    body.accept(execution);
                } catch (RuntimeException e) {
                    throw deadline.translate(e);
                }
            }
        }
    }

    @Override
    public LoadTarget loadTarget() {
        LoadTarget remote = new RemoteLoadTarget(this::link, endpoints.query());
        return new LoadTarget() {
            @Override
            public Optional<LoadRecord> lastLoad() {
                return remote.lastLoad();
            }

            @Override
            public boolean holdsBulkLoad() {
                return remote.holdsBulkLoad();
            }

            @Override
            public void apply(LoadPlan plan) {
                remote.apply(plan);
                generation.incrementAndGet();
            }

            @Override
            public String toString() {
                return remote.toString();
            }
        };
    }

    /**
     * Every quad in one HTTP request, so one snapshot on any server that answers a request from one
     * transaction, as Fuseki does: a dataset GET (Graph Store Protocol on the dataset URL), which includes the
     * real default graph; if the server offers none (a 4xx other than 401/403), one SPARQL query over every
     * named graph, which leaves the real default graph out. One query per graph would not do: graphs read by
     * different requests can come from different commits, and blank nodes shared between graphs would lose
     * their identity.
     */
    @Override
    public String exportQuads(StreamRDF sink) {
        String dataset = endpoints.gsp();
        try {
            RDFParser.source(dataset).httpClient(httpClient).acceptHeader(DUMP_ACCEPT).parse(withoutStartFinish(sink));
            return "one dataset GET of " + dataset;
        } catch (HttpException e) {
            if (e.getStatusCode() < 400 || e.getStatusCode() >= 500 || NO_DUMP_FALLBACK.contains(e.getStatusCode())) {
                throw e;
            }
        }
        try (RDFConnection connection = connect()) {
            connection.querySelect(ALL_QUADS, row -> sink.quad(Quad.create(row.get("g").asNode(),
                    row.get("s").asNode(), row.get("p").asNode(), row.get("o").asNode())));
        }
        return "one SPARQL query over every named graph of " + endpoints.query()
                + " (the real default graph is not included)";
    }

    // The parser starts and finishes the stream itself; whoever handed the sink over does that, once.
    private static StreamRDF withoutStartFinish(StreamRDF sink) {
        return new StreamRDFWrapper(sink) {
            @Override
            public void start() {
            }

            @Override
            public void finish() {
            }
        };
    }

    @Override
    public boolean holdsData() {
        try (RDFConnection connection = connect()) {
            return connection.queryAsk(HOLDS_DATA);
        }
    }

    /**
     * One SPARQL Update request, built with Jena's update API (no data spliced into text):
     * {@code DROP ALL ; INSERT DATA { ... }} when replacing, else only the {@code INSERT DATA}. Fuseki runs one
     * request in one transaction, so this is all or nothing there. The quads are held in memory to build the
     * request, and one INSERT DATA for everything keeps blank nodes shared between graphs one node. Whether
     * the store holds data is asked first, in a separate request: a write that lands between the question
     * and the update is kept and merged rather than refused (the update itself cannot be made conditional).
     */
    @Override
    public boolean replaceAll(Consumer<StreamRDF> quads, boolean replaceExisting) {
        boolean heldData = holdsData();
        if (heldData && !replaceExisting) {
            throw new StoreNotEmptyException(description());
        }
        DatasetGraph staged = DatasetGraphFactory.create();
        quads.accept(StreamRDFLib.dataset(staged));
        UpdateRequest request = new UpdateRequest();
        if (replaceExisting) {
            request.add(new UpdateDrop(Target.ALL, true));
        }
        QuadDataAcc data = new QuadDataAcc();
        staged.find().forEachRemaining(data::addQuad);
        request.add(new UpdateDataInsert(data));
        try (RDFConnection connection = connect()) {
            connection.update(request);
        }
        generation.incrementAndGet();
        return heldData;
    }

    @Override
    public ValidatedWriter writer(KnowledgeGraphFiles files) {
        throw new UnsupportedOperationException("Writes through the service need its embedded store; "
                + description() + " is written to directly");
    }

    @Override
    public long generation() {
        return generation.get();
    }

    /**
     * What the load manifest in the store records, with this process's generation: another process that
     * reloads the store changes the manifest. Writes other clients make directly are not seen.
     */
    @Override
    public String changeStamp() {
        StringBuilder stamp = new StringBuilder().append(generation.get());
        try (RDFConnection connection = connect()) {
            connection.querySelect(LAST_LOAD, row -> stamp.append(' ').append(row.get("hash"))
                    .append(' ').append(row.get("loadedAt")));
        }
        return stamp.toString();
    }

    @Override
    public String description() {
        return "remote SPARQL store " + endpoints.query();
    }

    @Override
    public void close() {
        // Nothing to release: Java 17's HttpClient has no close(); its threads end with the JVM.
    }

    /** The URLs of a remote dataset's services, and the credentials to use with them (both or neither). */
    record RemoteEndpoints(String query, String update, String gsp, String username, String password) {
    }
}
