package org.citynet.conformance;

import static org.citynet.conformance.Surface.encode;
import static org.citynet.conformance.Surface.get;
import static org.citynet.conformance.Surface.post;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.citynet.conformance.Surface.Kind;

/**
 * The public surfaces the suite compares: every REST API route (with {@code ?lang=}), every named query
 * (as listed by the reference service's {@code /api/queries}), the comparison, entity documents in four
 * formats, the catalogue, VoID, the service description, map data, pages, and a set of {@code /sparql}
 * requests (SELECT, ASK, CONSTRUCT, DESCRIBE; FROM / FROM NAMED; relative IRIs with and without BASE;
 * {@code default-graph-uri} / {@code named-graph-uri}; GET, form POST and {@code application/sparql-query}
 * POST). Ids of agreements and themes come from the reference service's lists, so the list follows the data.
 */
final class Surfaces {

    static final String CITYNET = "https://w3id.org/citynet/";
    static final String ESPOO = CITYNET + "id/city/espoo";

    private static final String RESULTS = "application/sparql-results+json";
    private static final String PREFIXES = """
            PREFIX cn:   <https://w3id.org/citynet/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;

    private Surfaces() {
    }

    /**
     * @param namedQueries  the names in {@code /api/queries}
     * @param agreementIds  a few ids from {@code /api/agreements}
     * @param themeIds      a few ids from {@code /api/themes}
     * @param root          the project root (for the named queries' text: ordered or not)
     */
    static List<Surface> all(List<String> namedQueries, List<String> agreementIds, List<String> themeIds, Path root) {
        List<Surface> surfaces = new ArrayList<>();
        // REST API
        for (String path : List.of("/api/cities", "/api/cities/espoo", "/api/cities/helsinki", "/api/networks",
                "/api/networks/eurocities", "/api/agreements", "/api/themes",
                // Pages of the lists: cut from keys read once per data version (in keyed pages from Virtuoso).
                "/api/cities?pageSize=7&page=2", "/api/networks?pageSize=3&page=2",
                "/api/agreements?pageSize=4&page=2", "/api/themes/education?pageSize=1&page=2",
                // Filtered without a city: from the agreements' facets, kept per data version.
                "/api/agreements?type=twinning&pageSize=5&page=2", "/api/agreements?inForce=2015&type=mou")) {
            api(surfaces, path);
        }
        agreementIds.forEach(id -> api(surfaces, "/api/agreements/" + id));
        themeIds.forEach(id -> api(surfaces, "/api/themes/" + id));
        surfaces.add(get("api /api/queries", "/api/queries", "application/json", Kind.JSON, true));
        for (String name : namedQueries) {
            surfaces.add(get("named-query " + name, "/api/queries/" + name, RESULTS, Kind.RESULTS,
                    ordered(root, name)));
        }
        surfaces.add(get("named-query twin-cities (application/json)", "/api/queries/twin-cities", "application/json",
                Kind.JSON, true));
        surfaces.add(get("api /api/compare?cities=espoo,helsinki", "/api/compare?cities=espoo,helsinki",
                "application/json", Kind.JSON, true));
        surfaces.add(get("api /api/compare?cities=espoo,helsinki&lang=fi", "/api/compare?cities=espoo,helsinki&lang=fi",
                "application/json", Kind.JSON, true));
        // Linked data
        surfaces.add(get("entity /id/city/espoo (Turtle)", "/id/city/espoo", "text/turtle", Kind.GRAPH, false));
        surfaces.add(get("entity /id/city/espoo (JSON-LD)", "/id/city/espoo", "application/ld+json", Kind.GRAPH, false));
        surfaces.add(get("entity /id/city/espoo (N-Quads)", "/id/city/espoo", "application/n-quads", Kind.DATASET, false));
        surfaces.add(get("entity /id/city/espoo (HTML)", "/id/city/espoo", "text/html", Kind.HTML, false));
        surfaces.add(get("entity /id/network/eurocities (Turtle)", "/id/network/eurocities", "text/turtle", Kind.GRAPH,
                false));
        agreementIds.stream().limit(1).forEach(id -> surfaces.add(get("entity /id/agreement/" + id + " (TriG)",
                "/id/agreement/" + id, "application/trig", Kind.DATASET, false)));
        // Harvesting
        surfaces.add(get("catalog /catalog (Turtle)", "/catalog", "text/turtle", Kind.GRAPH, false));
        surfaces.add(get("catalog /catalog.jsonld", "/catalog.jsonld", null, Kind.GRAPH, false));
        surfaces.add(get("void /.well-known/void", "/.well-known/void", "text/turtle", Kind.GRAPH, false));
        surfaces.add(get("dump /dumps/citynet.nq.gz", "/dumps/citynet.nq.gz", null, Kind.DATASET, false));
        surfaces.add(get("dump /dumps/citynet.trig.gz", "/dumps/citynet.trig.gz", null, Kind.DATASET, false));
        surfaces.add(get("sparql service description", "/sparql", "text/turtle", Kind.GRAPH, false));
        // Map and pages
        surfaces.add(get("map /map/data", "/map/data", "application/json", Kind.JSON, true));
        surfaces.add(get("map /map/data?lang=fi", "/map/data?lang=fi", "application/json", Kind.JSON, true));
        // What states a line: a twinning agreement; a twinning and another agreement; a partnership.
        for (String pair : List.of("from=espoo&to=kongsberg", "from=espoo&to=shanghai", "from=helsinki&to=tallinn")) {
            surfaces.add(get("map /map/link?" + pair, "/map/link?" + pair, "application/json", Kind.JSON, true));
        }
        surfaces.add(get("page /cities (HTML)", "/cities", "text/html", Kind.HTML, false));
        // /sparql
        sparql(surfaces, "select cities and labels (ORDER BY)", PREFIXES
                + "SELECT ?city ?label WHERE { ?city a cn:City ; skos:prefLabel ?label } ORDER BY ?city ?label", true);
        sparql(surfaces, "select count of the default graph", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", false);
        sparql(surfaces, "select distinct count of the default graph",
                "SELECT (COUNT(DISTINCT *) AS ?n) WHERE { ?s ?p ?o }", false);
        sparql(surfaces, "select graphs and their sizes",
                "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g", true);
        sparql(surfaces, "select classes (DISTINCT, ORDER BY)",
                "SELECT DISTINCT ?type WHERE { ?s a ?type } ORDER BY ?type", true);
        sparql(surfaces, "ask espoo", "ASK { <" + ESPOO + "> ?p ?o }", false);
        sparql(surfaces, "construct espoo", "CONSTRUCT { <" + ESPOO + "> ?p ?o } WHERE { <" + ESPOO + "> ?p ?o }",
                false, "text/turtle", Kind.GRAPH);
        sparql(surfaces, "describe espoo", "DESCRIBE <" + ESPOO + ">", false, "text/turtle", Kind.GRAPH);
        sparql(surfaces, "select FROM one graph",
                "SELECT ?s ?p ?o FROM <" + CITYNET + "graph/curated> WHERE { ?s ?p ?o }", false);
        sparql(surfaces, "select FROM NAMED two graphs", "SELECT ?g (COUNT(*) AS ?n) FROM NAMED <" + CITYNET
                + "graph/curated> FROM NAMED <" + CITYNET + "graph/sources> WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
                false);
        sparql(surfaces, "select with BASE and relative IRIs", "BASE <" + CITYNET + ">\n" + PREFIXES
                + "SELECT ?p ?o WHERE { <id/city/espoo> ?p ?o }", false);
        sparql(surfaces, "select with relative IRIs and no BASE",
                "SELECT ?p ?o WHERE { <id/city/espoo> ?p ?o }", false);
        sparql(surfaces, "select with a prefix for the base", "PREFIX city: <" + CITYNET + "id/city/>\n"
                + "SELECT ?p ?o WHERE { city:espoo ?p ?o }", false);
        surfaces.add(get("sparql select with default-graph-uri", "/sparql?query="
                + encode("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") + "&default-graph-uri="
                + encode(CITYNET + "graph/curated"), RESULTS, Kind.RESULTS, false));
        surfaces.add(get("sparql select with named-graph-uri", "/sparql?query="
                + encode("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g") + "&named-graph-uri="
                + encode(CITYNET + "graph/sources"), RESULTS, Kind.RESULTS, false));
        String labels = PREFIXES + "SELECT ?label (LANG(?label) AS ?lang) (DATATYPE(?label) AS ?type) WHERE { <" + ESPOO
                + "> skos:prefLabel ?label }";
        sparql(surfaces, "select DATATYPE of language-tagged labels", labels, false);
        sparql(surfaces, "select DATATYPE of language-tagged labels (prefixed name)", "PREFIX city: <" + CITYNET
                + "id/city/>\n" + labels.replace("<" + ESPOO + ">", "city:espoo"), false);
        sparql(surfaces, "select GROUP_CONCAT of labels (prefixed name)", "PREFIX city: <" + CITYNET + "id/city/>\n"
                + PREFIXES + "SELECT (GROUP_CONCAT(?label; separator=\"|\") AS ?labels) WHERE { city:espoo skos:prefLabel ?label }",
                false);
        surfaces.add(post("sparql select by form POST", "/sparql", RESULTS, "application/x-www-form-urlencoded",
                "query=" + encode(PREFIXES + "SELECT ?label WHERE { <" + ESPOO + "> skos:prefLabel ?label }"),
                Kind.RESULTS, false));
        surfaces.add(post("sparql select by application/sparql-query POST", "/sparql", RESULTS,
                "application/sparql-query", PREFIXES + "SELECT ?label WHERE { <" + ESPOO + "> skos:prefLabel ?label }",
                Kind.RESULTS, false));
        sparql(surfaces, "select members per network (GROUP BY, ORDER BY, LIMIT)", PREFIXES
                + "PREFIX org: <http://www.w3.org/ns/org#> SELECT ?network (COUNT(DISTINCT ?member) AS ?members)"
                + " WHERE { ?m org:organization ?network ; org:member ?member }"
                + " GROUP BY ?network ORDER BY DESC(?members) ?network LIMIT 10", true);
        sparql(surfaces, "select OFFSET page (ORDER BY, LIMIT, OFFSET)",
                "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 20 OFFSET 100", true);
        return surfaces;
    }

    private static void api(List<Surface> surfaces, String path) {
        surfaces.add(get("api " + path, path, "application/json", Kind.JSON, true));
        String fi = path + (path.contains("?") ? "&" : "?") + "lang=fi";
        surfaces.add(get("api " + fi, fi, "application/json", Kind.JSON, true));
    }

    private static void sparql(List<Surface> surfaces, String name, String query, boolean ordered) {
        sparql(surfaces, name, query, ordered, RESULTS, Kind.RESULTS);
    }

    private static void sparql(List<Surface> surfaces, String name, String query, boolean ordered, String accept,
                               Kind kind) {
        surfaces.add(get("sparql " + name, "/sparql?query=" + encode(query), accept, kind, ordered));
    }

    private static boolean ordered(Path root, String name) {
        try {
            Path file = root.resolve("queries").resolve(name + ".rq");
            return Files.isRegularFile(file) && Files.readString(file).toUpperCase(Locale.ROOT).contains("ORDER BY");
        } catch (IOException e) {
            return false;
        }
    }
}
