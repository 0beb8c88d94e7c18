package org.citynet.kernel.load;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * What a {@link LoadTarget} must write: the graphs that replace their namesakes, and the manifest that
 * records this load.
 *
 * @param graphs      graph name to content, in IRI order; the ontology graph is one of them
 * @param contentHash hash of the input files
 * @param loadedAt    when the load happened
 */
public record LoadPlan(Map<Node, Graph> graphs, String contentHash, Instant loadedAt) {

    public LoadPlan {
        graphs = Collections.unmodifiableMap(new LinkedHashMap<>(graphs));
    }

    /** A plan for a validated staged knowledge graph. */
    public static LoadPlan of(StagedKnowledgeGraph staged, Instant loadedAt) {
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        staged.graphNames().forEach(name -> graphs.put(name, staged.dataset().getGraph(name)));
        return new LoadPlan(graphs, staged.contentHash(), loadedAt);
    }

    /** Triples over all graphs, the manifest not included. */
    public long tripleCount() {
        return graphs.values().stream().mapToLong(Graph::size).sum();
    }

    /** The content of the load graph {@link LoadVocabulary#LOAD_GRAPH} after this load. */
    public Graph manifest() {
        return Manifest.describe(this);
    }
}
