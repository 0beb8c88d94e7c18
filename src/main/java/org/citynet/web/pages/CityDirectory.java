package org.citynet.web.pages;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.citynet.kernel.store.QueryRunner;
import org.citynet.kernel.store.SparqlFiles;
import org.citynet.web.api.Iris;
import org.citynet.web.system.CitynetProperties;
import org.springframework.stereotype.Component;

/**
 * The cities of the knowledge graph: id, names by language and coordinates where the data gives them.
 * Read from the store on every call (a few dozen rows), so a reload shows at once. Thread-safe.
 */
@Component
class CityDirectory {

    /**
     * @param id    the slug of the city's IRI ({@code espoo}); null for an IRI outside {@code …/id/city/}
     * @param names the city's {@code skos:prefLabel}s by language tag
     * @param lat   WGS84 latitude in decimal degrees, null when the data gives none
     * @param lon   WGS84 longitude, null when the data gives none
     */
    record City(String iri, String id, Map<String, String> names, Double lat, Double lon) {

        boolean located() {
            return lat != null && lon != null;
        }
    }

    private final QueryRunner runner;
    private final Iris iris;
    private final Duration timeout;
    private final Query query = SparqlFiles.load("pages", "cities");

    CityDirectory(QueryRunner runner, Iris iris, CitynetProperties properties) {
        this.runner = runner;
        this.iris = iris;
        this.timeout = properties.sparql().timeout();
    }

    /** Every city, in IRI order. */
    List<City> cities() {
        Map<String, Map<String, String>> names = new LinkedHashMap<>();
        Map<String, double[]> points = new HashMap<>();
        runner.select(query, Map.of(), timeout, row -> collect(row, names, points));
        List<City> cities = new ArrayList<>();
        names.forEach((iri, byLanguage) -> {
            double[] point = points.get(iri);
            cities.add(new City(iri, iris.slug(iri, "city").orElse(null), Map.copyOf(byLanguage),
                    point == null ? null : point[0], point == null ? null : point[1]));
        });
        return cities;
    }

    private static String collect(QuerySolution row, Map<String, Map<String, String>> names,
                                  Map<String, double[]> points) {
        String iri = row.getResource("city").getURI();
        Map<String, String> byLanguage = names.computeIfAbsent(iri, k -> new HashMap<>());
        RDFNode label = row.get("label");
        if (label != null && label.isLiteral()) {
            byLanguage.putIfAbsent(label.asLiteral().getLanguage().toLowerCase().split("-")[0],
                    label.asLiteral().getLexicalForm());
        }
        Double lat = number(row.get("lat"));
        Double lon = number(row.get("long"));
        if (lat != null && lon != null) {
            points.putIfAbsent(iri, new double[] {lat, lon});
        }
        return iri;
    }

    /** A coordinate as a number; a literal that is not one (the shapes forbid it) counts as missing. */
    private static Double number(RDFNode node) {
        if (node == null || !node.isLiteral()) {
            return null;
        }
        try {
            return Double.valueOf(node.asLiteral().getLexicalForm());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
