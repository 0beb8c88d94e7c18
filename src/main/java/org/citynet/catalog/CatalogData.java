package org.citynet.catalog;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.graph.Node;
import org.citynet.sparql.QueryRunner;
import org.citynet.store.LoadVocabulary;
import org.citynet.system.CitynetProperties;
import org.citynet.system.SparqlFiles;
import org.springframework.stereotype.Component;

/**
 * The data's version and the summary computed from it (counts, coverage, credits), computed once per
 * version and reused until the data changes. Thread-safe: concurrent first requests may both compute,
 * which is harmless.
 */
@Component
class CatalogData {

    private final QueryRunner runner;
    private final Duration timeout;
    private final StatisticsReader statistics;
    private final ProvenanceReader provenance;
    private final AtomicReference<DataSummary> cached = new AtomicReference<>();

    CatalogData(QueryRunner runner, CitynetProperties properties) {
        this.runner = runner;
        this.timeout = properties.catalog().statisticsTimeout();
        this.statistics = new StatisticsReader(runner, timeout, properties.base(), VoidDescription.linkTargets());
        this.provenance = new ProvenanceReader(runner, timeout);
    }

    /** The current version of the data. */
    DataVersion version() {
        // The generation is read before the data: a write that commits in between makes this version look
        // older than the data read under it, so the next request recomputes; it never labels old data new.
        long generation = runner.dataGeneration();
        Map<String, Node> bindings = Map.of("loadGraph", LoadVocabulary.LOAD_GRAPH, "manifest", LoadVocabulary.MANIFEST);
        List<DataVersion> versions = runner.select(SparqlFiles.load("catalog", "data-version"), bindings, timeout,
                row -> new DataVersion(generation, row.getLiteral("contentHash").getLexicalForm(),
                        OffsetDateTime.parse(row.getLiteral("loadedAt").getLexicalForm()).toInstant()));
        return versions.isEmpty() ? new DataVersion(generation, null, null) : versions.get(0);
    }

    /** The summary of the current data, computed again only when the version has changed. */
    DataSummary summary() {
        DataVersion version = version();
        DataSummary current = cached.get();
        if (current != null && current.version().equals(version)) {
            return current;
        }
        DataSummary fresh = new DataSummary(version, statistics.read(), provenance.read());
        cached.set(fresh);
        return fresh;
    }
}
