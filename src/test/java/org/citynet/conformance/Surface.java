package org.citynet.conformance;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * One public request the suite sends to every store's service and compares with the embedded store's answer.
 *
 * @param name        the test's name, e.g. {@code api /api/cities/espoo?lang=sv}
 * @param method      GET or POST
 * @param target      path and query string, already encoded
 * @param accept      the Accept header, or null
 * @param contentType the body's type (POST), or null
 * @param body        the body (POST), or null
 * @param kind        how answers are compared
 * @param ordered     whether the order of rows (SPARQL results) or array items (JSON) matters
 */
record Surface(String name, String method, String target, String accept, String contentType, String body, Kind kind,
               boolean ordered) {

    /** How two answers are compared: by meaning, never byte by byte. */
    enum Kind {
        /** Parsed JSON trees, minus {@link Normalisation#IGNORED_JSON_FIELDS}. */
        JSON,
        /** SPARQL results (JSON): rows as a multiset (a list if ordered), terms equal up to blank nodes. */
        RESULTS,
        /** An RDF graph, by isomorphism, minus {@link Normalisation#IGNORED_PREDICATES}. */
        GRAPH,
        /** An RDF dataset (N-Quads, TriG), by isomorphism of each graph. */
        DATASET,
        /** An HTML page: its visible text and link targets. */
        HTML
    }

    static Surface get(String name, String target, String accept, Kind kind, boolean ordered) {
        return new Surface(name, "GET", target, accept, null, null, kind, ordered);
    }

    static Surface post(String name, String target, String accept, String contentType, String body, Kind kind,
                        boolean ordered) {
        return new Surface(name, "POST", target, accept, contentType, body, kind, ordered);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return name;
    }
}
