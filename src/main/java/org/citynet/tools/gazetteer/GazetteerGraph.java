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
     * A city with its point, its GeoNames feature and, where the entry is the city itself, its population.
     *
     * @param city       the city
     * @param entry      its gazetteer entry
     * @param countryIri the country to state, or null where the graph already states one
     * @param override   the override line that chose the entry, or null
     */
    record PlacedCity(GraphCity city, GazetteerEntry entry, String countryIri, OverrideLine override) {

        /**
         * Whether the entry's population is the city's: the package gives one and the entry has one of the
         * city's names. An entry of another name stands for the city (Sauðárkrókur, the seat, for the
         * municipality Skagafjörður): its point may place the city, its population is not the city's.
         */
        boolean populationIsTheCitys() {
            return entry.hasPopulation() && city.labels().stream()
                    .anyMatch(label -> Names.folded(label).equals(Names.folded(entry.name())));
        }
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
