package org.citynet.kernel.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.citynet.kernel.store.KnowledgeStore;

/** A copy of every named graph and the default graph of a store, to prove a refused load changed nothing. */
public record StoreSnapshot(Map<Node, Graph> graphs, long quads) {

    private static final Node DEFAULT = org.apache.jena.sparql.core.Quad.defaultGraphIRI;

    public static StoreSnapshot of(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> {
            Map<Node, Graph> graphs = new HashMap<>();
            dataset.find().forEachRemaining(quad -> graphs
                    .computeIfAbsent(quad.isDefaultGraph() ? DEFAULT : quad.getGraph(),
                            name -> GraphFactory.createDefaultGraph())
                    .add(quad.asTriple()));
            long quads = graphs.values().stream().mapToLong(Graph::size).sum();
            return new StoreSnapshot(graphs, quads);
        });
    }

    /** Every quad of a store, as the store itself exports them (see {@link KnowledgeStore#exportQuads}). */
    public static StoreSnapshot of(KnowledgeStore store) {
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        store.exportQuads(StreamRDFLib.dataset(copy));
        return of(copy);
    }

    /**
     * Every named graph of any store, read with SPARQL through {@link KnowledgeStore#connect()}; for a
     * remote store, whose dataset is not in this JVM.
     */
    public static StoreSnapshot viaSparql(KnowledgeStore store) {
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        try (RDFConnection connection = store.connect()) {
            connection.querySelect("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }",
                    row -> copy.add(row.get("g").asNode(), row.get("s").asNode(), row.get("p").asNode(),
                            row.get("o").asNode()));
        }
        return of(copy);
    }

    /** Same graph names, and each graph isomorphic to its namesake (blank nodes may be relabelled). */
    public void assertSameAs(StoreSnapshot before) {
        assertThat(quads).isEqualTo(before.quads);
        assertThat(graphs.keySet()).isEqualTo(before.graphs.keySet());
        before.graphs.forEach((name, graph) ->
                assertThat(graphs.get(name).isIsomorphicWith(graph)).as("graph %s unchanged", name).isTrue());
    }
}
