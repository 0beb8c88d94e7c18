package org.citynet.web.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.apache.jena.rdfconnection.RDFConnection;
import org.citynet.support.ServiceTestBase;
import org.junit.jupiter.api.Test;

/**
 * Comunica ({@code @comunica/query-sparql}, a SPARQL engine in JavaScript) against the running service:
 * {@code /sparql} as a SPARQL endpoint (SELECT, ASK, CONSTRUCT) and {@code /id/city/espoo} as a document
 * source, which Comunica asks for in N-Quads first and queries without {@code GRAPH} — answered from the
 * document's default graph — and with {@code GRAPH}, answered from the sources' named graphs
 * ({@code src/test/js/comunica_test.mjs}).
 *
 * <p>Comunica needs Node 22, which npm installs as a package: the first run installs both, pinned in
 * {@code src/test/js/package.json}, into {@code target/comunica} (about a minute; later runs reuse it). The
 * test needs {@code npm} (Debian: {@code apt-get install -y npm}; {@code .ci/test} installs it) and fails
 * without it; it skips, saying so, only when the npm registry cannot be reached, and on request with
 * {@code -Dcitynet.it.skipComunica=true}.
 */
class ComunicaIT extends ServiceTestBase {

    private static final Path SOURCES = Path.of("src/test/js");
    private static final Path INSTALL = Path.of("target/comunica");
    private static final Path NODE = INSTALL.resolve("node_modules/.bin/node");
    private static final Pattern UNREACHABLE = Pattern.compile(
            "ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|network|socket hang up");
    private static final String ESPOO = "https://w3id.org/citynet/id/city/espoo";

    @Test
    void comunicaQueriesTheEndpointAndTheEntityDocumentAlike() throws Exception {
        assumeFalse(Boolean.getBoolean("citynet.it.skipComunica"),
                "Comunica test skipped on request (-Dcitynet.it.skipComunica=true)");
        install();
        Result run = run(List.of(NODE.toAbsolutePath().toString(), "comunica_test.mjs", url("/")), INSTALL, 5);
        assertThat(run.exitCode).as("comunica_test.mjs said:%n%s", run.output).isZero();
        String last = run.output.strip().lines().reduce((first, second) -> second).orElse("");
        JsonObject answer = Json.createReader(new StringReader(last)).readObject();

        List<String> twins = fromStore("SELECT ?t { <" + ESPOO + "> <https://w3id.org/citynet/ontology#twinnedWith> ?t }"
                + " ORDER BY ?t", "t");
        assertThat(twins).hasSize(10);
        assertThat(strings(answer, "endpointTwins")).as("through /sparql").isEqualTo(twins);
        assertThat(answer.getBoolean("endpointAsk")).isTrue();
        assertThat(answer.getInt("endpointConstructed")).isEqualTo(twins.size());
        assertThat(strings(answer, "documentTwins")).as("from the document's default graph").isEqualTo(twins);
        assertThat(strings(answer, "documentGraphs")).as("the sources' named graphs")
                .isEqualTo(fromStore("SELECT DISTINCT ?g { GRAPH ?g { <" + ESPOO
                        + "> <https://w3id.org/citynet/ontology#twinnedWith> ?t } } ORDER BY ?g", "g"));
        JsonObject document = answer.getJsonArray("exchanges").stream().map(JsonObject.class::cast)
                .filter(exchange -> exchange.getString("url").endsWith("/id/city/espoo")).findFirst().orElseThrow();
        assertThat(document.getString("accept")).startsWith("application/n-quads");
        assertThat(document.getString("contentType")).startsWith("application/n-quads");
    }

    /** Node 22 and Comunica into target/comunica, unless there already. */
    private static void install() throws Exception {
        Files.createDirectories(INSTALL);
        for (String file : List.of("package.json", "comunica_test.mjs")) {
            Files.copy(SOURCES.resolve(file), INSTALL.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        if (Files.isExecutable(NODE) && Files.isDirectory(INSTALL.resolve("node_modules/@comunica/query-sparql"))) {
            return;
        }
        Result npm;
        try {
            npm = run(List.of("npm", "install", "--no-audit", "--no-fund", "--prefix", "."), INSTALL, 10);
        } catch (IOException e) {
            fail("The Comunica test needs npm (Debian: apt-get install -y npm; .ci/test installs it); skip it"
                    + " explicitly with -Dcitynet.it.skipComunica=true. " + e.getMessage());
            return;
        }
        if (npm.exitCode != 0) {
            assumeTrue(!UNREACHABLE.matcher(npm.output).find(),
                    "Comunica test skipped: the npm registry cannot be reached to install Node 22 and Comunica:\n"
                            + npm.output);
            fail("npm could not install Comunica:%n%s".formatted(npm.output));
        }
    }

    private List<String> fromStore(String query, String variable) {
        List<String> values = new ArrayList<>();
        try (RDFConnection connection = store.connect()) {
            connection.querySelect(query, row -> values.add(row.get(variable).toString()));
        }
        return values;
    }

    private static List<String> strings(JsonObject answer, String name) {
        return answer.getJsonArray(name).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static Result run(List<String> command, Path directory, int minutes) throws Exception {
        // Output goes to a file, so that a hanging process runs into the timeout instead of blocking a read.
        Path output = Files.createTempFile("comunica-", ".log");
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("Timed out after " + minutes + " minutes: " + command);
            }
            return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private record Result(int exitCode, String output) {
    }
}
