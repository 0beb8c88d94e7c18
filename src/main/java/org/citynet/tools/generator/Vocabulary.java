package org.citynet.tools.generator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The real SKOS vocabularies the generated data points into, read from {@code ontology/vocabularies.ttl}
 * so that generated themes, roles and kinds are exactly the ones the shapes and the service know. Concepts
 * are listed in IRI order, which makes the generator's choices independent of the file's layout.
 *
 * @param themes           the cooperation themes
 * @param networkKinds     the kinds of city network
 * @param partnershipKinds the kinds of partnership
 * @param member           role {@code member}
 * @param activeMember     role {@code active-member}
 * @param forerunner       role {@code forerunner-city}
 * @param lead             role {@code lead}
 */
record Vocabulary(List<Concept> themes, List<Concept> networkKinds, List<Concept> partnershipKinds,
        Node member, Node activeMember, Node forerunner, Node lead) {

    private static final String ID = Ids.BASE + "id/";

    /** @throws IllegalStateException if the file is missing or lacks a scheme or role the generator uses */
    static Vocabulary read(Path root) {
        Path file = root.resolve("ontology").resolve("vocabularies.ttl");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("No vocabularies at " + file + "; --root must be the project folder");
        }
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(file).parse(graph);
        return new Vocabulary(scheme(graph, "theme"), scheme(graph, "network-kind"),
                scheme(graph, "partnership-kind"), role(graph, "member"), role(graph, "active-member"),
                role(graph, "forerunner-city"), role(graph, "lead"));
    }

    private static List<Concept> scheme(Graph graph, String scheme) {
        List<Concept> concepts = Iter.asStream(graph.find(Node.ANY, Terms.IN_SCHEME, Terms.iri(ID + scheme)))
                .map(Triple::getSubject)
                .sorted(Comparator.comparing(Node::getURI))
                .map(concept -> new Concept(concept, label(graph, concept, "fi"), label(graph, concept, "sv"),
                        label(graph, concept, "en")))
                .toList();
        if (concepts.isEmpty()) {
            throw new IllegalStateException("The vocabularies have no concept in scheme " + scheme);
        }
        return concepts;
    }

    private static Node role(Graph graph, String slug) {
        Node role = Terms.iri(ID + "role/" + slug);
        if (!graph.contains(role, Terms.IN_SCHEME, Terms.iri(ID + "role"))) {
            throw new IllegalStateException("The vocabularies lack role " + role.getURI());
        }
        return role;
    }

    private static String label(Graph graph, Node concept, String language) {
        return Iter.asStream(graph.find(concept, Terms.PREF_LABEL, Node.ANY))
                .map(Triple::getObject)
                .filter(label -> label.isLiteral() && language.equals(label.getLiteralLanguage()))
                .map(Node::getLiteralLexicalForm)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(concept.getURI() + " has no @" + language + " label"));
    }
}
