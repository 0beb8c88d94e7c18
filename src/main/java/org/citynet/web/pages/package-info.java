/**
 * Pages for people beyond the linked-data descriptions: the comparison page ({@code /compare}, a plain GET
 * form over {@link org.citynet.web.api.compare.CompareService}), the map of the cities and their links
 * ({@code /map}, Leaflet from its webjar, data from {@code /map/data}) and the SPARQL editor
 * ({@code /sparql/editor}, YASGUI from its webjar, the named queries as examples).
 *
 * <p>The pages use the shared layout of {@code org.citynet.linkeddata} and its {@link
 * org.citynet.web.pages.PageContext} (language, links, sources in the footer). Everything a page loads comes
 * from this application: a Content-Security-Policy on each page lets the browser fetch from nowhere else.
 */
package org.citynet.web.pages;
