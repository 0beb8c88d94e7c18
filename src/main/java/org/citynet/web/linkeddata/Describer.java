package org.citynet.web.linkeddata;

import java.time.Duration;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.citynet.kernel.rdf.CN;
import org.citynet.kernel.store.QueryRunner;
import org.citynet.kernel.store.SparqlFiles;

/**
 * Builds the {@link Description} of a resource from the store with four queries (statements, the things
 * they link, the words of its evidence, their sources), each asking {@code GRAPH ?g} so that every
 * statement keeps the graph — and so the source — it comes from. The evidence query adds, for each
 * quotation the resource gives as {@code cn:evidence}, its {@code prov:value} and {@code prov:wasQuotedFrom}:
 * a reader of the Turtle sees the source's words without a second request. Stateless apart from the parsed
 * queries; thread-safe.
 */
public class Describer {

    private final QueryRunner runner;
    private final Duration timeout;
    private final Query exists = SparqlFiles.load("linkeddata", "exists");
    private final Query statements = SparqlFiles.load("linkeddata", "statements");
    private final Query neighbours = SparqlFiles.load("linkeddata", "neighbours");
    private final Query evidence = SparqlFiles.load("linkeddata", "evidence");
    private final Query sources = SparqlFiles.load("linkeddata", "sources");
    private final Node evidenceProperty;

    /** @param iris gives {@code cn:evidence} under the configured base */
    public Describer(QueryRunner runner, Duration timeout, IriMapping iris) {
        this.runner = runner;
        this.timeout = timeout;
        this.evidenceProperty = NodeFactory.createURI(iris.term(CN.evidence));
    }

    /** True if some named graph holds a statement with the IRI as subject or object. */
    public boolean exists(String iri) {
        return runner.ask(exists, Map.of("this", NodeFactory.createURI(iri)), timeout);
    }

    /** The description; empty if the IRI is in no statement. */
    public Description describe(String iri) {
        Node subject = NodeFactory.createURI(iri);
        DatasetGraph quads = DatasetGraphFactory.create();
        Map<String, Node> bindings = Map.of("this", subject, "evidence", evidenceProperty);
        for (Query query : new Query[] {statements, neighbours, evidence, sources}) {
            runner.select(query, bindings, timeout, Describer::quad).forEach(q -> quads.add(q[0], q[1], q[2], q[3]));
        }
        return new Description(subject, quads);
    }

    private static Node[] quad(QuerySolution row) {
        return new Node[] {row.get("g").asNode(), row.get("s").asNode(), row.get("p").asNode(), row.get("o").asNode()};
    }
}
