package org.citynet.kernel.store;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.citynet.kernel.load.LoadPlan;
import org.citynet.kernel.load.LoadRecord;
import org.citynet.kernel.load.LoadTarget;

/**
 * Loads into a remote SPARQL 1.1 store graph by graph, the load manifest written last, so that a load that
 * stops half way (a refused request, a killed process, a lost connection) is never taken for a complete one:
 * see {@link RemoteReplacement} for the steps. No store takes a whole load in one request: Virtuoso refuses
 * the 2,799 quads of citynet's data in one update ({@code SP031 … generated SQL text has exceeded 10000 lines}).
 * Holds no connection between calls.
 */
public final class RemoteLoadTarget implements LoadTarget {

    private static final Query LAST_LOAD = SparqlFiles.load("store", "last-load");
    private static final Query HOLDS_BULK_LOAD = SparqlFiles.load("store", "holds-bulk-load");
    private static final Query LOADED_GRAPHS = SparqlFiles.load("store", "loaded-graphs");
    private static final Duration LOAD_REQUEST = Duration.ofMinutes(10);

    private final RemoteClient client;
    private final Duration timeout;

    /** A Fuseki-style dataset that answers query, update and the Graph Store Protocol at its own URL, anonymously. */
    public RemoteLoadTarget(String datasetUrl) {
        this(new RemoteClient(new RemoteClient.RemoteEndpoints(datasetUrl, datasetUrl, datasetUrl, false, null, null),
                RemoteProtocol.defaults(StoreKind.FUSEKI)), LOAD_REQUEST);
    }

    /** @param timeout for each request of a load */
    RemoteLoadTarget(RemoteClient client, Duration timeout) {
        this.client = client;
        this.timeout = timeout;
    }

    @Override
    public Optional<LoadRecord> lastLoad() {
        LoadRecord[] found = {null};
        client.select(LAST_LOAD, Map.of(), timeout, false, row -> {
            String hash = lexical(row, "hash");
            if (hash != null) {
                found[0] = LoadRecord.of(hash, lexical(row, "loadedAt"), lexical(row, "tripleCount"));
            }
        });
        return Optional.ofNullable(found[0]);
    }

    @Override
    public boolean holdsBulkLoad() {
        return client.ask(HOLDS_BULK_LOAD, timeout);
    }

    @Override
    public void apply(LoadPlan plan) {
        new RemoteReplacement(client, timeout).replace(plan.graphs(), plan.manifest(), loadedGraphs(), Set.of(),
                plan.loadedAt());
    }

    private Set<Node> loadedGraphs() {
        Set<Node> graphs = new LinkedHashSet<>();
        client.select(LOADED_GRAPHS, Map.of(), timeout, false, row -> {
            Node graph = row.get("graph");
            if (graph != null && graph.isURI()) {
                graphs.add(graph);
            }
        });
        return graphs;
    }

    private static String lexical(Binding row, String variable) {
        Node node = row.get(variable);
        return node != null && node.isLiteral() ? node.getLiteralLexicalForm() : null;
    }

    @Override
    public String toString() {
        return client.description();
    }
}
