package org.citynet.tools.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.citynet.kernel.backup.StoreSnapshot;
import org.citynet.kernel.load.LoaderFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup} and {@code restore} on the command line, with real TDB2 directories. */
class CitynetCliBackupTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CitynetCli cli = new CitynetCli(print(out), print(err));

    @TempDir
    Path temp;

    @Test
    void backupThenRestoreIntoAFreshDirectory() throws IOException {
        Path source = temp.resolve("source");
        Path backup = temp.resolve("citynet.nq.gz");
        assertThat(cli.run("load", "--store", source.toString(), "--root", LoaderFixtures.root().toString())).isZero();

        assertThat(cli.run("backup", "--store", source.toString(), "--out", backup.toString())).as(text(err)).isZero();
        String sha256 = Files.readString(backup.resolveSibling("citynet.nq.gz.sha256")).substring(0, 64);
        // 23 triples of the fixtures, plus the load graph: the manifest's 7 triples with four loaded graphs, its
        // type and title, and the origins of the ontology graph and of the load graph itself.
        assertThat(text(out)).contains("Backed up 34 quads in 5 named graphs from " + source + " to " + backup)
                .contains("SHA-256 " + sha256);

        Path restored = temp.resolve("restored");
        assertThat(cli.run("restore", "--store", restored.toString(), "--in=" + backup)).as(text(err)).isZero();
        assertThat(text(out)).contains("Restored 34 quads into " + restored + " from " + backup
                + " (SHA-256 " + sha256 + " verified)");
        snapshot(restored).assertSameAs(snapshot(source));
    }

    @Test
    void restoreRefusesAStoreWithDataUnlessForced() {
        Path store = temp.resolve("store");
        Path backup = temp.resolve("backup.nq.gz");
        assertThat(cli.run("load", "--store", store.toString(), "--root", LoaderFixtures.root().toString())).isZero();
        assertThat(cli.run("backup", "--store", store.toString(), "--out", backup.toString())).isZero();

        assertThat(cli.run("restore", "--store", store.toString(), "--in", backup.toString()))
                .isEqualTo(CitynetCli.REFUSED);
        assertThat(text(err)).contains("is not empty").contains("--force").contains("Refused: nothing was changed");

        assertThat(cli.run("restore", "--store", store.toString(), "--in", backup.toString(), "--force")).isZero();
        assertThat(text(out)).contains("the previous content was replaced");
    }

    @Test
    void aDamagedBackupExitsWithOne() throws IOException {
        Path backup = temp.resolve("backup.nq.gz");
        assertThat(cli.run("load", "--store", temp.resolve("a").toString(), "--root",
                LoaderFixtures.root().toString())).isZero();
        assertThat(cli.run("backup", "--store", temp.resolve("a").toString(), "--out", backup.toString())).isZero();
        byte[] bytes = Files.readAllBytes(backup);
        bytes[20] ^= 0x40;
        Files.write(backup, bytes);

        assertThat(cli.run("restore", "--store", temp.resolve("b").toString(), "--in", backup.toString()))
                .isEqualTo(CitynetCli.REFUSED);
        assertThat(text(err)).contains("the file is damaged or not the backup that was written");
    }

    @Test
    void usageErrors() {
        assertThat(cli.run("backup", "--store", "mem")).isEqualTo(CitynetCli.USAGE);
        assertThat(cli.run("backup", "--out", "x.nq.gz")).isEqualTo(CitynetCli.USAGE);
        assertThat(cli.run("restore", "--store", "mem", "--out", "x.nq.gz")).isEqualTo(CitynetCli.USAGE);
        assertThat(cli.run("load", "--store", "mem", "--force")).isEqualTo(CitynetCli.USAGE);
        assertThat(cli.run("validate", "--in", "x.nq.gz")).isEqualTo(CitynetCli.USAGE);
        assertThat(text(err)).contains("backup needs --out FILE", "backup needs --store LOCATION",
                "restore does not take --out", "load does not take --force", "validate does not take --in");
    }

    private static StoreSnapshot snapshot(Path directory) {
        var dataset = DatabaseMgr.connectDatasetGraph(directory.toString());
        try {
            return StoreSnapshot.of(dataset);
        } finally {
            TDBInternal.expel(dataset);
        }
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
