package org.citynet.tools.bench;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.jena.query.Query;
import org.citynet.web.api.queries.NamedQueryCatalog;

/**
 * The cases of one size: every named query of {@code queries/}, the comparison API, an entity page in
 * Turtle and in HTML, and {@code /sparql}; each with the SPARQL that answers it straight from a store.
 * Entities come from {@link Samples} of the loaded store, so the same cases work on the real and on
 * generated data.
 */
final class Workload {

    private static final String RESULTS_JSON = "application/sparql-results+json";
    private final String service;
    private final Samples samples;
    private final NamedQueryCases named;

    Workload(String serviceBase, Samples samples, java.nio.file.Path root) {
        this.service = serviceBase;
        this.samples = samples;
        this.named = new NamedQueryCases(serviceBase, samples, NamedQueryCatalog.load(root.resolve("queries")));
    }

    List<BenchCase> cases(Pattern selected) {
        List<BenchCase> cases = new ArrayList<>(named.all());
        cases.add(compare());
        cases.add(entity("entity-ttl", "text/turtle"));
        cases.add(entity("entity-html", "text/html"));
        cases.add(sparqlEndpoint());
        return cases.stream().filter(c -> selected.matcher(c.name()).matches()).toList();
    }

    private BenchCase compare() {
        List<String> cities = samples.of("member-city");
        Query query = Sparql.resource("/bench/compare-one-query.rq");
        int n = cities.size();
        return build("compare", "compare", n, i -> get("/api/compare?cities=" + slug(cities.get(i)) + ","
                        + slug(cities.get((i + 1) % n)), "application/json"),
                i -> List.of(Sparql.bindIris(query, Map.of("cityA", cities.get(i), "cityB", cities.get((i + 1) % n)))),
                "service: 5 SELECTs (cities, memberships, agreements, labels, sources) and set algebra in Java;"
                        + " direct: memberships of both cities, shared and own, as one SELECT");
    }

    private BenchCase entity(String name, String accept) {
        List<String> cities = samples.of("city");
        List<Query> describe = List.of(linkedData("exists"), linkedData("statements"), linkedData("neighbours"),
                linkedData("sources"));
        return build(name, name, cities.size(), i -> get(path(cities.get(i)), accept),
                i -> describe.stream().map(q -> Sparql.bindIris(q, Map.of("this", cities.get(i)))).toList(),
                "direct: the 4 queries the linked-data code runs (ASK exists, statements, neighbours, sources),"
                        + " one after another");
    }

    private BenchCase sparqlEndpoint() {
        List<String> cities = samples.of("city");
        Query query = Sparql.resource("/bench/sparql-endpoint.rq");
        List<String> texts = cities.stream().map(c -> Sparql.bindIris(query, Map.of("city", c))).toList();
        return build("sparql", "sparql", texts.size(), i -> sparqlPost(service + "/sparql", texts.get(i)),
                i -> List.of(texts.get(i)), "the same query text to all three");
    }

    static Query linkedData(String name) {
        return Sparql.resource("/sparql/linkeddata/" + name + ".rq");
    }

    private BenchCase build(String name, String kind, int variants, IntFunction<HttpRequest.Builder> request,
                            IntFunction<List<String>> sparql, String note) {
        if (variants == 0) {
            throw new IllegalStateException(name + ": the store has no entities to ask about");
        }
        List<HttpRequest> uncached = IntStream.range(0, variants)
                .mapToObj(i -> request.apply(i).header("Cache-Control", "no-cache").build()).toList();
        return new BenchCase(name, kind, uncached, request.apply(0).build(),
                IntStream.range(0, variants).mapToObj(sparql).toList(), note);
    }

    private HttpRequest.Builder get(String path, String accept) {
        return LoadDriver.request(service + path).header("Accept", accept).GET();
    }

    /** A SPARQL 1.1 Protocol query by form POST: what Fuseki, Virtuoso and the service's /sparql all take. */
    static HttpRequest.Builder sparqlPost(String endpoint, String query) {
        return LoadDriver.request(endpoint).header("Accept", RESULTS_JSON)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + encode(query)));
    }

    static String path(String iri) {
        return "/" + iri.substring(Samples.BASE.length());
    }

    static String slug(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String queryString(Map<String, String> values) {
        return values.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }
}
