package org.citynet.web.api;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.RDFDataMgr;
import org.citynet.support.ServiceTestBase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The running service ({@link ServiceTestBase}) as the API's integration tests use it: requests go over
 * real HTTP; answers are parsed with Jackson.
 */
abstract class ApiIntegrationSupport extends ServiceTestBase {

    private final HttpClient http = HttpClient.newHttpClient();

    /** An answer: status, headers and the parsed body. */
    record Answer(int status, HttpResponse<String> response, JsonNode json) {
        String header(String name) {
            return response.headers().firstValue(name).orElse("");
        }
    }

    Answer get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body().isEmpty() ? null : JsonMapper.shared().readTree(response.body());
            return new Answer(response.statusCode(), response, json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A 200 JSON answer's body. */
    JsonNode ok(String path, String... headers) {
        Answer answer = get(path, headers);
        if (answer.status() != 200) {
            throw new AssertionError("GET " + path + " answered " + answer.status() + ": " + answer.response().body());
        }
        return answer.json();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static List<String> texts(JsonNode array, String field) {
        return array.valueStream().map(n -> n.path(field).asString(null)).toList();
    }

    static JsonNode find(JsonNode array, String field, String value) {
        return array.valueStream().filter(n -> value.equals(n.path(field).asString(null))).findFirst()
                .orElseThrow(() -> new AssertionError("No item with " + field + " = " + value + " in " + array));
    }

    /** The seed files an answer's sources name. */
    static Set<String> seedFiles(JsonNode answer) {
        return answer.path("sources").valueStream().map(s -> s.path("seedFile").asString(null))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The seed file of each source document as data/sources.trig states it, read with Jena RIOT: tests
     * compare answers with the data, not with names typed in again.
     */
    static Map<String, String> seedFilesOfSources() {
        Dataset sources = RDFDataMgr.loadDataset(Path.of("data", "sources.trig").toString());
        Map<String, String> seeds = new TreeMap<>();
        String query = "SELECT ?s ?f WHERE { GRAPH ?g { ?s <https://w3id.org/citynet/ontology#seedFile> ?f } }";
        try (QueryExecution execution = QueryExecution.dataset(sources).query(query).build()) {
            execution.execSelect().forEachRemaining(row ->
                    seeds.put(row.getResource("s").getURI(), row.getLiteral("f").getLexicalForm()));
        }
        return seeds;
    }

    /** The seed files of the given source documents ({@code 000}, {@code 003}, ...). */
    static Set<String> seedFilesOf(String... sourceNumbers) {
        Map<String, String> all = seedFilesOfSources();
        return Arrays.stream(sourceNumbers)
                .map(n -> all.get("https://w3id.org/citynet/id/source/" + n))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
