package org.citynet.tools.gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.vocabulary.SKOS;
import org.citynet.kernel.store.SparqlFiles;

/**
 * Reads what the import needs from the parsed knowledge graph (the union of its named graphs): the cities
 * with their labels and known countries, and the countries that already exist, by ISO code. The queries
 * are {@code sparql/gazetteer/cities.rq} and {@code countries.rq}.
 */
final class GraphCities {

    private static final Query CITIES = SparqlFiles.load("gazetteer", "cities");
    private static final Query COUNTRIES = SparqlFiles.load("gazetteer", "countries");

    private final Graph union;

    /** @param union the union of the knowledge graph's named graphs, not including the import's own output */
    GraphCities(Graph union) {
        this.union = union;
    }

    /** Every cn:City, sorted by slug. */
    List<GraphCity> cities() {
        Map<String, TreeSet<String>> labels = new TreeMap<>();
        Map<String, String> countries = new HashMap<>();
        Map<String, String> codes = new HashMap<>();
        for (Binding row : select(CITIES)) {
            String city = row.get("city").getURI();
            TreeSet<String> own = labels.computeIfAbsent(city, c -> new TreeSet<>());
            text(row, "label").ifPresent(own::add);
            if (row.get("country") != null) {
                countries.put(city, row.get("country").toString());
                text(row, "code").ifPresent(code -> codes.put(city, code));
            }
        }
        List<GraphCity> cities = new ArrayList<>();
        labels.forEach((iri, own) -> cities.add(new GraphCity(iri, slug(iri), new ArrayList<>(own),
                countries.get(iri), codes.get(iri))));
        cities.sort(Comparator.comparing(GraphCity::slug).thenComparing(GraphCity::iri));
        return cities;
    }

    /** ISO code → IRI of the countries the graph has. */
    Map<String, String> countriesByCode() {
        Map<String, String> countries = new TreeMap<>();
        for (Binding row : select(COUNTRIES)) {
            text(row, "code").ifPresent(code -> countries.putIfAbsent(code, row.get("country").toString()));
        }
        return countries;
    }

    /** Whether a resource already has at least one skos:prefLabel in the graph. */
    boolean hasLabels(String iri) {
        return union.contains(NodeFactory.createURI(iri),
                SKOS.prefLabel.asNode(), Node.ANY);
    }

    static String slug(String iri) {
        String path = iri.endsWith("/") ? iri.substring(0, iri.length() - 1) : iri;
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private List<Binding> select(Query query) {
        try (QueryExec exec = QueryExec.dataset(DatasetGraphFactory.wrap(union)).query(query).build()) {
            RowSet rows = exec.select();
            List<Binding> all = new ArrayList<>();
            rows.forEachRemaining(all::add);
            return all;
        }
    }

    private static Optional<String> text(Binding row, String variable) {
        Node node = row.get(variable);
        return node != null && node.isLiteral() ? Optional.of(node.getLiteralLexicalForm())
                : Optional.empty();
    }
}
