package org.citynet.web.api.city;

/** A city in the list of cities. */
public record CitySummary(String id, String iri, String label, CountryView country) {
}
