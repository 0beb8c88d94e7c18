package org.citynet.durability;

import java.util.Locale;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.kernel.store.StoreFactory;
import org.citynet.support.TestStores;

/**
 * Child JVM of {@link BulkLoaderCrashIT}: loads FILE into the TDB2 directory (opened by
 * {@link StoreFactory}) with one of Jena's TDB2 bulk loaders, as {@code tdb2.tdbloader --loader=NAME}
 * does: {@code startBulk}, {@code load}, {@code finishBulk}. Prints {@code started}, every progress
 * message of the loader as {@code monitor: ...}, and {@code done} after {@code finishBulk} returned.
 *
 * <pre>java ... org.citynet.durability.BulkLoadUntilKilled basic|sequential|phased|parallel TDB2_DIRECTORY FILE</pre>
 */
public final class BulkLoadUntilKilled {

    private BulkLoadUntilKilled() {
    }

    public static void main(String[] args) {
        ChildMain.quietLogging();
        try (KnowledgeStore store = StoreFactory.open(args[1], java.nio.file.Path.of(""),
                StoreFactory.RemoteOptions.NONE)) {
            DataLoader loader = loader(args[0], TestStores.dataset(store));
            loader.startBulk();
            ChildMain.say("started");
            try {
                loader.load(args[2]);
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
        }
        ChildMain.say("done");
    }

    static DataLoader loader(String name, DatasetGraph dataset) {
        MonitorOutput output = (format, values) -> ChildMain.say("monitor: " + String.format(format, values));
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "basic" -> LoaderFactory.basicLoader(dataset, output);
            case "sequential" -> LoaderFactory.sequentialLoader(dataset, output);
            case "phased" -> LoaderFactory.phasedLoader(dataset, output);
            case "parallel" -> LoaderFactory.parallelLoader(dataset, output);
            default -> throw new IllegalArgumentException("No loader " + name);
        };
    }
}
