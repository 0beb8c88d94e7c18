package org.citynet.web.pages;

import java.util.List;

/**
 * What the map shows, as JSON for its script ({@code GET /map/data}) and as lists in the page itself:
 * names in the reader's language, {@code href}s pointing to this site's pages. Immutable.
 *
 * @param cities             the cities with coordinates, by name: one marker each
 * @param links              links between two of those cities: one line each
 * @param withoutCoordinates cities the data gives no coordinates for (not on the map)
 * @param credits            attributions the coordinates' licences ask for, as the data states them
 */
record MapData(List<City> cities, List<Link> links, List<Ref> withoutCoordinates, List<PageContext.Attribution> credits) {

    /** A city on the map; {@code id} is its slug, which links name. */
    record City(String id, String iri, String href, String label, String lang, double lat, double lon) {
    }

    /**
     * A line between two cities.
     *
     * @param kind {@code twinning}, {@code agreement} or {@code partnership}
     * @param from the id of the first city
     * @param to   the id of the second
     * @param via  the agreements or partnerships that state the link; empty for twin cities the data links
     *             directly
     */
    record Link(String kind, String from, String to, String fromLabel, String toLabel, List<Ref> via) {
    }

    /** A resource with a page: where it is, its name, the name's language ("" if unknown). */
    record Ref(String iri, String href, String label, String lang) {
    }
}
