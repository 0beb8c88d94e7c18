package org.citynet.kernel.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;

/**
 * The SPARQL the service's own code runs, kept as {@code .rq} files on the class path under
 * {@code sparql/FEATURE/NAME.rq} and parsed once. A missing or malformed file is a build mistake: it fails
 * loudly, naming the file (components load their queries when they are created, so start-up stops). The
 * parsed queries are shared and must not be modified; values are bound into them by substitution (see
 * {@code org.citynet.kernel.store.QueryRunner}), never pasted into their text. Thread-safe.
 */
public final class SparqlFiles {

    private static final Map<String, Query> PARSED = new ConcurrentHashMap<>();

    private SparqlFiles() {
    }

    /**
     * @param feature the folder below {@code sparql/}, e.g. {@code catalog}
     * @param name    the file name without {@code .rq}, e.g. {@code totals}
     * @throws IllegalStateException if the file is missing or does not parse
     */
    public static Query load(String feature, String name) {
        return PARSED.computeIfAbsent("sparql/" + feature + "/" + name + ".rq", SparqlFiles::parse);
    }

    private static Query parse(String resource) {
        try (InputStream in = SparqlFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing SPARQL file " + resource + " on the class path");
            }
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read SPARQL file " + resource, e);
        } catch (QueryParseException e) {
            throw new IllegalStateException("SPARQL file " + resource + " does not parse: " + e.getMessage(), e);
        }
    }
}
