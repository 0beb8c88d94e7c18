package org.citynet.web.api;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;

/**
 * One row of a fact-row query: {@code node} has {@code field} = {@code value}; {@code label} is one label
 * of an IRI value (one row per language), null for literals and unlabelled values.
 */
record FieldRow(Node node, String field, Node value, Node label) {

    static FieldRow of(QuerySolution row) {
        return new FieldRow(node(row, "node"), row.getLiteral("field").getLexicalForm(), node(row, "value"),
                node(row, "label"));
    }

    private static Node node(QuerySolution row, String name) {
        RDFNode node = row.get(name);
        return node == null ? null : node.asNode();
    }
}
