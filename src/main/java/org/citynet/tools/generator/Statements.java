package org.citynet.tools.generator;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/**
 * Where the generator's statements go: a stream of quads in the current named graph, counted. The
 * generator writes one graph after another, so a TriG writer can close each graph's block as it goes.
 */
final class Statements {

    private final StreamRDF out;
    private Node graph;
    private long quads;

    Statements(StreamRDF out) {
        this.out = out;
    }

    /** Statements from now on go into this named graph. */
    void graph(Node name) {
        this.graph = name;
    }

    void add(Node subject, Node predicate, Node object) {
        out.quad(Quad.create(graph, subject, predicate, object));
        quads++;
    }

    /** {@code skos:prefLabel} in Finnish, Swedish and English, as every city, network and theme has. */
    void labels(Node subject, String fi, String sv, String en) {
        add(subject, Terms.PREF_LABEL, Terms.text(fi, "fi"));
        add(subject, Terms.PREF_LABEL, Terms.text(sv, "sv"));
        add(subject, Terms.PREF_LABEL, Terms.text(en, "en"));
    }

    /** How many quads have been written. */
    long quads() {
        return quads;
    }
}
