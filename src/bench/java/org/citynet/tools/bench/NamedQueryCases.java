package org.citynet.tools.bench;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.citynet.web.api.PageRequest;
import org.citynet.web.api.queries.NamedQuery;
import org.citynet.web.api.queries.NamedQueryCatalog;
import org.citynet.web.api.queries.ParameterType;
import org.citynet.web.api.queries.QueryForms;
import org.citynet.web.api.queries.QueryParameter;

/**
 * A case for every named query: {@code GET /api/queries/{name}} (friendly JSON, the API's default) with
 * parameter values varied per request, and straight to a store the query the service runs for it: its
 * first page ({@link QueryForms#page}) or its capped whole ({@link QueryForms#capped}), the parameters bound
 * by the service's own {@link NamedQuery#bind} and substitution. A paginated query also gets a count in the
 * service (for {@code X-Total-Count}), which the direct request does not ask for.
 */
final class NamedQueryCases {

    /** The service's {@code citynet.sparql.max-rows} default: a whole answer is asked with one row more. */
    private static final int MAX_ROWS = 10_000;
    /** Parts of names for text parameters, common in the real and the generated labels. */
    private static final List<String> TEXTS = List.of("esbo", "hel", "an", "ka", "ra", "in", "ne", "la");
    private static final List<String> LANGUAGES = List.of("en", "fi", "sv");

    private final String service;
    private final Samples samples;
    private final NamedQueryCatalog catalog;

    NamedQueryCases(String service, Samples samples, NamedQueryCatalog catalog) {
        this.service = service;
        this.samples = samples;
        this.catalog = catalog;
    }

    List<BenchCase> all() {
        return catalog.all().stream().map(this::of).toList();
    }

    private BenchCase of(NamedQuery query) {
        List<Map<String, String>> variants = variants(query);
        Query form = query.paginated()
                ? QueryForms.page(query.query(), PageRequest.of(null, null, query.pageSize(), query.pageSize()))
                : QueryForms.capped(query.query(), MAX_ROWS);
        List<HttpRequest> uncached = new ArrayList<>();
        List<List<String>> sparql = new ArrayList<>();
        for (Map<String, String> values : variants) {
            uncached.add(request(query, values).header("Cache-Control", "no-cache").build());
            Map<String, Node> bound = query.bind(values);
            sparql.add(List.of(Sparql.bind(form, bound)));
        }
        String note = (query.paginated() ? "paginated: the service also counts all rows; " : "")
                + variants.size() + " variant(s)";
        return new BenchCase("q:" + query.name(), "named", uncached, request(query, variants.get(0)).build(), sparql,
                note);
    }

    private HttpRequest.Builder request(NamedQuery query, Map<String, String> values) {
        String parameters = Workload.queryString(values);
        return LoadDriver.request(service + "/api/queries/" + query.name() + (parameters.isEmpty() ? "" : "?" + parameters))
                .header("Accept", "application/json").GET();
    }

    /**
     * Different parameter values per variant: entities of the parameter's type from the store, parts of
     * names for text, the three languages for a query whose only parameter is a language; else the
     * defaults (one variant).
     */
    private List<Map<String, String>> variants(NamedQuery query) {
        int count = 1;
        List<QueryParameter> parameters = query.parameters();
        for (QueryParameter p : parameters) {
            count = Math.max(count, choices(p).size());
        }
        boolean onlyLanguage = parameters.stream().allMatch(p -> p.type() == ParameterType.LANGUAGE);
        if (onlyLanguage && !parameters.isEmpty()) {
            count = LANGUAGES.size();
        }
        int variants = count;
        return IntStream.range(0, variants).mapToObj(i -> values(parameters, i, onlyLanguage)).toList();
    }

    private Map<String, String> values(List<QueryParameter> parameters, int variant, boolean onlyLanguage) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int k = 0; k < parameters.size(); k++) {
            QueryParameter p = parameters.get(k);
            List<String> choices = onlyLanguage ? LANGUAGES : choices(p);
            if (!choices.isEmpty()) {
                // Offset by the parameter's position, so that two city parameters get two different cities.
                values.put(p.name(), choices.get((variant + k) % choices.size()));
            }
        }
        return values;
    }

    private List<String> choices(QueryParameter p) {
        if (p.type() == ParameterType.IRI && p.defaultValue() != null) {
            return Samples.typeOf(p.defaultValue()).map(type -> samples.of(type, p.defaultValue())).orElse(List.of());
        }
        if (p.type() == ParameterType.STRING) {
            return TEXTS;
        }
        return List.of();
    }
}
