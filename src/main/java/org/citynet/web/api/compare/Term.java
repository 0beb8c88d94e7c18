package org.citynet.web.api.compare;

import java.util.Map;

/**
 * An IRI with its labels by language tag ("" for an untagged label): organisations, roles, cities and
 * agreement classes. Labels are kept in every language so that the reader's choice is made when the answer
 * is written, not when the data is read (a cache of these records serves every language). Immutable.
 */
public record Term(String iri, Map<String, String> labels) {

    public Term {
        labels = Map.copyOf(labels);
    }

    public static Term unlabelled(String iri) {
        return new Term(iri, Map.of());
    }
}
