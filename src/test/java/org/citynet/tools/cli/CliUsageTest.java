package org.citynet.tools.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** What the command line says when it is asked for help or given a command line it cannot use. */
class CliUsageTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CitynetCli cli = new CitynetCli(print(out), print(err));

    @Test
    void helpListsEverySubcommandWithItsOptionsAndTheExitCodes() {
        assertThat(cli.run("--help")).isZero();

        assertThat(text(out)).contains("Usage: citynet", "citynet validate [--root DIR]",
                "citynet load --store LOCATION [--root DIR]", "citynet backup --store LOCATION --out FILE",
                "citynet restore --store LOCATION --in FILE [--force]",
                "citynet generate --cities N --out FILE [--seed S] [--root DIR]",
                "citynet bulk-load --store DIR [--loader L] [--force] [--root DIR] FILE...",
                "Exit codes:", "3   the store failed");
        assertThat(text(err)).isEmpty();
    }

    @Test
    void eachSubcommandHasItsOwnHelp() {
        assertThat(cli.run("restore", "--help")).isZero();
        assertThat(cli.run("help", "bulk-load")).isZero();

        assertThat(text(out)).contains("Usage: citynet restore [-hV] --store LOCATION --in FILE [--force]",
                "--force", "replace a store that holds data", "Usage: citynet bulk-load", "--loader L");
    }

    @Test
    void versionNamesTheProjectAndJenaVersions() {
        assertThat(cli.run("--version")).isZero();

        assertThat(text(out)).containsPattern("citynet [0-9]+\\.[0-9]+\\.[0-9]+").contains("Apache Jena 5.");
    }

    @Test
    void aMissingSubcommandOrAnUnknownOneIsNamed() {
        assertThat(cli.run()).isEqualTo(CitynetCli.USAGE);
        assertThat(cli.run("valdate")).isEqualTo(CitynetCli.USAGE);

        assertThat(text(err)).contains("citynet: missing subcommand", "citynet: unknown subcommand valdate",
                "Did you mean: citynet validate");
        assertThat(text(out)).isEmpty();
    }

    @Test
    void aMisspeltOptionIsNamedWithTheOneMeant() {
        assertThat(cli.run("load", "--stor", "mem")).isEqualTo(CitynetCli.USAGE);

        assertThat(text(err)).contains("citynet: unknown option --stor", "--store",
                "Usage: citynet load [-hV] --store LOCATION [--root DIR]");
    }

    @Test
    void aMissingValueOrFileIsNamed() {
        assertThat(cli.run("validate", "--root")).isEqualTo(CitynetCli.USAGE);
        assertThat(cli.run("backup")).isEqualTo(CitynetCli.USAGE);
        assertThat(cli.run("bulk-load")).isEqualTo(CitynetCli.USAGE);
        assertThat(cli.run("validate", "--root", "--check")).isEqualTo(CitynetCli.USAGE);

        assertThat(text(err)).contains("citynet: --root needs a value",
                "citynet: backup needs --store LOCATION and --out FILE",
                "citynet: bulk-load needs --store DIR and at least one FILE",
                "Expected parameter for option '--root' but found '--check'");
    }

    @Test
    void aValueThatIsNotOfItsTypeIsNamed() {
        assertThat(cli.run("generate", "--cities", "50", "--seed", "x1", "--out", "a.nq")).isEqualTo(CitynetCli.USAGE);
        assertThat(cli.run("generate", "--cities", "1_000", "--out", "a.nq", "a.trig"))
                .isEqualTo(CitynetCli.USAGE);

        assertThat(text(err)).contains("citynet: --seed must be a whole number, not 'x1'",
                "citynet: generate takes no argument a.trig");
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
