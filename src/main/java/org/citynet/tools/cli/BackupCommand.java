package org.citynet.tools.cli;

import java.nio.file.Path;

import org.citynet.kernel.backup.BackupSummary;
import org.citynet.kernel.backup.StoreBackup;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code backup --store LOCATION --out FILE}: every quad of one snapshot, gzipped, with its checksum. */
@Command(name = "backup", description = "Write every quad of the store, from one snapshot, as gzipped N-Quads"
        + " to FILE (use .nq.gz), and its SHA-256 to FILE.sha256.")
final class BackupCommand extends CliCommand {

    @Mixin
    private StoreLocation store;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "the backup file to write")
    private Path file;

    @Override
    public Integer call() {
        try (OpenStore opened = store.open()) {
            BackupSummary summary = StoreBackup.backup(opened.store(), file);
            out().printf("Backed up %d quads in %d named graphs from %s to %s (%s)%n", summary.quads(),
                    summary.graphs(), store.location(), summary.file(), summary.snapshot());
            out().printf("SHA-256 %s, in %s%n", summary.sha256(), summary.checksum());
            return CitynetCli.OK;
        }
    }
}
