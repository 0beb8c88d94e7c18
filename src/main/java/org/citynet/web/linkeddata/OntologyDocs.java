package org.citynet.web.linkeddata;

import java.time.Duration;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.citynet.kernel.rdf.LoadVocabulary;
import org.citynet.kernel.store.QueryRunner;
import org.citynet.kernel.store.SparqlFiles;
import org.springframework.cache.Cache;

/**
 * The ontology as this service publishes it at {@code /ontology}: the ontology graph without the SKOS
 * vocabularies (their concepts and schemes live under {@code /id/} and dereference there), in its named
 * graph, and its HTML documentation. Read from the store once per data generation (the cache is keyed on
 * it); thread-safe.
 */
public class OntologyDocs {

    private final IriMapping iris;
    private final QueryRunner runner;
    private final Duration timeout;
    private final Query query = SparqlFiles.load("linkeddata", "graph");
    private final Cache graphs;

    /** @param graphs the cache of ontology graphs, keyed on the store's generation */
    public OntologyDocs(IriMapping iris, QueryRunner runner, Duration timeout, Cache graphs) {
        this.iris = iris;
        this.runner = runner;
        this.timeout = timeout;
        this.graphs = graphs;
    }

    /** The whole ontology graph (ontology and vocabularies), read-only by convention. */
    public Graph graph() {
        return graphs.get(runner.dataGeneration(), this::load);
    }

    /** The ontology's own statements of {@link #graph()} in the ontology graph, for RDF output. */
    public DatasetGraph ontologyDataset(Graph graph) {
        DatasetGraph dataset = DatasetGraphFactory.create();
        String vocabularies = iris.id("");
        graph.find().forEach(t -> {
            if (!(t.getSubject().isURI() && t.getSubject().getURI().startsWith(vocabularies))) {
                dataset.add(LoadVocabulary.ONTOLOGY_GRAPH, t.getSubject(), t.getPredicate(), t.getObject());
            }
        });
        return dataset;
    }

    private Graph load() {
        Graph loaded = GraphFactory.createDefaultGraph();
        runner.select(query, Map.of("graph", LoadVocabulary.ONTOLOGY_GRAPH), timeout,
                row -> Triple.create(row.get("s").asNode(), row.get("p").asNode(), row.get("o").asNode()))
                .forEach(loaded::add);
        return loaded;
    }

    /** True if the ontology graph holds the ontology (it may not, on a store loaded by someone else). */
    public boolean holdsOntology(Graph graph) {
        return graph.contains(NodeFactory.createURI(iris.ontology()), Node.ANY, Node.ANY);
    }
}
