package org.citynet.kernel.store;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * A write that would change a graph the service does not let clients write (see {@link ProtectedGraphs});
 * nothing of it was committed. Answered with 403: the request is understood, and refused for what it
 * touches, whoever sends it.
 */
public class ProtectedGraphException extends RuntimeException {

    private final Map<String, String> graphs;

    private ProtectedGraphException(Map<String, String> graphs) {
        super("The write would change " + (graphs.size() == 1 ? "a protected graph" : "protected graphs") + ": "
                + String.join("; ", graphs.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
                .toList()) + ". Nothing was written.");
        this.graphs = graphs;
    }

    static ProtectedGraphException of(List<Node> graphs) {
        Map<String, String> named = new LinkedHashMap<>();
        graphs.stream().sorted(Comparator.comparing(ProtectedGraphException::name))
                .forEach(graph -> named.put(name(graph), ProtectedGraphs.reason(graph)));
        return new ProtectedGraphException(named);
    }

    /** A Graph Store write to the default graph, which is the union of the named graphs. */
    public static ProtectedGraphException defaultGraph() {
        return of(List.of(Quad.defaultGraphIRI));
    }

    /** Each protected graph the write touched ("default graph" or its IRI) with why it is protected. */
    public Map<String, String> graphs() {
        return Collections.unmodifiableMap(graphs);
    }

    private static String name(Node graph) {
        return Quad.isDefaultGraph(graph) ? "default graph" : graph.getURI();
    }
}
