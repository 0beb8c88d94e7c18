package org.citynet.tools.cli;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.system.progress.MonitorOutputs;
import org.citynet.kernel.bulk.BulkLoadRequest;
import org.citynet.kernel.bulk.BulkLoadSummary;
import org.citynet.kernel.bulk.BulkLoader;
import org.citynet.kernel.bulk.BulkMethod;
import org.slf4j.LoggerFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bulk-load --store DIR [--loader basic|phased|parallel] [--force] [--root DIR] FILE...}: loads large
 * files into a TDB2 directory through Jena's bulk loaders (see {@link BulkLoader} for what is promised),
 * with progress on stderr and a summary with the rate on stdout.
 */
@Command(name = "bulk-load", description = "Load large files into a TDB2 directory with one of Jena's bulk"
        + " loaders; adds the ontology and a manifest, so that the service reuses the store as it is.")
final class BulkLoadCommand extends CliCommand {

    @Option(names = "--store", paramLabel = "DIR", required = true,
            description = "the TDB2 directory; a new one is built beside it and renamed into place when complete")
    private String store;

    @Option(names = "--loader", paramLabel = "L", converter = Values.Loader.class,
            description = "phased (the default for a new store), parallel, or basic (one transaction: the only"
                    + " one for an existing store)")
    private BulkMethod method;

    @Option(names = "--force", description = "load into an existing store that holds data (with --loader basic)")
    private boolean force;

    @Mixin
    private ProjectRoot root;

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "N-Quads, TriG, Turtle or N-Triples, optionally gzipped; quads in named graphs only")
    private List<Path> files;

    @Override
    public Integer call() {
        if (store.equals("mem") || store.startsWith("http://") || store.startsWith("https://")) {
            throw usageError("bulk-load writes a TDB2 directory; --store must be a directory, not " + store);
        }
        BulkLoadRequest request = new BulkLoadRequest(Path.of(store), files, root.path(), method, force);
        BulkLoader loader = new BulkLoader(MonitorOutputs.outputToLog(LoggerFactory.getLogger(BulkLoader.class)));
        BulkLoadSummary summary = loader.load(request);
        out().println("Bulk-loaded " + summary.describe());
        return CitynetCli.OK;
    }
}
