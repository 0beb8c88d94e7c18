package org.citynet.kernel.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.modify.request.QuadAcc;
import org.junit.jupiter.api.Test;

/** Updates of bounded size, never cutting a blank node in two. */
class UpdateChunksTest {

    @Test
    void quadsGoInChunksOfAtMostTheLimit() {
        Map<Node, Graph> graphs = Map.of(NodeFactory.createURI("urn:ex:g"), graph(
                "<urn:ex:a> <urn:ex:p> 1, 2, 3, 4, 5, 6, 7 ."));
        List<QuadAcc> chunks = UpdateChunks.of(graphs, 3);
        assertThat(chunks).extracting(chunk -> chunk.getQuads().size()).containsExactly(3, 3, 1);
    }

    @Test
    void triplesJoinedByABlankNodeStayTogether() {
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        graphs.put(NodeFactory.createURI("urn:ex:g"), graph("""
                <urn:ex:a> <urn:ex:p> 1 .
                <urn:ex:a> <urn:ex:q> [ <urn:ex:r> 1 ; <urn:ex:s> [ <urn:ex:t> 2 ] ] .
                <urn:ex:b> <urn:ex:p> 2 .
                """));
        List<QuadAcc> chunks = UpdateChunks.of(graphs, 2);
        assertThat(chunks).allSatisfy(chunk -> {
            long blanks = chunk.getQuads().stream().filter(q -> q.getSubject().isBlank() || q.getObject().isBlank())
                    .count();
            assertThat(blanks).isIn(0L, 4L);
        });
        assertThat(chunks.stream().mapToInt(chunk -> chunk.getQuads().size()).sum()).isEqualTo(6);
        assertThat(UpdateChunks.sharesBlankNodes(graphs)).isFalse();
    }

    @Test
    void aBlankNodeInTwoGraphsIsNoticed() {
        Graph one = graph("_:x <urn:ex:p> 1 .");
        Node blank = one.find().next().getSubject();
        Graph two = GraphFactory.createDefaultGraph();
        two.add(blank, NodeFactory.createURI("urn:ex:q"), NodeFactory.createURI("urn:ex:v"));
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        graphs.put(NodeFactory.createURI("urn:ex:g1"), one);
        graphs.put(NodeFactory.createURI("urn:ex:g2"), two);
        assertThat(UpdateChunks.sharesBlankNodes(graphs)).isTrue();
        assertThat(UpdateChunks.of(graphs, 1)).singleElement().satisfies(chunk ->
                assertThat(chunk.getQuads()).hasSize(2));
    }

    private static Graph graph(String turtle) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(graph);
        return graph;
    }
}
