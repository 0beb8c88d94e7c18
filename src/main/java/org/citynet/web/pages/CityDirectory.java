package org.citynet.web.pages;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.citynet.web.api.Iris;
import org.citynet.web.api.compare.KnownCities;
import org.citynet.web.api.compare.Term;
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
        return source.cities().stream().map(this::city).toList();
    }

    /** How many cities have an id (an IRI under {@code …/id/city/}), without reading their labels. */
    int count() {
        return (int) source.cityIris().stream().filter(iri -> iris.slug(iri, "city").isPresent()).count();
    }

    /** The cities with these ids that the data has, in IRI order; an id of no city is left out. */
    List<City> withIds(Collection<String> ids) {
        return source.cities(ids.stream().map(id -> iris.base() + "id/city/" + id).toList()).stream()
                .map(this::city).filter(city -> city.id() != null).toList();
    }

    private City city(Term term) {
        return new City(term.iri(), iris.slug(term.iri(), "city").orElse(null), term.labels());
    }
}
