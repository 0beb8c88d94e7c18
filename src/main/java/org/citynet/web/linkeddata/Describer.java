package org.citynet.web.linkeddata;

import java.time.Duration;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.citynet.kernel.store.QueryRunner;
import org.citynet.kernel.store.SparqlFiles;

/**
 * Builds the {@link Description} of a resource from the store with three queries (statements, the things
 * they link, their sources), each asking {@code GRAPH ?g} so that every statement keeps the graph — and
 * so the source — it comes from. Stateless apart from the parsed queries; thread-safe.
 */
public class Describer {

    private final QueryRunner runner;
    private final Duration timeout;
    private final Query exists = SparqlFiles.load("linkeddata", "exists");
    private final Query statements = SparqlFiles.load("linkeddata", "statements");
    private final Query neighbours = SparqlFiles.load("linkeddata", "neighbours");
    private final Query sources = SparqlFiles.load("linkeddata", "sources");

    public Describer(QueryRunner runner, Duration timeout) {
        this.runner = runner;
        this.timeout = timeout;
    }

    /** True if some named graph holds a statement with the IRI as subject or object. */
    public boolean exists(String iri) {
        return runner.ask(exists, Map.of("this", NodeFactory.createURI(iri)), timeout);
    }

    /** The description; empty if the IRI is in no statement. */
    public Description describe(String iri) {
        Node subject = NodeFactory.createURI(iri);
        DatasetGraph quads = DatasetGraphFactory.create();
        Map<String, Node> bindings = Map.of("this", subject);
        for (Query query : new Query[] {statements, neighbours, sources}) {
            runner.select(query, bindings, timeout, Describer::quad).forEach(q -> quads.add(q[0], q[1], q[2], q[3]));
        }
        return new Description(subject, quads);
    }

    private static Node[] quad(QuerySolution row) {
        return new Node[] {row.get("g").asNode(), row.get("s").asNode(), row.get("p").asNode(), row.get("o").asNode()};
    }
}
