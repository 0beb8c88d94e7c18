package org.citynet.tools.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.citynet.kernel.load.LoaderFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CitynetCliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CitynetCli cli = new CitynetCli(print(out), print(err));

    @TempDir
    Path temp;

    @Test
    void validateAcceptsGoodFixtures() {
        int code = cli.run("validate", "--root", LoaderFixtures.root().toString());

        assertThat(code).isZero();
        assertThat(text(out)).contains("4 graphs, 23 triples; 0 violations, 0 warnings");
        assertThat(text(err)).isEmpty();
    }

    @Test
    void validateReportsSyntaxErrorsWithPosition() {
        Path root = LoaderFixtures.copyGood(temp);
        LoaderFixtures.addData(root, "broken/syntax-error.trig");

        int code = cli.run("validate", "--root=" + root);

        assertThat(code).isEqualTo(CitynetCli.REFUSED);
        assertThat(text(err)).contains("data/syntax-error.trig:6:5: syntax error: ");
    }

    @Test
    void validateReportsShapeViolations() {
        Path root = LoaderFixtures.copyGood(temp);
        LoaderFixtures.addData(root, "broken/missing-title.trig");

        int code = cli.run("validate", "--root", root.toString());

        assertThat(code).isEqualTo(CitynetCli.REFUSED);
        assertThat(text(err)).contains("SHACL violation: focus <https://example.org/id/untitled> path dct:title");
        assertThat(text(out)).contains("1 violations");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(cli.run("frobnicate")).isEqualTo(CitynetCli.USAGE);
        assertThat(cli.run()).isEqualTo(CitynetCli.USAGE);
        assertThat(cli.run("validate", "--verbose")).isEqualTo(CitynetCli.USAGE);
        assertThat(cli.run("load", "--root", "x")).isEqualTo(CitynetCli.USAGE);
        assertThat(cli.run("validate", "--root")).isEqualTo(CitynetCli.USAGE);
        assertThat(text(err)).contains("unknown subcommand frobnicate").contains("Usage: citynet");
    }

    @Test
    void helpExitsWithZero() {
        assertThat(cli.run("--help")).isZero();
        assertThat(text(out)).contains("Usage: citynet");
    }

    @Test
    void loadWritesIntoTdb2Directory() {
        Path store = temp.resolve("tdb");

        int code = cli.run("load", "--store", store.toString(), "--root", LoaderFixtures.root().toString());

        assertThat(code).as(text(err)).isZero();
        assertThat(text(out)).contains("Loaded 4 graphs, 23 triples into " + store);
        Dataset dataset = TDB2Factory.connectDataset(store.toString());
        try {
            assertThat(countAgreementTriples(dataset.asDatasetGraph())).isEqualTo(7);
        } finally {
            TDBInternal.expel(dataset.asDatasetGraph());
        }
    }

    @Test
    void loadIntoMemoryWorks() {
        assertThat(cli.run("load", "--store", "mem", "--root", LoaderFixtures.root().toString())).isZero();
        assertThat(text(out)).contains("Loaded 4 graphs, 23 triples into mem");
    }

    @Test
    void refusedLoadExitsWithOne() {
        Path root = LoaderFixtures.copyGood(temp.resolve("project"));
        LoaderFixtures.addData(root, "broken/end-before-start.trig");

        int code = cli.run("load", "--store", "mem", "--root", root.toString());

        assertThat(code).isEqualTo(CitynetCli.REFUSED);
        assertThat(text(err)).contains("SHACL violation: focus <https://example.org/id/backwards>");
    }

    private static long countAgreementTriples(DatasetGraph dataset) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(
                "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        query.setIri("g", LoaderFixtures.AGREEMENTS_GRAPH);
        return Txn.calculateRead(dataset, () -> {
            try (QueryExec exec = QueryExec.dataset(dataset).query(query.asQuery()).build()) {
                return ((Number) exec.select().next().get("n").getLiteralValue()).longValue();
            }
        });
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
