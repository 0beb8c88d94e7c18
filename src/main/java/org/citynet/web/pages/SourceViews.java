package org.citynet.web.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.citynet.kernel.rdf.LoadVocabulary;
import org.citynet.web.linkeddata.IriMapping;
import org.citynet.web.pages.EntityView.Source;

/**
 * The citations at the foot of an entity page: for each numbered named graph, the source document it is
 * derived from (title, publisher, date, language, seed file) as the sources graph describes it; the
 * ontology graph as the citynet ontology, the sources graph as the sources' metadata, and any other
 * graph (the curated one) by its own description.
 */
final class SourceViews {

    private static final Node DERIVED_FROM = iri("http://www.w3.org/ns/prov#wasDerivedFrom");
    private static final Node PUBLISHER = iri("http://purl.org/dc/terms/publisher");
    private static final Node DATE = iri("http://purl.org/dc/terms/date");
    private static final Node LANGUAGE = iri("http://purl.org/dc/terms/language");
    private static final Node DESCRIPTION = iri("http://purl.org/dc/terms/description");

    private final Node seedFile;
    private final Node sourcesGraph;

    SourceViews(IriMapping iris) {
        this.seedFile = iri(iris.ontologyNamespace() + "seedFile");
        this.sourcesGraph = iri(iris.graph("sources"));
    }

    /** True if the graph is derived from a source document. */
    boolean hasDocument(Graph all, String graph) {
        return object(all, iri(graph), DERIVED_FROM).isPresent();
    }

    List<Source> of(Map<String, Integer> numbers, Graph all, EntityViews.Naming naming, PageContext page) {
        List<Source> sources = new ArrayList<>();
        numbers.forEach((graph, number) -> sources.add(source(graph, number, all, naming, page)));
        return sources;
    }

    private Source source(String graph, int number, Graph all, EntityViews.Naming naming, PageContext page) {
        Node g = iri(graph);
        String anchor = "source-" + number;
        Optional<Node> document = object(all, g, DERIVED_FROM);
        if (document.isPresent()) {
            Node d = document.get();
            EntityView.Link title = naming.link(d);
            EntityView.Link publisher = object(all, d, PUBLISHER).map(naming::link).orElse(null);
            return new Source(number, anchor, "document", graph, title, title.lang(), publisher, text(all, d, DATE),
                    object(all, d, LANGUAGE).filter(Node::isURI).map(n -> Labels.lastSegment(n.getURI())).orElse(""),
                    text(all, d, seedFile), "");
        }
        if (g.equals(LoadVocabulary.ONTOLOGY_GRAPH)) {
            return new Source(number, anchor, "ontology", graph, new EntityView.Link(page.link("/ontology"),
                    "citynet", "", false), "", null, "", "", "", "");
        }
        if (g.equals(sourcesGraph)) {
            return new Source(number, anchor, "sources", graph, null, "", null, "", "", "", "");
        }
        Optional<Labels.Named> note = Labels.pick(page.preference(), descriptions(all, g));
        return new Source(number, anchor, "graph", graph, null, note.map(Labels.Named::lang).orElse(""), null, "", "",
                "", note.map(Labels.Named::text).orElse(""));
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
