package org.citynet.web.catalog;

import org.citynet.kernel.store.DataVersion;

/** Everything the catalogue, VoID and the service description compute from one version of the data. */
public record DataSummary(DataVersion version, Statistics statistics, Provenance provenance) {
}
