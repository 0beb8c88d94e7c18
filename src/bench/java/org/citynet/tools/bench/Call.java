package org.citynet.tools.bench;

import java.net.http.HttpRequest;
import java.util.List;

/**
 * What one measured operation sends: for the i-th operation, the HTTP requests that together answer it,
 * one after another (the service answers an entity page with one request; the same description straight
 * from Fuseki takes the four queries the service runs), cycling through the variants.
 *
 * @param variants    per variant, its requests
 * @param conditional whether to send {@code If-None-Match} with the ETag last seen (repeated mode)
 */
record Call(List<List<HttpRequest>> variants, boolean conditional) {

    List<HttpRequest> requests(int i) {
        return variants.get(Math.floorMod(i, variants.size()));
    }
}
