package org.citynet.sparql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/**
 * The queries behind Graph Store Protocol reads, from {@code sparql/graphstore/NAME.rq} on the classpath.
 * A missing or malformed file is a programming error and fails when the controller class loads.
 */
final class GraphStoreQueries {

    private GraphStoreQueries() {
    }

    static Query get(String name) {
        String path = "sparql/graphstore/" + name + ".rq";
        try (InputStream in = GraphStoreQueries.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing query resource " + path);
            }
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }
}
