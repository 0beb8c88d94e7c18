package org.citynet.kernel.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadAcc;

/**
 * A load's quads cut into update requests of bounded size. Quads that share a blank node go into the same
 * request: a blank node written by two requests would become two nodes. Stateless.
 */
final class UpdateChunks {

    private UpdateChunks() {
    }

    /**
     * The quads of {@code graphs}, graph by graph, in requests of at most {@code maxQuads} quads — more only
     * where quads joined by blank nodes are more than that together.
     */
    static List<QuadAcc> of(Map<Node, Graph> graphs, int maxQuads) {
        List<QuadAcc> chunks = new ArrayList<>();
        QuadAcc chunk = new QuadAcc();
        for (List<Quad> group : connected(quads(graphs))) {
            if (!chunk.getQuads().isEmpty() && chunk.getQuads().size() + group.size() > maxQuads) {
                chunks.add(chunk);
                chunk = new QuadAcc();
            }
            group.forEach(chunk::addQuad);
        }
        if (!chunk.getQuads().isEmpty()) {
            chunks.add(chunk);
        }
        return chunks;
    }

    /** Whether a blank node occurs in two of the graphs. */
    static boolean sharesBlankNodes(Map<Node, Graph> graphs) {
        Map<Node, Node> graphOf = new HashMap<>();
        for (Quad quad : quads(graphs)) {
            for (Node blank : blankNodes(quad)) {
                Node first = graphOf.putIfAbsent(blank, quad.getGraph());
                if (first != null && !first.equals(quad.getGraph())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Quad> quads(Map<Node, Graph> graphs) {
        List<Quad> quads = new ArrayList<>();
        graphs.forEach((name, graph) -> graph.find().forEachRemaining(triple -> quads.add(Quad.create(name, triple))));
        return quads;
    }

    /** The quads in groups joined by shared blank nodes, in the order each group first appears. */
    private static List<List<Quad>> connected(List<Quad> quads) {
        int[] parent = new int[quads.size()];
        Map<Node, Integer> firstWith = new HashMap<>();
        for (int i = 0; i < quads.size(); i++) {
            parent[i] = i;
            for (Node blank : blankNodes(quads.get(i))) {
                Integer first = firstWith.putIfAbsent(blank, i);
                if (first != null) {
                    union(parent, first, i);
                }
            }
        }
        Map<Integer, List<Quad>> groups = new LinkedHashMap<>();
        for (int i = 0; i < quads.size(); i++) {
            groups.computeIfAbsent(root(parent, i), key -> new ArrayList<>()).add(quads.get(i));
        }
        return List.copyOf(groups.values());
    }

    private static Set<Node> blankNodes(Quad quad) {
        Set<Node> blanks = new HashSet<>(2);
        if (quad.getSubject().isBlank()) {
            blanks.add(quad.getSubject());
        }
        if (quad.getObject().isBlank()) {
            blanks.add(quad.getObject());
        }
        return blanks;
    }

    private static void union(int[] parent, int a, int b) {
        int rootA = root(parent, a);
        int rootB = root(parent, b);
        if (rootA != rootB) {
            parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
        }
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
