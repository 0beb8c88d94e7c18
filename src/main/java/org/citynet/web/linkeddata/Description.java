package org.citynet.web.linkeddata;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * What the service says about one resource: its statements and the statements pointing at it, the names
 * and types of the things they link, and the descriptions of the named graphs and source documents they
 * come from — every statement in the named graph that holds it. An in-memory dataset, built per request
 * and read once.
 *
 * @param subject the described resource (its canonical IRI)
 * @param quads   the statements, each in its own graph
 */
public record Description(Node subject, DatasetGraph quads) {

    public boolean isEmpty() {
        return quads.isEmpty();
    }
}
