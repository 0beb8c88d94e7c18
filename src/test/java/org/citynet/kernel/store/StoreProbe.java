package org.citynet.kernel.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.citynet.kernel.load.LoadRecord;

/**
 * Looks into a store the way every service does, through {@link KnowledgeStore#connect()} and SPARQL,
 * so that the same assertions hold for TDB2 and for a remote Fuseki. Reads the load manifest with its
 * own query rather than with the loader's code, so a test does not check the code with itself.
 */
public final class StoreProbe {

    private static final String MANIFEST = """
            PREFIX cn: <https://w3id.org/citynet/ontology#>
            SELECT ?hash ?loadedAt ?tripleCount WHERE {
              GRAPH <https://w3id.org/citynet/graph/load> {
                <https://w3id.org/citynet/graph/load#manifest> cn:contentHash ?hash ;
                    cn:loadedAt ?loadedAt ; cn:tripleCount ?tripleCount .
              }
            }""";

    private static final String LOADED_TRIPLES = """
            SELECT (COUNT(*) AS ?n) WHERE {
              GRAPH ?g { ?s ?p ?o }
              FILTER (?g NOT IN (<https://w3id.org/citynet/graph/load>, <https://w3id.org/citynet/graph/version>))
            }""";

    private StoreProbe() {
    }

    /** The manifest's content hash, load time and triple count; empty if the store has no manifest. */
    public static Optional<LoadRecord> manifest(KnowledgeStore store) {
        List<LoadRecord> found = new ArrayList<>();
        try (RDFConnection connection = store.connect()) {
            connection.querySelect(MANIFEST, row -> found.add(new LoadRecord(row.getLiteral("hash").getString(),
                    Instant.parse(row.getLiteral("loadedAt").getLexicalForm()),
                    row.getLiteral("tripleCount").getLong())));
        }
        if (found.size() > 1) {
            throw new AssertionError("More than one manifest: " + found);
        }
        return found.stream().findFirst();
    }

    /**
     * Triples in all named graphs but the load graph and a shared store's version graph: what the manifest's
     * triple count should say.
     */
    public static long loadedTriples(KnowledgeStore store) {
        return single(store, LOADED_TRIPLES).getLiteral("n").getLong();
    }

    public static boolean ask(KnowledgeStore store, String query) {
        try (RDFConnection connection = store.connect()) {
            return connection.queryAsk(query);
        }
    }

    public static QuerySolution single(KnowledgeStore store, String query) {
        List<QuerySolution> rows = new ArrayList<>();
        try (RDFConnection connection = store.connect()) {
            connection.querySelect(query, rows::add);
        }
        if (rows.size() != 1) {
            throw new AssertionError("Expected one row, got " + rows.size() + " for " + query);
        }
        return rows.get(0);
    }
}
