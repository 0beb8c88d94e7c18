package org.citynet.linkeddata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/**
 * The SPARQL of the linked-data pages, kept in {@code src/main/resources/sparql/linkeddata/*.rq} and parsed
 * once when a component that needs it is created. Values are bound into the parsed queries by
 * substitution ({@link org.citynet.sparql.QueryRunner}), never pasted into their text.
 */
final class SparqlFiles {

    private static final String FOLDER = "/sparql/linkeddata/";

    private SparqlFiles() {
    }

    /** Parses {@code name.rq}; a missing or malformed file is a build mistake and stops start-up. */
    static Query load(String name) {
        String path = FOLDER + name + ".rq";
        try (InputStream in = SparqlFiles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing query resource " + path);
            }
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }
}
