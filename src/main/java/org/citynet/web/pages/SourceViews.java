package org.citynet.web.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.citynet.kernel.rdf.CN;
import org.citynet.kernel.rdf.LoadVocabulary;
import org.citynet.kernel.rdf.Vocabularies.PROV;
import org.citynet.web.linkeddata.IriMapping;
import org.citynet.web.pages.EntityView.Quote;
import org.citynet.web.pages.EntityView.Source;

/**
 * The citations at the foot of an entity page: for each numbered named graph, the source document it is
 * derived from (title, publisher, date, language, seed file) as the sources graph describes it, with the
 * words of that document the entity gives as evidence; the ontology graph as the citynet ontology, the
 * sources graph as the sources' metadata, the load graph as the loader's record, and any other graph by
 * its own description. The loader's graphs name their origin too (the ontology, the load), but they are
 * the service's own, not sources a fact was taken from, so they keep their own wording and come last.
 */
final class SourceViews {

    private static final Node DERIVED_FROM = PROV.wasDerivedFrom.asNode();
    private static final Node QUOTED_FROM = PROV.wasQuotedFrom.asNode();
    private static final Node VALUE = PROV.value.asNode();
    private static final Node PUBLISHER = DCTerms.publisher.asNode();
    private static final Node DATE = DCTerms.date.asNode();
    private static final Node LANGUAGE = DCTerms.language.asNode();
    private static final Node DESCRIPTION = DCTerms.description.asNode();

    private final Node seedFile;
    private final Node evidence;
    private final Node sourcesGraph;

    SourceViews(IriMapping iris) {
        this.seedFile = iri(iris.term(CN.seedFile));
        this.evidence = iri(iris.term(CN.evidence));
        this.sourcesGraph = iri(iris.graph("sources"));
    }

    /** True if the graph is derived from a source (a document, the curation), not one of the service's own. */
    boolean hasDocument(Graph all, String graph) {
        Node g = iri(graph);
        return !isOwn(g) && object(all, g, DERIVED_FROM).isPresent();
    }

    List<Source> of(Map<String, Integer> numbers, Node subject, Graph all, EntityViews.Naming naming,
                    PageContext page) {
        List<Source> sources = new ArrayList<>();
        numbers.forEach((graph, number) -> sources.add(source(graph, number, subject, all, naming, page)));
        return sources;
    }

    private boolean isOwn(Node graph) {
        return graph.equals(LoadVocabulary.ONTOLOGY_GRAPH) || graph.equals(LoadVocabulary.LOAD_GRAPH)
                || graph.equals(sourcesGraph);
    }

    private Source source(String graph, int number, Node subject, Graph all, EntityViews.Naming naming,
                          PageContext page) {
        Node g = iri(graph);
        String anchor = "source-" + number;
        if (g.equals(LoadVocabulary.ONTOLOGY_GRAPH)) {
            return new Source(number, anchor, "ontology", graph, new EntityView.Link(page.link("/ontology"),
                    "citynet", "", false), "", null, "", "", "", "", List.of());
        }
        if (g.equals(sourcesGraph)) {
            return new Source(number, anchor, "sources", graph, null, "", null, "", "", "", "", List.of());
        }
        if (g.equals(LoadVocabulary.LOAD_GRAPH)) {
            return new Source(number, anchor, "load", graph, null, "", null, "", "", "", "", List.of());
        }
        Optional<Node> document = object(all, g, DERIVED_FROM);
        if (document.isPresent()) {
            Node d = document.get();
            EntityView.Link title = naming.link(d);
            EntityView.Link publisher = object(all, d, PUBLISHER).map(naming::link).orElse(null);
            return new Source(number, anchor, "document", graph, title, title.lang(), publisher, text(all, d, DATE),
                    object(all, d, LANGUAGE).filter(Node::isURI).map(n -> Labels.lastSegment(n.getURI())).orElse(""),
                    text(all, d, seedFile), "", quotes(subject, d, all, page));
        }
        Optional<Named> note = Named.pick(page.preference(), descriptions(all, g));
        return new Source(number, anchor, "graph", graph, null, note.map(Named::lang).orElse(""), null, "", "",
                "", note.map(Named::text).orElse(""), List.of());
    }

    /** The words of the document the subject gives as evidence, ordered by text. */
    private List<Quote> quotes(Node subject, Node document, Graph all, PageContext page) {
        List<Quote> quotes = new ArrayList<>();
        all.find(subject, evidence, Node.ANY).forEach(t -> {
            Node quote = t.getObject();
            if (quote.isURI() && all.contains(quote, QUOTED_FROM, document)) {
                all.find(quote, VALUE, Node.ANY).nextOptional().map(v -> v.getObject()).filter(Node::isLiteral)
                        .ifPresent(words -> quotes.add(new Quote(quote.getURI(), page.href(quote.getURI()),
                                words.getLiteralLexicalForm(), words.getLiteralLanguage())));
            }
        });
        quotes.sort(Comparator.comparing(Quote::text).thenComparing(Quote::iri));
        return quotes;
    }
    private static Map<String, String> descriptions(Graph all, Node node) {
        Map<String, String> byLanguage = new LinkedHashMap<>();
        all.find(node, DESCRIPTION, Node.ANY).forEach(t -> {
            if (t.getObject().isLiteral()) {
                byLanguage.putIfAbsent(t.getObject().getLiteralLanguage(), t.getObject().getLiteralLexicalForm());
            }
        });
        return byLanguage;
    }

    private static Optional<Node> object(Graph all, Node subject, Node property) {
        return all.find(subject, property, Node.ANY).nextOptional().map(t -> t.getObject());
    }

    private static String text(Graph all, Node subject, Node property) {
        return object(all, subject, property).filter(Node::isLiteral).map(Node::getLiteralLexicalForm).orElse("");
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
