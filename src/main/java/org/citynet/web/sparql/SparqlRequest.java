package org.citynet.web.sparql;

import java.util.List;

import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.citynet.web.system.BadRequestException;
import org.citynet.web.system.InvalidParameterException;
import org.springframework.util.MultiValueMap;

/**
 * One SPARQL 1.1 Protocol query request, whichever way it came: the query text, where it was carried, and
 * the protocol's dataset ({@code default-graph-uri}, {@code named-graph-uri}; both empty means the query's
 * own FROM / FROM NAMED, or the store's union of named graphs). Built from request parameters, which
 * refuses what the protocol does not allow here: no query, several queries, an update, a graph name that
 * is not an IRI with a scheme.
 */
record SparqlRequest(String query, QuerySource source, List<String> defaultGraphUris, List<String> namedGraphUris) {

    static final String QUERY = "query";
    static final String UPDATE = "update";
    static final String DEFAULT_GRAPH_URI = "default-graph-uri";
    static final String NAMED_GRAPH_URI = "named-graph-uri";

    SparqlRequest {
        defaultGraphUris = List.copyOf(defaultGraphUris);
        namedGraphUris = List.copyOf(namedGraphUris);
    }

    /** A query in the {@code query} parameter (GET, or POST of an HTML form). */
    static SparqlRequest fromParameters(MultiValueMap<String, String> parameters, QuerySource source) {
        refuseUpdate(parameters);
        List<String> queries = parameters.getOrDefault(QUERY, List.of());
        if (queries.size() > 1) {
            throw new BadRequestException("Give exactly one query parameter, not " + queries.size() + ".");
        }
        if (queries.isEmpty() || queries.get(0).isBlank()) {
            throw new BadRequestException("Missing query parameter: send the SPARQL query as query=…"
                    + " (GET or form POST) or as an application/sparql-query body.");
        }
        return withGraphs(queries.get(0), source, parameters);
    }

    /** A query sent as an {@code application/sparql-query} body, the dataset in the URL's parameters. */
    static SparqlRequest fromBody(String query, MultiValueMap<String, String> urlParameters) {
        refuseUpdate(urlParameters);
        if (urlParameters.containsKey(QUERY)) {
            throw new BadRequestException("The query came both in the body and as a query parameter; send one.");
        }
        if (query.isBlank()) {
            throw new BadRequestException("The application/sparql-query body is empty; it should hold the query.");
        }
        return withGraphs(query, QuerySource.BODY, urlParameters);
    }

    private static SparqlRequest withGraphs(String query, QuerySource source,
                                            MultiValueMap<String, String> parameters) {
        return new SparqlRequest(query, source, graphs(parameters, DEFAULT_GRAPH_URI),
                graphs(parameters, NAMED_GRAPH_URI));
    }

    private static void refuseUpdate(MultiValueMap<String, String> parameters) {
        if (parameters.containsKey(UPDATE)) {
            throw UpdateNotSupportedException.parameter();
        }
    }

    static List<String> graphs(MultiValueMap<String, String> parameters, String name) {
        List<String> iris = parameters.getOrDefault(name, List.of());
        iris.forEach(iri -> requireAbsoluteIri(name, iri));
        return iris;
    }

    /**
     * A graph name must be a full IRI: one with a scheme, which may have a fragment. RFC 3986's "absolute
     * URI" (Jena's {@code IRIx.isAbsolute}) excludes fragments, but graph names are IRIs like any other, and a
     * SPARQL Update creates {@code <http://example.org/data#g1>} as readily as any: refusing it here left
     * such a graph impossible to name in the protocol's dataset or the Graph Store Protocol.
     */
    static void requireAbsoluteIri(String parameter, String iri) {
        boolean full;
        try {
            full = !IRIx.create(iri).isRelative();
        } catch (IRIException e) {
            full = false;
        }
        if (!full) {
            throw new InvalidParameterException(parameter, "must be an absolute IRI naming a graph (with a scheme,"
                    + " e.g. https://example.org/graph or https://example.org/data#g1), not '" + abbreviate(iri) + "'");
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 100 ? text.substring(0, 100) + "…" : text;
    }
}
