package org.citynet.kernel.bulk;

import java.util.Locale;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Jena's TDB2 bulk loaders ({@link LoaderFactory}) and what each promises when a load fails.
 *
 * <ul>
 *   <li>{@link #BASIC} streams into the dataset inside one ordinary write transaction; a failure aborts it
 *       and the dataset is as before. Slowest, but the only one safe for a store that already holds data.</li>
 *   <li>{@link #PHASED} (Jena's default) and {@link #PARALLEL} take the dataset over exclusively and write
 *       the node table and each index in transactions of their own, committed one by one as the phases end;
 *       there is no transaction around the whole load, so a failure can leave some indexes written and
 *       others not. citynet therefore uses them only to build a new store in a staging directory that
 *       becomes the store only after the load has finished ({@link BulkLoader}).</li>
 * </ul>
 */
public enum BulkMethod {
    BASIC(true),
    PHASED(false),
    PARALLEL(false);

    private final boolean transactional;

    BulkMethod(boolean transactional) {
        this.transactional = transactional;
    }

    /** @throws IllegalArgumentException naming the accepted values */
    public static BulkMethod of(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown loader '" + name + "': use basic, phased or parallel", e);
        }
    }

    /** True if a failed load leaves the dataset as it was (one transaction around everything). */
    public boolean transactional() {
        return transactional;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    DataLoader create(DatasetGraph dataset, MonitorOutput output) {
        return switch (this) {
            case BASIC -> LoaderFactory.basicLoader(dataset, output);
            case PHASED -> LoaderFactory.phasedLoader(dataset, output);
            case PARALLEL -> LoaderFactory.parallelLoader(dataset, output);
        };
    }
}
