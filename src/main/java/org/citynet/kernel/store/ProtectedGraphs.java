package org.citynet.kernel.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.citynet.kernel.load.Manifest;
import org.citynet.kernel.rdf.LoadVocabulary;
import org.citynet.kernel.rdf.Vocabulary;

/**
 * The graphs a write through the service may not change, and the proof that a write left them alone.
 *
 * <p>Protected are: the default graph (queries see the union of the named graphs in its place, so what is
 * written there would be invisible), the ontology graph and the load manifest, every graph the manifest
 * lists (the files own them: the next load replaces them, so a write there would be lost silently), and
 * every {@code graph/source-…} graph (they state what a source document says, nothing else). Writes go to
 * other named graphs.
 *
 * <p>A SPARQL Update can name its graphs through variables, so which graphs it touches is only known after
 * it ran. {@link #snapshot} copies the protected graphs inside the write transaction before the change and
 * {@link Snapshot#requireUnchanged} compares after it: same size and every earlier triple still there means
 * the same set of triples. The copy costs memory and time in proportion to the loaded data.
 */
final class ProtectedGraphs {

    static final String SOURCE_GRAPH_PREFIX = Vocabulary.GRAPH_BASE + "source-";

    private final Set<Node> loaded;

    private ProtectedGraphs(Set<Node> loaded) {
        this.loaded = loaded;
    }

    /** The policy for a store whose last load wrote {@code loaded}. */
    static ProtectedGraphs forLoaded(Set<Node> loaded) {
        return new ProtectedGraphs(Set.copyOf(loaded));
    }

    /** The policy for the dataset as it is now; call inside a transaction. */
    static ProtectedGraphs of(DatasetGraph dataset) {
        return new ProtectedGraphs(Manifest.loadedGraphs(dataset.getGraph(LoadVocabulary.LOAD_GRAPH)));
    }

    boolean isProtected(Node graph) {
        return graph == null || Quad.isDefaultGraph(graph) || LoadVocabulary.isReserved(graph)
                || loaded.contains(graph) || graph.isURI() && graph.getURI().startsWith(SOURCE_GRAPH_PREFIX);
    }

    /** Why a graph is protected, for the client. */
    static String reason(Node graph) {
        if (graph == null || Quad.isDefaultGraph(graph)) {
            return "the default graph is the union of the named graphs and cannot be written; write into a named graph";
        }
        if (LoadVocabulary.isReserved(graph)) {
            return "the ontology and load graphs belong to the loader";
        }
        return "graphs loaded from the files (and every graph/source-… graph) change only by editing the files";
    }

    /** Copies every protected graph that exists now, the default graph included; call inside the transaction. */
    Snapshot snapshot(DatasetGraph dataset) {
        Map<Node, List<Triple>> copies = new HashMap<>();
        copies.put(Quad.defaultGraphIRI, Iter.toList(dataset.getDefaultGraph().find()));
        Iter.asStream(dataset.listGraphNodes()).filter(this::isProtected)
                .forEach(name -> copies.put(name, Iter.toList(dataset.getGraph(name).find())));
        return new Snapshot(copies);
    }

    /** The protected graphs as they were before a change. */
    final class Snapshot {

        private final Map<Node, List<Triple>> before;

        private Snapshot(Map<Node, List<Triple>> before) {
            this.before = before;
        }

        /** @throws ProtectedGraphException naming every protected graph the change created, altered or removed */
        void requireUnchanged(DatasetGraph dataset) {
            List<Node> changed = new ArrayList<>();
            before.forEach((name, triples) -> {
                if (!same(graph(dataset, name), triples)) {
                    changed.add(name);
                }
            });
            Set<Node> created = new HashSet<>();
            Iter.asStream(dataset.listGraphNodes())
                    .filter(name -> isProtected(name) && !before.containsKey(name))
                    .forEach(created::add);
            changed.addAll(created);
            if (!changed.isEmpty()) {
                throw ProtectedGraphException.of(changed);
            }
        }

        private static Graph graph(DatasetGraph dataset, Node name) {
            return Quad.isDefaultGraph(name) ? dataset.getDefaultGraph() : dataset.getGraph(name);
        }

        private static boolean same(Graph now, List<Triple> triples) {
            return now.size() == triples.size() && triples.stream().allMatch(now::contains);
        }
    }
}
