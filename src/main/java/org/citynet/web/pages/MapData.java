package org.citynet.web.pages;

import java.util.List;

/**
 * What the map shows of one view, as JSON for its script ({@code GET /map/data}): names in the reader's
 * language, {@code href}s pointing to this site's pages. However large the data, an answer holds at most
 * {@link MapGrid#MAX_MARKERS} markers (more cities in view are grouped square by square into clusters) and
 * {@link MapGrid#MAX_LINKS} lines. Immutable.
 *
 * @param located            cities with coordinates in the whole map
 * @param inView             of those, the ones inside the view asked for
 * @param complete           true when this answer holds every placed city as a marker and every link: the
 *                           page then never needs to ask again when the reader pans or zooms
 * @param cities             cities shown one by one: one marker each
 * @param clusters           groups of nearby cities: one marker with their number each
 * @param links              links of the cities shown one by one: one line each
 * @param linksOmitted       links of those cities left out beyond {@link MapGrid#MAX_LINKS}
 * @param withoutCoordinates cities the data gives no coordinates for (not on the map), the first
 *                           {@link MapDataReader#LIST_LIMIT} by name
 * @param unlocated          how many cities the data gives no coordinates for
 * @param credits            attributions the coordinates' licences ask for, as the data states them
 */
record MapData(int located, int inView, boolean complete, List<City> cities, List<MapGrid.Cluster> clusters,
               List<Link> links, int linksOmitted, List<Ref> withoutCoordinates, int unlocated,
               List<PageContext.Attribution> credits) {

    /** A city on the map; {@code id} is its slug. */
    record City(String id, String iri, String href, String label, String lang, double lat, double lon) {
    }

    /**
     * A line between two cities, with both ends' points (one end may lie outside the view). What states it
     * is asked for when the reader opens it ({@code GET /map/link}).
     *
     * @param kind {@code twinning}, {@code agreement} or {@code partnership}
     * @param from the id of the first city (the one with the smaller IRI): its slug, or its IRI if it has none
     * @param to   the id of the second
     */
    record Link(String kind, String from, String to, String fromLabel, String toLabel, double fromLat,
                double fromLon, double toLat, double toLon) {
    }

    /**
     * A link as the page's table and {@code GET /map/link} give it: the two cities, the kind, and what
     * states it.
     *
     * @param via the agreements or partnerships that state the link, in IRI order; empty for twin cities the
     *            data links directly
     */
    record Statement(String kind, String from, String to, String fromLabel, String toLabel, List<Ref> via) {
    }

    /** A resource with a page: where it is, its name, the name's language ("" if unknown). */
    record Ref(String iri, String href, String label, String lang) {
    }
}
