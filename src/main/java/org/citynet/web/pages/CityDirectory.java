package org.citynet.web.pages;

import java.util.List;
import java.util.Map;

import org.citynet.web.api.Iris;
import org.citynet.web.api.compare.KnownCities;
import org.springframework.stereotype.Component;

/**
 * The cities of the knowledge graph, for the comparison page's choices: id and names by language. Taken
 * from the comparison's {@link KnownCities}, which answers from its index in memory while that
 * describes the current data (so a page at 100,000 cities reads nothing from the store) and from the store
 * while the index is rebuilt; a reload shows at once either way. Thread-safe.
 */
@Component
class CityDirectory {

    /**
     * @param id    the slug of the city's IRI ({@code espoo}); null for an IRI outside {@code …/id/city/}
     * @param names the city's labels by language tag
     */
    record City(String iri, String id, Map<String, String> names) {
    }

    private final KnownCities source;
    private final Iris iris;

    CityDirectory(KnownCities source, Iris iris) {
        this.source = source;
        this.iris = iris;
    }

    /** Every city, in IRI order. */
    List<City> cities() {
        return source.cities().stream()
                .map(term -> new City(term.iri(), iris.slug(term.iri(), "city").orElse(null), term.labels()))
                .toList();
    }
}
