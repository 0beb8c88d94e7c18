package org.citynet.web.api.compare;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.citynet.kernel.rdf.Vocabulary;

/**
 * Labels and source-document descriptions looked up in the store's union graph for one answer, with the
 * rules of {@code sparql/compare/labels.rq} and {@code sources.rq}: {@code skos:prefLabel}s, else
 * {@code rdfs:label}s, one per language tag; a source's {@code dct:title}s and {@code cn:seedFile}. Must be
 * used inside the read transaction of the graph; remembers what it looked up for that one answer.
 */
final class StoreTerms {

    private static final Node SEED_FILE = NodeFactory.createURI(Vocabulary.NS + "seedFile");

    private final Graph graph;
    private final Map<String, Term> terms = new HashMap<>();
    private final Map<String, SourceDocument> sources = new HashMap<>();

    StoreTerms(Graph graph) {
        this.graph = graph;
    }

    Term term(String iri) {
        return terms.computeIfAbsent(iri, k -> new Term(k, labels(k)));
    }

    Map<String, String> labels(String iri) {
        Node subject = node(iri);
        Map<String, String> labels = literals(subject, SKOS.prefLabel.asNode());
        return labels.isEmpty() ? literals(subject, RDFS.label.asNode()) : labels;
    }

    SourceDocument source(String iri) {
        return sources.computeIfAbsent(iri, k -> {
            Node subject = node(k);
            String seedFile = null;
            ExtendedIterator<Triple> files = graph.find(subject, SEED_FILE, Node.ANY);
            try {
                while (files.hasNext() && seedFile == null) {
                    Node file = files.next().getObject();
                    seedFile = file.isLiteral() ? file.getLiteralLexicalForm() : null;
                }
            } finally {
                files.close();
            }
            return new SourceDocument(k, literals(subject, DCTerms.title.asNode()), seedFile);
        });
    }

    private Map<String, String> literals(Node subject, Node predicate) {
        Map<String, String> byLanguage = new HashMap<>();
        ExtendedIterator<Triple> found = graph.find(subject, predicate, Node.ANY);
        try {
            found.forEachRemaining(t -> {
                if (t.getObject().isLiteral()) {
                    byLanguage.putIfAbsent(t.getObject().getLiteralLanguage(), t.getObject().getLiteralLexicalForm());
                }
            });
        } finally {
            found.close();
        }
        return byLanguage;
    }

    private static Node node(String iri) {
        return NodeFactory.createURI(iri);
    }
}
