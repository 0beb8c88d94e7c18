package org.citynet.tools.cli;

import org.citynet.kernel.load.KnowledgeGraphFiles;
import org.citynet.kernel.load.KnowledgeGraphLoader;
import org.citynet.kernel.load.LoadSummary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code load --store LOCATION [--root DIR]}: validates, then replaces the store's graphs in one transaction. */
@Command(name = "load", description = "Validate, then replace the graphs in LOCATION in one transaction;"
        + " nothing is written unless everything is valid.")
final class LoadCommand extends CliCommand {

    @Mixin
    private StoreLocation store;

    @Mixin
    private ProjectRoot root;

    @Override
    public Integer call() {
        KnowledgeGraphFiles files = KnowledgeGraphFiles.fromRoot(root.path());
        try (OpenStore opened = store.open()) {
            LoadSummary summary = new KnowledgeGraphLoader().load(files, opened.target());
            summary.warnings().forEach(warning -> err().println(warning.describe()));
            out().printf("Loaded %d graphs, %d triples into %s in %d ms; content hash %s%n", summary.graphs().size(),
                    summary.triples(), store.location(), summary.duration().toMillis(), summary.contentHash());
            return CitynetCli.OK;
        }
    }
}
