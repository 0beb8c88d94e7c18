package org.citynet.catalog;

import java.time.Duration;

import org.citynet.sparql.QueryRunner;
import org.citynet.system.CitynetProperties;
import org.citynet.system.DataVersion;
import org.citynet.system.DataVersions;
import org.citynet.system.UntilChanged;
import org.springframework.stereotype.Component;

/**
 * The data's version and the summary computed from it (counts, coverage, credits), computed once per
 * version and reused until the data changes. Thread-safe: concurrent first requests may both compute,
 * which is harmless.
 */
@Component
class CatalogData {

    private final DataVersions versions;
    private final UntilChanged<DataVersion, DataSummary> summary;

    CatalogData(DataVersions versions, QueryRunner runner, CitynetProperties properties) {
        Duration timeout = properties.catalog().statisticsTimeout();
        StatisticsReader statistics = new StatisticsReader(runner, timeout, properties.base(),
                VoidDescription.linkTargets());
        ProvenanceReader provenance = new ProvenanceReader(runner, timeout);
        this.versions = versions;
        this.summary = new UntilChanged<>(versions::current,
                version -> new DataSummary(version, statistics.read(), provenance.read()));
    }

    /** The current version of the data. */
    DataVersion version() {
        return versions.current();
    }

    /** The summary of the current data, computed again only when the version has changed. */
    DataSummary summary() {
        return summary.get();
    }
}
