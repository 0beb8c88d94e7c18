package org.citynet.web.api.city;

/** The country of a city: short id, IRI, label in the language asked for, ISO 3166-1 code if known. */
public record CountryView(String id, String iri, String label, String isoCode) {
}
