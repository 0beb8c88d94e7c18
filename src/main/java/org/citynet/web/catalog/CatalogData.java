package org.citynet.web.catalog;

import java.time.Duration;

import org.citynet.kernel.store.DataVersion;
import org.citynet.kernel.store.DataVersions;
import org.citynet.kernel.store.QueryRunner;
import org.citynet.web.system.CacheConfiguration;
import org.citynet.web.system.CitynetProperties;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

/**
 * The data's version and the summary computed from it (counts, coverage, credits), computed once per
 * version (Spring Cache, keyed on the version) and reused until the data changes. Thread-safe.
 */
@Component
public class CatalogData {

    private final DataVersions versions;
    private final StatisticsReader statistics;
    private final ProvenanceReader provenance;

    CatalogData(DataVersions versions, QueryRunner runner, CitynetProperties properties) {
        Duration timeout = properties.catalog().statisticsTimeout();
        this.statistics = new StatisticsReader(runner, timeout, properties.base(), VoidDescription.linkTargets());
        this.provenance = new ProvenanceReader(runner, timeout);
        this.versions = versions;
    }

    /** The current version of the data. */
    public DataVersion version() {
        return versions.current();
    }

    /** The summary of the current data, computed again only when the version has changed. */
    @Cacheable(cacheNames = CacheConfiguration.CATALOG_SUMMARY, key = "#root.target.version()", sync = true)
    public DataSummary summary() {
        return new DataSummary(versions.current(), statistics.read(), provenance.read());
    }
}
