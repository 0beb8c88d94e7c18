package org.citynet.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Runs the Python clients against the running service, as third parties would: the harvester
 * ({@code src/test/python/harvest_test.py}: the catalogue, the VoID, the dumps, one entity in every RDF format,
 * and SELECT/ASK/CONSTRUCT on {@code /sparql}), and every format and alias the service answers in
 * ({@code client_formats_test.py}: documents by Accept, aliases and {@code format=}/{@code output=} with rdflib;
 * SELECT, ASK and CONSTRUCT with SPARQLWrapper in each returnFormat, alias and format name, and with rdflib's
 * SPARQLStore). Fails, saying what to install, when {@code /usr/bin/python3} lacks rdflib or SPARQLWrapper
 * (Debian: python3-rdflib python3-sparqlwrapper; CI installs them); only {@code -Dcitynet.it.skipPython=true}
 * skips it, for machines without them.
 */
class HarvesterIT extends RunningService {

    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Path SCRIPT = Path.of("src/test/python/harvest_test.py");
    private static final Path FORMATS = Path.of("src/test/python/client_formats_test.py");

    @Test
    void pythonHarvesterReadsTheCatalogueVoidDumpsEntityAndEndpoint() throws Exception {
        requirePython();
        Result result = run(List.of(PYTHON.toString(), SCRIPT.toString(), web.root()));
        assertThat(result.exitCode).as("harvest_test.py said:%n%s", result.output).isZero();
        assertThat(result.output).contains("0 failure(s)").contains("SPARQL count of the default graph")
                .contains("id/city/espoo.nq (by extension)").contains("id/city/espoo (application/ld+json)")
                .contains("SPARQL SELECT as XML").contains("SPARQL ASK as XML")
                .contains("id/city/espoo.nq (by extension): the default graph holds every statement");
    }

    /** Issue 15: each format and alias real clients ask for, read by rdflib and SPARQLWrapper. */
    @Test
    void pythonClientsReadEveryFormatAndAlias() throws Exception {
        requirePython();
        Result result = run(List.of(PYTHON.toString(), FORMATS.toString(), web.root()));
        assertThat(result.exitCode).as("client_formats_test.py said:%n%s", result.output).isZero();
        assertThat(result.output).contains("0 failure(s)")
                .contains("id/city/espoo (Accept: application/json): ").contains("catalog (Accept: text/n3)")
                .contains(".well-known/void (Accept: application/rdf+json)").contains("sparql (format: json)")
                .contains("id/city/espoo (output: nq)")
                .contains("SPARQLWrapper SELECT (Accept: text/plain)").contains("SPARQLWrapper SELECT (Accept: text/xml)")
                .contains("SPARQLWrapper SELECT (Accept: application/xml)").contains("SPARQLWrapper ASK (Accept: text/boolean)")
                .contains("SPARQLWrapper CONSTRUCT (returnFormat: JSON): application/ld+json")
                .contains("SPARQLWrapper CONSTRUCT (Accept: application/x-turtle)")
                .contains("SPARQLWrapper SELECT (format: tsv)").contains("rdflib SPARQLStore returnFormat=tsv");
    }

    private static void requirePython() throws Exception {
        assumeFalse(Boolean.getBoolean("citynet.it.skipPython"),
                "Python clients skipped on request (-Dcitynet.it.skipPython=true)");
        if (!Files.isExecutable(PYTHON)
                || run(List.of(PYTHON.toString(), "-c", "import rdflib, SPARQLWrapper")).exitCode != 0) {
            fail("The Python client tests need " + PYTHON + " with rdflib and SPARQLWrapper (Debian: apt-get install"
                    + " -y python3-rdflib python3-sparqlwrapper); skip them explicitly with -Dcitynet.it.skipPython=true");
        }
    }

    private static Result run(List<String> command) throws Exception {
        // Output goes to a file, so that a hanging script runs into the timeout instead of blocking a read.
        Path output = Files.createTempFile("harvest-", ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("Timed out after 5 minutes: " + command);
            }
            return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private record Result(int exitCode, String output) {
    }
}
