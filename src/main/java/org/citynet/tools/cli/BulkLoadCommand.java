package org.citynet.tools.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.jena.system.progress.MonitorOutputs;
import org.citynet.kernel.bulk.BulkLoadRequest;
import org.citynet.kernel.bulk.BulkLoadSummary;
import org.citynet.kernel.bulk.BulkLoader;
import org.citynet.kernel.bulk.BulkMethod;
import org.slf4j.LoggerFactory;

/**
 * {@code bulk-load --store DIR [--loader basic|phased|parallel] [--force] [--root DIR] FILE...}: loads large
 * files into a TDB2 directory through Jena's bulk loaders (see {@link BulkLoader} for what is promised),
 * with progress on stderr and a summary with the rate on stdout.
 */
final class BulkLoadCommand {

    static final String USAGE = """
              bulk-load --store DIR [--loader L] [--force] [--root DIR] FILE...
                                                     load large files into a TDB2 directory with Jena's bulk
                                                     loader L (phased: default for a new store, parallel,
                                                     basic: the only one for an existing store, which also
                                                     needs --force if it holds data); adds the ontology and
                                                     a manifest so the service reuses the store as it is
            """.stripTrailing();

    private final PrintStream out;

    BulkLoadCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> args) {
        OptionScanner options = new OptionScanner(args, Set.of("--store", "--loader", "--root"), Set.of("--force"));
        String store = options.required("--store", "bulk-load");
        if (store.equals("mem") || store.startsWith("http://") || store.startsWith("https://")) {
            throw new UsageException("bulk-load writes a TDB2 directory; --store must be a directory, not " + store);
        }
        if (options.positional().isEmpty()) {
            throw new UsageException("bulk-load needs at least one FILE");
        }
        BulkMethod method = null;
        if (options.has("--loader")) {
            try {
                method = BulkMethod.of(options.get("--loader"));
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
        BulkLoadRequest request = new BulkLoadRequest(Path.of(store), options.positional().stream().map(Path::of)
                .toList(), Path.of(options.get("--root", ".")), method, options.has("--force"));
        BulkLoader loader = new BulkLoader(MonitorOutputs.outputToLog(LoggerFactory.getLogger(BulkLoader.class)));
        BulkLoadSummary summary = loader.load(request);
        out.println("Bulk-loaded " + summary.describe());
        return CitynetCli.OK;
    }
}
