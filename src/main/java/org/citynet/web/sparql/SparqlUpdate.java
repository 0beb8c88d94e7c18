package org.citynet.web.sparql;

import java.util.List;

/**
 * One SPARQL 1.1 Protocol update request as it came: the update text and the protocol's dataset for its
 * WHERE clauses ({@code using-graph-uri}, {@code using-named-graph-uri}; absolute IRIs, checked by the
 * caller).
 */
public record SparqlUpdate(String text, List<String> usingGraphs, List<String> usingNamedGraphs) {

    public SparqlUpdate {
        usingGraphs = List.copyOf(usingGraphs);
        usingNamedGraphs = List.copyOf(usingNamedGraphs);
    }
}
