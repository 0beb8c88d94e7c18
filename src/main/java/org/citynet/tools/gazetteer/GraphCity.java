package org.citynet.tools.gazetteer;

import java.util.List;

/**
 * A city of the knowledge graph as the importer sees it.
 *
 * @param iri         the city's IRI
 * @param slug        the last path segment of its IRI, the key of override lines
 * @param labels      every prefLabel and altLabel text, any language, sorted and without repeats
 * @param countryIri  the country the graph states for it, or null
 * @param countryCode that country's ISO code, or null if there is no country or it has no code
 */
public record GraphCity(String iri, String slug, List<String> labels, String countryIri, String countryCode) {

    public GraphCity {
        labels = List.copyOf(labels);
    }

    /** Whether the graph states a country for this city (with or without a code). */
    public boolean hasCountry() {
        return countryIri != null;
    }

    /** For reports: {@code espoo (labels Esbo, Espoo; country FI)}. */
    public String describe() {
        String country = countryCode != null ? countryCode : hasCountry() ? "<" + countryIri + "> without ISO code"
                : "unknown";
        return slug + " (labels " + String.join(", ", labels) + "; country " + country + ")";
    }
}
