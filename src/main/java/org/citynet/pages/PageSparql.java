package org.citynet.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/**
 * The SPARQL of these pages, kept in {@code src/main/resources/sparql/pages/*.rq} and parsed once by the
 * component that needs it. The queries take no values from requests.
 */
final class PageSparql {

    private static final String FOLDER = "/sparql/pages/";

    private PageSparql() {
    }

    /** Parses {@code name.rq}; a missing or malformed file is a build mistake and stops start-up. */
    static Query load(String name) {
        String path = FOLDER + name + ".rq";
        try (InputStream in = PageSparql.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing query resource " + path);
            }
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }
}
