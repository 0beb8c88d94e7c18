package org.citynet.web.sparql.w3c;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.citynet.support.EditorServiceTestBase;
import org.citynet.support.Problems;
import org.citynet.support.TestEditor;
import org.citynet.web.sparql.EmbeddedFuseki;
import org.citynet.web.sparql.w3c.ProtocolManifest.Call;
import org.citynet.web.sparql.w3c.ProtocolManifest.ProtocolTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The W3C SPARQL 1.1 Protocol tests (w3c/rdf-tests, {@code sparql/sparql11/protocol}; copied into
 * {@code src/test/resources/w3c/protocol/}, see its README), every entry of the manifest, against the
 * service's {@code /sparql} — once at {@code /sparql/} as the manifest writes it and once at {@code /sparql} —
 * with writes on (a test user) and the data loaded through {@code /sparql/graph}; and every test that only
 * queries, against the embedded Fuseki's {@code /citynet/sparql} too, which the same code answers.
 *
 * <p>Six tests begin with {@code CLEAR ALL} or {@code DROP ALL}, which would empty the graphs the service
 * protects (the loaded knowledge graph): the service refuses them, all or nothing, and so they are
 * {@link #EXPECTED_REFUSALS}. For each, the runner asserts the refusal (403 {@code protected-graph}, nothing
 * written), and then runs the test once more with each {@code CLEAR ALL} / {@code DROP ALL} narrowed to
 * the graphs the suite itself writes ({@code DROP SILENT GRAPH} of each) — which is what "all" amounts to
 * on a store whose every other graph is protected — checking all of the test's expectations.
 */
class W3cProtocolIT extends EditorServiceTestBase {

    static final Map<String, String> EXPECTED_REFUSALS = Map.of(
            "update_dataset_default_graph", "CLEAR ALL",
            "update_dataset_default_graphs", "DROP ALL",
            "update_dataset_named_graphs", "DROP ALL",
            "update_dataset_full", "DROP ALL",
            "update_post_form", "CLEAR ALL",
            "update_post_direct", "CLEAR ALL");

    private static final Pattern ALL_GRAPHS = Pattern.compile("(?i)\\b(CLEAR|DROP)\\s+ALL\\b");
    private static final String BASE = "https://w3id.org/citynet/";
    private static final List<ProtocolTest> TESTS = ProtocolManifest.read();

    @Autowired
    EmbeddedFuseki fuseki;

    @Test
    void theManifestIsReadWholeAndOnlyTestsClearingEverythingAreExpectedRefusals() {
        assertThat(TESTS).hasSize(34);
        assertThat(TESTS).extracting(ProtocolTest::name).containsAll(EXPECTED_REFUSALS.keySet());
        for (ProtocolTest test : TESTS) {
            boolean clearsEverything = test.calls().stream().filter(Call::isUpdate)
                    .anyMatch(call -> ALL_GRAPHS.matcher(updateText(call)).find());
            assertThat(clearsEverything).as("%s clears or drops ALL", test.name())
                    .isEqualTo(EXPECTED_REFUSALS.containsKey(test.name()));
        }
    }

    @TestFactory
    Stream<DynamicTest> atSparqlWithTheManifestsTrailingSlash() {
        return TESTS.stream().map(test -> DynamicTest.dynamicTest(test.name() + " — " + test.title(),
                () -> run(service("/sparql/"), test)));
    }

    @TestFactory
    Stream<DynamicTest> atSparql() {
        return TESTS.stream().map(test -> DynamicTest.dynamicTest(test.name() + " — " + test.title(),
                () -> run(service("/sparql"), test)));
    }

    @TestFactory
    Stream<DynamicTest> queriesOnTheEmbeddedFuseki() {
        ProtocolRunner onFuseki = new ProtocolRunner(fuseki.datasetUrl() + "/sparql", url("/sparql/graph"),
                TestEditor.authorization(), BASE);
        return TESTS.stream().filter(test -> !test.writes()).map(test -> DynamicTest.dynamicTest(
                test.name() + " — " + test.title(), () -> onFuseki.run(test)));
    }

    private void run(ProtocolRunner runner, ProtocolTest test) {
        if (!EXPECTED_REFUSALS.containsKey(test.name())) {
            runner.run(test);
            return;
        }
        runner.load(test);
        long generation = store.generation();
        HttpResponse<byte[]> refused = runner.send(test.calls().get(0));
        JsonObject problem = JSON.parse(ProtocolRunner.text(refused));
        assertThat(refused.statusCode()).as("%s: %s", test.name(), problem).isEqualTo(403);
        assertThat(problem.getString("type")).isEqualTo(Problems.TYPE_BASE + "protected-graph");
        assertThat(store.generation()).as("%s: nothing written", test.name()).isEqualTo(generation);

        runner.run(narrowed(test));
    }

    /** The test with every CLEAR ALL / DROP ALL replaced by dropping each graph the suite writes. */
    private static ProtocolTest narrowed(ProtocolTest test) {
        String drops = ProtocolManifest.writtenGraphs(TESTS).stream().map(g -> "DROP SILENT GRAPH <" + g + ">")
                .collect(Collectors.joining(" ;\n"));
        List<Call> calls = test.calls().stream().map(call -> {
            if (!call.isUpdate()) {
                return call;
            }
            boolean form = call.body().startsWith("update=");
            String narrowed = ALL_GRAPHS.matcher(updateText(call)).replaceAll(drops);
            return new Call(call.method(), call.pathAndQuery(), call.headers(),
                    form ? "update=" + URLEncoder.encode(narrowed, StandardCharsets.UTF_8) : narrowed,
                    call.encoding(), call.expected());
        }).toList();
        return new ProtocolTest(test.name(), test.title(), test.graphData(), calls);
    }

    /** The update a call carries: its body, or its form's {@code update} decoded. */
    private static String updateText(Call call) {
        String body = call.body() == null ? "" : call.body();
        return body.startsWith("update=") ? URLDecoder.decode(body.substring("update=".length()),
                StandardCharsets.UTF_8) : body;
    }

    private ProtocolRunner service(String path) {
        return new ProtocolRunner(url(path), url("/sparql/graph"), TestEditor.authorization(), BASE);
    }

}
