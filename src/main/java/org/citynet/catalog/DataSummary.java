package org.citynet.catalog;

/** Everything the catalogue, VoID and the service description compute from one version of the data. */
record DataSummary(DataVersion version, Statistics statistics, Provenance provenance) {
}
