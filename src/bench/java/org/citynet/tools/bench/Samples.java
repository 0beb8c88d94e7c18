package org.citynet.tools.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;

/**
 * Entities of the loaded store to put into requests, so that uncached requests can differ from each other:
 * for an entity type (the {@code id/{type}/} segment of an IRI), up to {@value #COUNT} instances spread
 * evenly over all of that type's instances in the store's own order. Read once per type, straight from the
 * raw Fuseki ({@link RawFuseki}), before anything is measured.
 */
final class Samples {

    static final int COUNT = 16;
    static final String BASE = "https://w3id.org/citynet/";
    private static final String PREFIXES = """
            PREFIX cn: <https://w3id.org/citynet/ontology#>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX schema: <http://schema.org/>
            """;
    /** The class of each type the generator makes; other types are sampled by the class of a known IRI. */
    private static final Map<String, String> PATTERNS = Map.of(
            "city", "?s a cn:City",
            "member-city", "?s a cn:City . FILTER EXISTS { ?m org:member ?s }",
            "network", "?s a cn:CityNetwork",
            "working-group", "?s a cn:WorkingGroup",
            "country", "?s a schema:Country",
            "agreement", "?s a cn:TwinningAgreement");

    private final String endpoint;
    private final Map<String, List<String>> known = new ConcurrentHashMap<>();

    Samples(String fusekiSparql) {
        this.endpoint = fusekiSparql;
    }

    /** Instances of the type; for a type not in the generator, instances of the class {@code example} has. */
    List<String> of(String type, String example) {
        return known.computeIfAbsent(type, t -> read(pattern(t, example)));
    }

    List<String> of(String type) {
        return of(type, null);
    }

    /** The type segment of an entity IRI, e.g. {@code city} for {@code …/id/city/espoo}. */
    static Optional<String> typeOf(String iri) {
        if (!iri.startsWith(BASE + "id/")) {
            return Optional.empty();
        }
        String rest = iri.substring((BASE + "id/").length());
        int slash = rest.indexOf('/');
        return slash > 0 ? Optional.of(rest.substring(0, slash)) : Optional.empty();
    }

    private String pattern(String type, String example) {
        String pattern = PATTERNS.get(type);
        if (pattern != null || example == null) {
            return pattern;
        }
        List<String> classes = select("SELECT ?c WHERE { <" + example + "> a ?c } LIMIT 1", "c");
        return classes.isEmpty() ? null : "?s a <" + classes.get(0) + ">";
    }

    private List<String> read(String pattern) {
        if (pattern == null) {
            return List.of();
        }
        List<String> counted = select(PREFIXES + "SELECT (COUNT(?s) AS ?n) WHERE { " + pattern + " }", "n");
        long total = counted.isEmpty() ? 0 : Long.parseLong(counted.get(0));
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < Math.min(COUNT, total); i++) {
            long offset = total * i / Math.min(COUNT, total);
            picked.addAll(select(PREFIXES + "SELECT ?s WHERE { " + pattern + " } OFFSET " + offset + " LIMIT 1", "s"));
        }
        return List.copyOf(picked);
    }

    private List<String> select(String query, String variable) {
        List<String> values = new ArrayList<>();
        try (QueryExecutionHTTP execution = QueryExecutionHTTP.service(endpoint).query(query).build()) {
            execution.execSelect().forEachRemaining((QuerySolution row) -> {
                var node = row.get(variable);
                values.add(node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString());
            });
        }
        return values;
    }
}
