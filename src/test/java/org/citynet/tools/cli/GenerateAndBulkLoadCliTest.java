package org.citynet.tools.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate} and {@code bulk-load} on the command line: output, exit codes, usage errors. */
class GenerateAndBulkLoadCliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CitynetCli cli = new CitynetCli(print(out), print(err));

    @TempDir
    Path temp;

    @Test
    void generateWritesTheFileAndSaysWhatIsInIt() throws IOException {
        Path file = temp.resolve("gen.nq");

        int code = cli.run("generate", "--cities", "50", "--seed", "5", "--out", file.toString());

        assertThat(code).as(text(err)).isZero();
        long lines;
        try (var stream = Files.lines(file)) {
            lines = stream.count();
        }
        String quads = String.format(java.util.Locale.ROOT, "%,d quads", lines);
        assertThat(text(out)).contains("Wrote " + file + ": " + quads)
                .contains("50 cities").contains("(seed 5)");
    }

    @Test
    void generateRefusesWhatItCannotDo() throws IOException {
        assertThat(cli.run("generate", "--out", temp.resolve("a.nq").toString())).isEqualTo(CitynetCli.USAGE);
        assertThat(cli.run("generate", "--cities", "5", "--out", temp.resolve("a.nq").toString()))
                .isEqualTo(CitynetCli.USAGE);
        assertThat(cli.run("generate", "--cities", "many", "--out", temp.resolve("a.nq").toString()))
                .isEqualTo(CitynetCli.USAGE);
        assertThat(cli.run("generate", "--cities", "50", "--out", temp.resolve("a.ttl").toString()))
                .isEqualTo(CitynetCli.USAGE);
        assertThat(cli.run("generate", "--cities", "50")).isEqualTo(CitynetCli.USAGE);
        assertThat(cli.run("generate", "--cities", "50", "--out", temp.resolve("a.nq").toString(), "--root",
                temp.toString())).isEqualTo(CitynetCli.USAGE);
        assertThat(text(err)).contains("generate needs --cities N").contains("between 10 and")
                .contains("--cities must be a whole number, not 'many'").contains("name it *.nq")
                .contains("generate needs --out").contains("--root must be the project folder")
                .contains("Usage: citynet");
        try (var files = Files.list(temp)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void bulkLoadReportsTheRateAndRefusesASecondLoadWithoutForce() {
        Path file = temp.resolve("gen.nq.gz");
        Path store = temp.resolve("tdb");
        assertThat(cli.run("generate", "--cities", "40", "--out", file.toString())).isZero();

        assertThat(cli.run("bulk-load", "--store", store.toString(), file.toString())).as(text(err)).isZero();
        assertThat(text(out)).containsPattern("Bulk-loaded [0-9,]+ quads in [0-9]+ graphs into new store " + store
                + " in [0-9.]+ s: [0-9,]+ quads/s \\(loader phased, peak heap [0-9,]+ MB\\)");

        assertThat(cli.run("bulk-load", "--store", store.toString(), file.toString())).isEqualTo(CitynetCli.REFUSED);
        assertThat(text(err)).contains("already holds data").contains("--force");
    }

    @Test
    void bulkLoadReportsASyntaxErrorWithFileLineAndColumn() throws IOException {
        Path file = temp.resolve("broken.nq");
        Files.write(file, List.of(
                "<https://example.org/s> <https://example.org/p> <https://example.org/o> <https://example.org/g> .",
                "<https://example.org/s> <https://example.org/p> . # the object is missing",
                "<https://example.org/s> <https://example.org/p> <https://example.org/o> <https://example.org/g> ."));

        int code = cli.run("bulk-load", "--store", temp.resolve("tdb").toString(), file.toString());

        assertThat(code).isEqualTo(CitynetCli.REFUSED);
        assertThat(text(err)).containsPattern(java.util.regex.Pattern.quote(file + ":2:") + "[0-9]+: syntax error: ");
        assertThat(temp.resolve("tdb")).doesNotExist();
    }

    @Test
    void bulkLoadRefusesWhatItCannotDo() {
        Path file = temp.resolve("any.nq");
        assertThat(cli.run("bulk-load", "--store", "mem", file.toString())).isEqualTo(CitynetCli.USAGE);
        assertThat(cli.run("bulk-load", "--store", "http://localhost:3030/ds", file.toString()))
                .isEqualTo(CitynetCli.USAGE);
        assertThat(cli.run("bulk-load", "--store", temp.resolve("tdb").toString())).isEqualTo(CitynetCli.USAGE);
        assertThat(cli.run("bulk-load", file.toString())).isEqualTo(CitynetCli.USAGE);
        assertThat(cli.run("bulk-load", "--store", temp.resolve("tdb").toString(), "--loader", "turbo",
                file.toString())).isEqualTo(CitynetCli.USAGE);
        assertThat(text(err)).contains("--store must be a directory, not mem").contains("needs at least one FILE")
                .contains("bulk-load needs --store").contains("Unknown loader 'turbo'");
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
