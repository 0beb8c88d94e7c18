package org.citynet.store;

import static org.citynet.store.LoadVocabulary.CONTENT_HASH;
import static org.citynet.store.LoadVocabulary.LOADED_AT;
import static org.citynet.store.LoadVocabulary.LOADED_GRAPH;
import static org.citynet.store.LoadVocabulary.MANIFEST;
import static org.citynet.store.LoadVocabulary.TRIPLE_COUNT;

import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Writes and reads the load manifest: one node in the load graph recording the content hash, the load
 * time, the triple count and every graph the load wrote. The next load drops the graphs listed here that
 * it no longer has; graphs never listed are not the loader's and are left alone.
 */
final class Manifest {

    private Manifest() {
    }

    static Graph describe(LoadPlan plan) {
        Graph manifest = GraphFactory.createDefaultGraph();
        manifest.getPrefixMapping().setNsPrefix("cn", LoadVocabulary.NS);
        manifest.add(MANIFEST, CONTENT_HASH, NodeFactory.createLiteralDT(plan.contentHash(), XSDDatatype.XSDstring));
        String loadedAt = plan.loadedAt().truncatedTo(ChronoUnit.MILLIS).toString();
        manifest.add(MANIFEST, LOADED_AT, NodeFactory.createLiteralDT(loadedAt, XSDDatatype.XSDdateTime));
        String triples = Long.toString(plan.tripleCount());
        manifest.add(MANIFEST, TRIPLE_COUNT, NodeFactory.createLiteralDT(triples, XSDDatatype.XSDinteger));
        plan.graphs().keySet().forEach(graph -> manifest.add(MANIFEST, LOADED_GRAPH, graph));
        return manifest;
    }

    /** The recorded load, or empty if the graph holds no manifest (no content hash). */
    static Optional<LoadRecord> read(Graph loadGraph) {
        return Optional.ofNullable(literal(loadGraph, CONTENT_HASH))
                .map(hash -> LoadRecord.of(hash, literal(loadGraph, LOADED_AT), literal(loadGraph, TRIPLE_COUNT)));
    }

    private static String literal(Graph loadGraph, Node property) {
        return Iter.asStream(loadGraph.find(MANIFEST, property, Node.ANY))
                .map(Triple::getObject)
                .filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm)
                .findFirst()
                .orElse(null);
    }

    /** The graphs the recorded load wrote; empty if there is no manifest. */
    static Set<Node> loadedGraphs(Graph loadGraph) {
        return Iter.asStream(loadGraph.find(MANIFEST, LOADED_GRAPH, Node.ANY))
                .map(Triple::getObject)
                .filter(Node::isURI)
                .collect(Collectors.toSet());
    }
}
