package org.citynet.tools.bench;

import java.net.http.HttpRequest;
import java.util.List;

/**
 * One thing the harness measures, in all the ways it is measured: the service's request (uncached: a
 * different variant each time and {@code Cache-Control: no-cache}; repeated: the same request, revalidated
 * with its ETag where the endpoint gives one) and the equivalent SPARQL, sent straight to a raw Fuseki
 * ({@link RawFuseki}) and to Virtuoso. Everything is made before measuring, so the harness does the same little work
 * per request whichever way it measures.
 *
 * @param name     shown in the report; {@code bench.cases} selects cases by it
 * @param kind     {@code named}, {@code compare}, {@code entity-ttl}, {@code entity-html} or {@code sparql}
 * @param uncached the service's request for each variant
 * @param repeated the service's request that the repeated phase sends each time
 * @param sparql   for each variant, the queries that answer it without the service, in the service's order
 * @param note     what the comparison should know (e.g. the service also counts the rows of a page)
 */
record BenchCase(String name, String kind, List<HttpRequest> uncached, HttpRequest repeated,
                 List<List<String>> sparql, String note) {

    BenchCase {
        if (uncached.isEmpty() || uncached.size() != sparql.size()) {
            throw new IllegalArgumentException(name + ": every variant needs a request and its SPARQL");
        }
    }

    int variants() {
        return uncached.size();
    }
}
