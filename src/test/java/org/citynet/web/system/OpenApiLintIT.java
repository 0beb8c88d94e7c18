package org.citynet.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.citynet.support.ServiceTestBase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The service's own {@code /openapi.json}, as a running service serves it, passes Redocly CLI's recommended
 * rules without an error or a warning ({@link RedoclyLinter}), and says what the issue asked of it: a real
 * title and the project's version, a description, a contact and a licence, a server, a summary and a
 * description for every operation and every parameter, and for every operation the refusals it can give
 * as problem details of the one shared schema. The document is kept in {@code target/openapi/}.
 */
class OpenApiLintIT extends ServiceTestBase {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theDescriptionPassesRedoclysRecommendedRules() throws Exception {
        Path document = fetch();
        RedoclyLinter.Run run = RedoclyLinter.lint(document);
        JsonNode report = report(run);
        List<String> problems = new ArrayList<>();
        report.path("problems").forEach(p -> problems.add(p.path("severity").asString() + " "
                + p.path("ruleId").asString() + ": " + p.path("message").asString() + " at "
                + p.path("location").path(0).path("pointer").asString()));
        assertThat(report.path("totals").path("errors").asInt()).as("errors: %s", problems).isZero();
        assertThat(report.path("totals").path("warnings").asInt()).as("warnings: %s", problems).isZero();
        assertThat(run.exitCode()).as(run.output()).isZero();
    }

    @Test
    void everyOperationIsDescribedWithItsRefusals() throws Exception {
        JsonNode api = json.readTree(Files.readString(fetch()));
        JsonNode info = api.path("info");
        assertThat(info.path("title").asString()).isEqualTo("citynet API");
        assertThat(info.path("version").asString()).isNotIn("v0", "unknown").matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(info.path("description").asString()).contains("problem");
        assertThat(info.path("license").path("url").asString())
                .isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        assertThat(info.path("contact").path("name").asString()).isNotBlank();
        assertThat(api.path("servers")).isNotEmpty();
        assertThat(api.path("components").path("schemas").has(OpenApiConfiguration.PROBLEM_DETAIL)).isTrue();
        int operations = 0;
        for (var path : api.path("paths").properties()) {
            for (var method : path.getValue().properties()) {
                JsonNode operation = method.getValue();
                String name = method.getKey().toUpperCase() + " " + path.getKey();
                operations++;
                assertThat(operation.path("summary").asString()).as(name).isNotBlank();
                assertThat(operation.path("description").asString()).as(name).isNotBlank();
                operation.path("parameters").forEach(p -> assertThat(p.path("description").asString())
                        .as("%s parameter %s", name, p.path("name").asString()).isNotBlank());
                List<String> statuses = new ArrayList<>(operation.path("responses").propertyNames());
                assertThat(statuses).as(name).contains("400", "429", "500").anyMatch(s -> s.startsWith("2"));
                // A HEAD answer has no body to hold a problem.
                for (String status : statuses.stream().filter(s -> s.matches("[45]\\d\\d"))
                        .filter(s -> !method.getKey().equals("head")).toList()) {
                    assertThat(problemSchema(api, operation.path("responses").path(status)))
                            .as("%s %s", name, status)
                            .isEqualTo("#/components/schemas/" + OpenApiConfiguration.PROBLEM_DETAIL);
                }
            }
        }
        assertThat(operations).isGreaterThan(60);
    }

    /** The schema a problem answer refers to, following a reference to a shared answer. */
    private static String problemSchema(JsonNode api, JsonNode response) {
        JsonNode answer = response;
        if (response.has("$ref")) {
            String name = response.path("$ref").asString().replace(OpenApiConfiguration.RESPONSES, "");
            answer = api.path("components").path("responses").path(name);
        }
        return answer.path("content").path("application/problem+json").path("schema").path("$ref").asString();
    }

    private Path fetch() throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url("/openapi.json"))).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        Path document = Path.of("target/openapi/openapi.json");
        Files.createDirectories(document.getParent());
        Files.write(document, response.body());
        return document;
    }

    private JsonNode report(RedoclyLinter.Run run) {
        try {
            return json.readTree(run.stdout());
        } catch (RuntimeException e) {
            throw new AssertionError("Redocly did not report in JSON (exit " + run.exitCode() + "):\n" + run.output(),
                    e);
        }
    }
}
