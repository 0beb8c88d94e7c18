package org.citynet.web.pages;

import java.util.List;

/**
 * The lists of the map page, for readers without the map (no JavaScript, a screen reader): the cities by
 * name (up to {@link MapDataReader#LIST_LIMIT}) and the links (up to {@link MapDataReader#LINK_LIST_LIMIT}),
 * with the number of all, so that the page stays small at any size of the data. Immutable.
 *
 * @param located            cities with coordinates
 * @param cities             the first of them by name
 * @param linkCount          links between two of them
 * @param links              the first links, by kind and then the cities' IRIs
 * @param unlocated          cities without coordinates
 * @param withoutCoordinates the first of them by name
 * @param credits            attributions the coordinates' licences ask for
 */
record MapPage(int located, List<MapData.Ref> cities, int linkCount, List<MapData.Statement> links, int unlocated,
               List<MapData.Ref> withoutCoordinates, List<PageContext.Attribution> credits) {

    public boolean citiesCut() {
        return cities.size() < located;
    }

    public boolean linksCut() {
        return links.size() < linkCount;
    }

    public boolean unlocatedCut() {
        return withoutCoordinates.size() < unlocated;
    }
}
