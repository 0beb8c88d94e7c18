package org.citynet.web.pages;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.citynet.kernel.rdf.Vocabularies.PROV;

/**
 * Finding a node's names in a graph; {@link Named#pick} chooses among them for the reader. Stateless.
 */
final class Labels {

    /**
     * The properties that name things, the first preferred when a language has several; a quotation has no
     * name but its words ({@code prov:value}), which is what a reader wants to see where it is linked.
     */
    static final Node[] NAMING = {
        SKOS.prefLabel.asNode(),
        RDFS.label.asNode(),
        DCTerms.title.asNode(),
        PROV.value.asNode(),
    };

    private Labels() {
    }

    /** The node's names in the graph by (primary) language tag. */
    static Map<String, String> in(Graph graph, Node node) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Node property : NAMING) {
            graph.find(node, property, Node.ANY).forEach(t -> {
                Node o = t.getObject();
                if (o.isLiteral()) {
                    names.putIfAbsent(o.getLiteralLanguage().toLowerCase().split("-")[0], o.getLiteralLexicalForm());
                }
            });
        }
        return names;
    }

    /** The last segment of an IRI (after '#' or '/'), for things nobody named. */
    static String lastSegment(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        String tail = cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
        return tail;
    }
}
