package org.citynet.catalog;

import org.citynet.system.DataVersion;

/** Everything the catalogue, VoID and the service description compute from one version of the data. */
record DataSummary(DataVersion version, Statistics statistics, Provenance provenance) {
}
