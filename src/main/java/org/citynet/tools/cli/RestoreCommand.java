package org.citynet.tools.cli;

import java.nio.file.Path;

import org.citynet.kernel.backup.RestoreSummary;
import org.citynet.kernel.backup.StoreRestore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code restore --store LOCATION --in FILE [--force]}: checks and parses a backup, then replaces the store. */
@Command(name = "restore", description = "Check FILE against FILE.sha256 and parse it, then replace the store's"
        + " content in one transaction.")
final class RestoreCommand extends CliCommand {

    @Mixin
    private StoreLocation store;

    @Option(names = "--in", paramLabel = "FILE", required = true, description = "the backup to restore")
    private Path file;

    @Option(names = "--force", description = "replace a store that holds data (refused without it)")
    private boolean force;

    @Override
    public Integer call() {
        try (OpenStore opened = store.open()) {
            RestoreSummary summary = StoreRestore.restore(opened.store(), file, force);
            out().printf("Restored %d quads into %s from %s (SHA-256 %s verified)%s%n", summary.quads(),
                    store.location(), summary.file(), summary.sha256(),
                    summary.replaced() ? "; the previous content was replaced" : "");
            return CitynetCli.OK;
        }
    }
}
