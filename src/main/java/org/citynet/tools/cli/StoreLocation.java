package org.citynet.tools.cli;

import picocli.CommandLine.Option;

/** {@code --store LOCATION}: the store a command opens, through {@link OpenStore}. A picocli mixin. */
final class StoreLocation {

    @Option(names = "--store", paramLabel = "LOCATION", required = true,
            description = "mem (in memory, gone when the command ends), a TDB2 directory (created if absent)"
                    + " or the URL of a SPARQL 1.1 dataset (http://host:3030/ds)")
    private String location;

    String location() {
        return location;
    }

    OpenStore open() {
        return OpenStore.open(location);
    }
}
