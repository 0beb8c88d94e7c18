package org.citynet.web.catalog;

import java.time.Duration;

import org.citynet.kernel.store.DataVersion;
import org.citynet.kernel.store.DataVersions;
import org.citynet.kernel.store.QueryRunner;
import org.citynet.kernel.store.UntilChanged;
import org.citynet.web.system.CitynetProperties;
import org.springframework.stereotype.Component;

/**
 * The data's version and the summary computed from it (counts, coverage, credits), computed once per
 * version and reused until the data changes. Thread-safe: concurrent first requests may both compute,
 * which is harmless.
 */
@Component
public class CatalogData {

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
    public DataSummary summary() {
        return summary.get();
    }
}
