package org.citynet.web.api.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.junit.jupiter.api.Test;
import org.openjdk.jol.info.GraphLayout;

/**
 * The estimate that weighs kept answers against the heap, compared with what the JVM really holds for them, object
 * by object (JOL walks every object the rows reach; what every literal shares, its datatype and the variables, is
 * subtracted). Within a third either way is close enough for a budget; far off, the budget would be no limit.
 */
class HeapEstimateTest {

    private static final Var RESOURCE = Var.alloc("resource");
    private static final Var TYPE = Var.alloc("type");
    private static final Var LABEL = Var.alloc("label");
    private static final Var COUNT = Var.alloc("count");

    @Test
    void labelSearchRowsAreEstimatedAsTheHeapTheyHold() {
        List<Node> types = List.of(NodeFactory.createURI("https://w3id.org/citynet/ontology#City"),
                NodeFactory.createURI("http://schema.org/City"));
        List<Binding> rows = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            Node city = NodeFactory.createURI("https://w3id.org/citynet/id/city/gen-" + String.format("%06d", i));
            for (String lang : List.of("fi", "sv", "en")) {
                Node label = NodeFactory.createLiteralLang((i % 7 == 0 ? "上海 " : "Espoo–Esbo ") + i + lang, lang);
                for (Node type : types) {
                    rows.add(BindingFactory.binding(RESOURCE, city, TYPE, type, LABEL, label));
                }
            }
        }
        assertCloseToTheHeap(new ResultRows(List.of("resource", "type", "label"), rows));
    }

    @Test
    void countRowsAreEstimatedAsTheHeapTheyHold() {
        List<Binding> rows = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            rows.add(BindingFactory.binding(RESOURCE, NodeFactory.createURI("https://w3id.org/citynet/id/city/c" + i),
                    COUNT, NodeFactory.createLiteralDT(Integer.toString(i % 500), XSDDatatype.XSDinteger)));
        }
        assertCloseToTheHeap(new ResultRows(List.of("resource", "count"), rows));
    }

    @Test
    void aRowOrTermHeldTwiceIsCountedOnce() {
        Node city = NodeFactory.createURI("https://w3id.org/citynet/id/city/espoo");
        Binding row = BindingFactory.binding(RESOURCE, city, LABEL, NodeFactory.createLiteralLang("Espoo", "fi"));
        long once = new ResultRows(List.of("resource", "label"), List.of(row)).heapBytes();
        long twice = new ResultRows(List.of("resource", "label"), List.of(row, row)).heapBytes();
        assertThat(twice - once).as("a second reference to the same row").isEqualTo(8);
        long sameCity = new Kept.Keys(List.of(city, city, city)).heapBytes();
        long oneCity = new Kept.Keys(List.of(city)).heapBytes();
        assertThat(sameCity - oneCity).isEqualTo(16);
    }

    private static void assertCloseToTheHeap(ResultRows rows) {
        Node en = NodeFactory.createLiteralLang("x", "en");
        Node integer = NodeFactory.createLiteralDT("1", XSDDatatype.XSDinteger);
        GraphLayout shared = GraphLayout.parseInstance(en, integer, RESOURCE, TYPE, LABEL, COUNT);
        long real = GraphLayout.parseInstance(rows.rows()).subtract(shared).totalSize();
        long estimate = rows.heapBytes();
        assertThat((double) estimate / real).as("estimate %,d bytes, the JVM holds %,d", estimate, real)
                .isBetween(0.75, 1.33);
    }
}
