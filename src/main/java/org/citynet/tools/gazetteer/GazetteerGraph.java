package org.citynet.tools.gazetteer;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything the gazetteer graph states, decided and sorted, ready to be written.
 *
 * @param info      the package read
 * @param date      the import date recorded in the graph
 * @param cities    the placed cities, sorted by slug
 * @param countries countries the graph did not have, sorted by code
 */
record GazetteerGraph(PackageInfo info, LocalDate date, List<PlacedCity> cities, List<NewCountry> countries) {

    GazetteerGraph {
        cities = List.copyOf(cities);
        countries = List.copyOf(countries);
    }

    /**
     * A city with its point.
     *
     * @param city       the city
     * @param entry      its gazetteer entry
     * @param divisions  names of the entry's divisions, for the description ("" if unknown)
     * @param countryIri the country to state, or null where the graph already states one
     * @param override   the override line that chose the entry, or null
     */
    record PlacedCity(GraphCity city, GazetteerEntry entry, String divisions, String countryIri,
            OverrideLine override) {
    }

    /**
     * A country the graph lacks.
     *
     * @param iri    its IRI
     * @param code   ISO 3166-1 alpha-2
     * @param labels language tag → name, or empty where the graph already has labels for this IRI
     */
    record NewCountry(String iri, String code, Map<String, String> labels) {
    }
}
