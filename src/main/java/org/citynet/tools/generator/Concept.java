package org.citynet.tools.generator;

import org.apache.jena.graph.Node;

/**
 * A SKOS concept of the real vocabularies, with its labels in the three languages every concept has.
 *
 * @param iri the concept
 * @param fi  Finnish label
 * @param sv  Swedish label
 * @param en  English label
 */
record Concept(Node iri, String fi, String sv, String en) {

    String label(String language) {
        return switch (language) {
            case "fi" -> fi;
            case "sv" -> sv;
            default -> en;
        };
    }
}
