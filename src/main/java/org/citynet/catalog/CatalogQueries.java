package org.citynet.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/**
 * The SPARQL queries behind the catalogue, VoID, the service description and the dumps, read from
 * {@code sparql/catalog/NAME.rq} on the classpath and parsed once. A missing or malformed file is a
 * programming error and fails loudly on first use (the tests use every one).
 */
final class CatalogQueries {

    private static final Map<String, Query> PARSED = new ConcurrentHashMap<>();

    private CatalogQueries() {
    }

    /** The parsed query; callers bind parameters by substitution, never by editing it. */
    static Query get(String name) {
        return PARSED.computeIfAbsent(name, CatalogQueries::parse);
    }

    private static Query parse(String name) {
        String path = "sparql/catalog/" + name + ".rq";
        try (InputStream in = CatalogQueries.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing query resource " + path);
            }
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }
}
