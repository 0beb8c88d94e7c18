package org.citynet.tools.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * SPARQL text for the direct requests, made the way the service makes its queries: parsed from a
 * {@code .rq} resource, values bound by Jena's substitution ({@link QueryTransformOps#replaceVars}, which is
 * what {@code QueryExecutionBuilder.substitution} does inside the service), then written out as text.
 */
final class Sparql {

    private Sparql() {
    }

    /** Parses a class-path resource, e.g. {@code /sparql/linkeddata/statements.rq} of the service. */
    static Query resource(String path) {
        try (InputStream in = Sparql.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing query resource " + path);
            }
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    /** The query with the given variables replaced by the given values, as text. */
    static String bind(Query query, Map<String, Node> values) {
        Map<Var, Node> substitution = new HashMap<>();
        values.forEach((name, node) -> substitution.put(Var.alloc(name), node));
        return QueryTransformOps.replaceVars(query, substitution).serialize();
    }

    static String bindIris(Query query, Map<String, String> iris) {
        Map<String, Node> values = new HashMap<>();
        iris.forEach((name, iri) -> values.put(name, NodeFactory.createURI(iri)));
        return bind(query, values);
    }
}
