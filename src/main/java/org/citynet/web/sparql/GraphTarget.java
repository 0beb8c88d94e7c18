package org.citynet.web.sparql;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.citynet.web.system.BadRequestException;
import org.springframework.util.MultiValueMap;

/**
 * The graph a Graph Store Protocol request is about, named indirectly (GSP 4.2): {@code ?graph=<IRI>}
 * (absolute) or {@code ?default}, exactly one of them.
 *
 * @param graph the named graph, or null for the default graph
 */
record GraphTarget(Node graph) {

    static final String GRAPH = "graph";
    static final String DEFAULT = "default";

    static GraphTarget fromParameters(MultiValueMap<String, String> parameters) {
        List<String> graphs = parameters.getOrDefault(GRAPH, List.of());
        boolean isDefault = parameters.containsKey(DEFAULT);
        if (isDefault == !graphs.isEmpty()) {
            throw new BadRequestException("Name the graph: ?graph=<absolute IRI> for a named graph, or ?default"
                    + " for the default graph (one of them, not both).");
        }
        if (isDefault) {
            return new GraphTarget(null);
        }
        if (graphs.size() > 1) {
            throw new BadRequestException("Give exactly one graph parameter, not " + graphs.size() + ".");
        }
        SparqlRequest.requireAbsoluteIri(GRAPH, graphs.get(0));
        return new GraphTarget(NodeFactory.createURI(graphs.get(0)));
    }

    boolean isDefault() {
        return graph == null;
    }

    /** The graph's IRI, or "the default graph". */
    String describe() {
        return isDefault() ? "the default graph" : "<" + graph.getURI() + ">";
    }
}
