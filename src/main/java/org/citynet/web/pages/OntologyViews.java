package org.citynet.web.pages;

import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.citynet.web.linkeddata.IriMapping;
import org.citynet.web.pages.EntityView.Alternate;
import org.citynet.web.pages.EntityView.Link;
import org.citynet.web.pages.OntologyView.Term;
import org.citynet.web.system.Formats;

/**
 * Builds the {@link OntologyView} from the ontology graph for one reader. Made per request.
 */
public final class OntologyViews {

    private static final Node DEFINITION = SKOS.definition.asNode();
    private static final Node TITLE = DCTerms.title.asNode();
    private static final Node DESCRIPTION = DCTerms.description.asNode();
    private static final Node LICENSE = DCTerms.license.asNode();
    private static final List<Node> KINDS = List.of(OWL.SymmetricProperty.asNode(), OWL.TransitiveProperty.asNode(),
            OWL.FunctionalProperty.asNode(), OWL.InverseFunctionalProperty.asNode());

    private final IriMapping iris;
    private final TermLabels labels;
    private final Graph graph;

    public OntologyViews(IriMapping iris, TermLabels labels, Graph graph) {
        this.iris = iris;
        this.labels = labels;
        this.graph = graph;
    }

    public OntologyView build(PageContext page) {
        Collator collator = Collator.getInstance(Locale.forLanguageTag(page.language()));
        Node ontology = NodeFactory.createURI(iris.ontology());
        String namespace = iris.ontologyNamespace();
        List<Term> classes = terms(OWL.Class.asNode(), page, collator);
        List<Link> reused = graph.find(Node.ANY, RDF.type.asNode(), Node.ANY)
                .filterKeep(t -> t.getSubject().isURI() && !t.getSubject().getURI().startsWith(namespace)
                        && !t.getSubject().equals(ontology) && !t.getSubject().getURI().startsWith(iris.id(""))
                        && isTermType(t.getObject()))
                .mapWith(t -> t.getSubject()).toSet().stream().map(n -> link(n, page))
                .sorted(Comparator.comparing(Link::text, collator)).toList();
        List<Link> schemes = graph.find(Node.ANY, RDF.type.asNode(), SKOS.ConceptScheme.asNode())
                .mapWith(t -> link(t.getSubject(), page)).toList().stream()
                .sorted(Comparator.comparing(Link::text, collator)).toList();
        return new OntologyView(iris.ontology(), namespace, text(ontology, TITLE, page).text(),
                text(ontology, DESCRIPTION, page).text(), literal(ontology, OWL.versionInfo.asNode()),
                object(ontology, OWL.versionIRI.asNode()), object(ontology, LICENSE), classes,
                terms(OWL.ObjectProperty.asNode(), page, collator), terms(OWL.DatatypeProperty.asNode(), page, collator),
                reused, schemes, alternates(page));
    }

    private List<Term> terms(Node type, PageContext page, Collator collator) {
        String namespace = iris.ontologyNamespace();
        return graph.find(Node.ANY, RDF.type.asNode(), type).mapWith(t -> t.getSubject())
                .filterKeep(n -> n.isURI() && n.getURI().startsWith(namespace)).toSet().stream()
                .map(n -> term(n, page)).sorted(Comparator.comparing(Term::label, collator)).toList();
    }

    private Term term(Node term, PageContext page) {
        String iri = term.getURI();
        String anchor = iri.substring(iris.ontologyNamespace().length());
        Named label = Named.pick(page.preference(), labels.of(iri)).orElse(new Named(anchor, ""));
        Named definition = text(term, DEFINITION, page);
        boolean isClass = graph.contains(term, RDF.type.asNode(), OWL.Class.asNode());
        Node superProperty = isClass ? RDFS.subClassOf.asNode() : RDFS.subPropertyOf.asNode();
        return new Term(anchor, iri, "cn:" + anchor, label.text(), label.lang(), definition.text(), definition.lang(),
                links(graph.find(term, superProperty, Node.ANY).mapWith(t -> t.getObject()).toList(), page),
                links(graph.find(Node.ANY, superProperty, term).mapWith(t -> t.getSubject()).toList(), page),
                links(graph.find(term, RDFS.domain.asNode(), Node.ANY).mapWith(t -> t.getObject()).toList(), page),
                links(graph.find(term, RDFS.range.asNode(), Node.ANY).mapWith(t -> t.getObject()).toList(), page),
                links(KINDS.stream().filter(k -> graph.contains(term, RDF.type.asNode(), k)).toList(), page));
    }

    private List<Link> links(List<Node> nodes, PageContext page) {
        return nodes.stream().filter(Node::isURI).map(n -> link(n, page)).toList();
    }

    private Link link(Node node, PageContext page) {
        String iri = node.getURI();
        Named name = Named.pick(page.preference(), labels.of(iri))
                .or(() -> Named.pick(page.preference(), Labels.in(graph, node)))
                .orElse(new Named(Labels.lastSegment(iri), ""));
        return new Link(page.href(iri), name.text(), name.lang(), page.external(iri));
    }

    private Named text(Node subject, Node property, PageContext page) {
        Map<String, String> byLanguage = new LinkedHashMap<>();
        graph.find(subject, property, Node.ANY).forEach(t -> {
            if (t.getObject().isLiteral()) {
                byLanguage.putIfAbsent(t.getObject().getLiteralLanguage(), t.getObject().getLiteralLexicalForm());
            }
        });
        return Named.pick(page.preference(), byLanguage).orElse(new Named("", ""));
    }

    private String literal(Node subject, Node property) {
        return graph.find(subject, property, Node.ANY).mapWith(t -> t.getObject()).filterKeep(Node::isLiteral)
                .nextOptional().map(Node::getLiteralLexicalForm).orElse("");
    }

    private String object(Node subject, Node property) {
        return graph.find(subject, property, Node.ANY).mapWith(t -> t.getObject()).filterKeep(Node::isURI)
                .nextOptional().map(Node::getURI).orElse("");
    }

    private static boolean isTermType(Node type) {
        return type.equals(OWL.Class.asNode()) || type.equals(OWL.ObjectProperty.asNode())
                || type.equals(OWL.DatatypeProperty.asNode()) || type.equals(OWL.AnnotationProperty.asNode());
    }

    private static List<Alternate> alternates(PageContext page) {
        return Formats.DOCUMENT.stream().filter(f -> !f.isHtml())
                .map(f -> new Alternate(page.contextPath() + "/ontology." + f.extension(), f.mediaType().toString(),
                        f.title()))
                .toList();
    }
}
