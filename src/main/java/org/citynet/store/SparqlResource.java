package org.citynet.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/** Reads a query kept as an {@code .rq} file beside the classes of this package. */
final class SparqlResource {

    private SparqlResource() {
    }

    /** @throws IllegalStateException if the resource is missing (a packaging error) */
    static Query query(String name) {
        try (InputStream in = SparqlResource.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing class-path resource " + name);
            }
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
