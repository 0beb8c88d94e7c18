package org.citynet.web.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.citynet.kernel.rdf.LoadVocabulary;
import org.citynet.kernel.store.QueryRunner;
import org.citynet.kernel.store.SparqlFiles;
import org.springframework.cache.Cache;

/**
 * Human names of the terms pages show — properties, classes and concepts — by language: the ontology's
 * {@code rdfs:label} and the vocabularies' {@code skos:prefLabel} from the ontology graph, and, for the
 * reused terms the ontology deliberately leaves unlabelled (ORG, SKOS, Dublin Core, ...), the labels in
 * {@code linkeddata/reused-term-labels.ttl}, which are for display only and not part of the graph.
 * Read once per data generation (the cache is keyed on it); thread-safe.
 */
public class TermLabels {

    private static final String REUSED = "/linkeddata/reused-term-labels.ttl";

    private final QueryRunner runner;
    private final Duration timeout;
    private final Query query = SparqlFiles.load("linkeddata", "term-labels");
    private final Map<String, Map<String, String>> reused = reusedLabels();
    private final Cache labels;

    /** @param labels the cache of every term's labels, keyed on the store's generation */
    public TermLabels(QueryRunner runner, Duration timeout, Cache labels) {
        this.runner = runner;
        this.timeout = timeout;
        this.labels = labels;
    }

    /** The term's labels by language tag ("" for none); empty if it has none. */
    public Map<String, String> of(String iri) {
        Map<String, Map<String, String>> all = labels.get(runner.dataGeneration(), this::load);
        return all.getOrDefault(iri, Map.of());
    }

    private Map<String, Map<String, String>> load() {
        Map<String, Map<String, String>> all = new HashMap<>();
        reused.forEach((term, byLanguage) -> all.put(term, new HashMap<>(byLanguage)));
        List<Node[]> rows = runner.select(query, Map.of("graph", LoadVocabulary.ONTOLOGY_GRAPH), timeout,
                row -> new Node[] {row.get("term").asNode(), row.get("label").asNode()});
        for (Node[] row : rows) {
            if (row[1].isLiteral()) {
                all.computeIfAbsent(row[0].getURI(), k -> new HashMap<>())
                        .putIfAbsent(row[1].getLiteralLanguage(), row[1].getLiteralLexicalForm());
            }
        }
        return Map.copyOf(all);
    }

    private static Map<String, Map<String, String>> reusedLabels() {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = TermLabels.class.getResourceAsStream(REUSED)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + REUSED);
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Map<String, String>> labels = new HashMap<>();
        graph.find(Node.ANY, RDFS.label.asNode(), Node.ANY).forEach(t -> labels
                .computeIfAbsent(t.getSubject().getURI(), k -> new HashMap<>())
                .put(t.getObject().getLiteralLanguage(), t.getObject().getLiteralLexicalForm()));
        return labels;
    }
}
