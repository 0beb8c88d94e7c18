package org.citynet.linkeddata;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.citynet.sparql.QueryRunner;
import org.citynet.store.LoadVocabulary;
import org.citynet.system.SparqlFiles;

/**
 * The current {@link DataVersion}: the store's generation together with the load manifest's content hash
 * and {@code cn:loadedAt}. The manifest is read again only when the generation moves. A write that did not
 * come from the loader (a SPARQL update) leaves the manifest as it was, so its time is the moment this
 * service first saw the new generation. Thread-safe; one per application.
 */
public class DataVersions {

    private final QueryRunner runner;
    private final Duration timeout;
    private final Clock clock;
    private final Query manifestQuery = SparqlFiles.load("linkeddata", "manifest");
    private volatile DataVersion current;

    public DataVersions(QueryRunner runner, Duration timeout, Clock clock) {
        this.runner = runner;
        this.timeout = timeout;
        this.clock = clock;
    }

    public DataVersion current() {
        long generation = runner.dataGeneration();
        DataVersion known = current;
        if (known != null && known.generation() == generation) {
            return known;
        }
        synchronized (this) {
            known = current;
            if (known == null || known.generation() != generation) {
                current = read(generation, known);
            }
            return current;
        }
    }

    /** What the load manifest records; {@code loadedAt} null if unreadable. */
    private record Manifest(String contentHash, Instant loadedAt) {
    }

    private DataVersion read(long generation, DataVersion previous) {
        Map<String, Node> bindings = Map.of("loadGraph", LoadVocabulary.LOAD_GRAPH, "manifest",
                LoadVocabulary.MANIFEST, "contentHash", LoadVocabulary.CONTENT_HASH, "loadedAt",
                LoadVocabulary.LOADED_AT);
        Manifest manifest = runner.select(manifestQuery, bindings, timeout, row -> new Manifest(
                        row.getLiteral("hash").getLexicalForm(), parse(row.getLiteral("time").getLexicalForm())))
                .stream().findFirst().orElse(new Manifest("", null));
        Instant loadedAt = manifest.loadedAt();
        Instant now = clock.instant();
        // A new load dates the data; the same manifest under a new generation means a write beside the loader.
        boolean newLoad = loadedAt != null && (previous == null || !Objects.equals(previous.loadedAt(), loadedAt));
        Instant lastModified = newLoad && !loadedAt.isAfter(now) ? loadedAt : now;
        return new DataVersion(generation, manifest.contentHash(), loadedAt,
                lastModified.truncatedTo(ChronoUnit.SECONDS));
    }

    private static Instant parse(String dateTime) {
        try {
            return Instant.parse(dateTime);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
