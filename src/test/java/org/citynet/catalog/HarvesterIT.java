package org.citynet.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.citynet.store.EmbeddedFuseki;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.ClassUtils;

/**
 * Runs the Python harvester ({@code src/test/python/harvest_test.py}: rdflib and SPARQLWrapper, as a
 * third-party client would) against the running service. Skipped only when {@code /usr/bin/python3} has
 * no rdflib; CI installs it.
 */
class HarvesterIT extends RunningService {

    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Path SCRIPT = Path.of("src/test/python/harvest_test.py");

    @Autowired
    EmbeddedFuseki fuseki;

    @Test
    void pythonHarvesterReadsTheCatalogueVoidDumpsAndEndpoint() throws Exception {
        assumeTrue(Files.isExecutable(PYTHON) && run(List.of(PYTHON.toString(), "-c", "import rdflib")).exitCode == 0,
                "Skipped: /usr/bin/python3 has no rdflib (Debian: apt-get install python3-rdflib python3-sparqlwrapper)");
        List<String> command = new ArrayList<>(List.of(PYTHON.toString(), SCRIPT.toString(), web.root()));
        if (!ClassUtils.isPresent("org.citynet.sparql.SparqlController", getClass().getClassLoader())) {
            // This build has no /sparql query endpoint yet: SPARQLWrapper asks the embedded Fuseki's instead.
            command.addAll(List.of("--sparql-endpoint", fuseki.datasetUrl() + "/sparql"));
        }
        Result result = run(command);
        assertThat(result.exitCode).as("harvest_test.py said:%n%s", result.output).isZero();
        assertThat(result.output).contains("0 failure(s)").contains("SPARQL count of the default graph");
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
