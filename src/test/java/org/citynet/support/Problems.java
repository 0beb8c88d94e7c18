package org.citynet.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * What tests expect of every refusal: an RFC 9457 problem, with no trace of the implementation. Integration
 * tests check real HTTP answers ({@link #expect}), web slices MockMvc's ({@link #problem}).
 */
public final class Problems {

    /** Where the problem types live: {@code type} is this and a short name. */
    public static final String TYPE_BASE = "https://w3id.org/citynet/problems/";

    private Problems() {
    }

    /** Checks that the answer is a problem of that status and type, and returns it parsed. */
    public static JsonObject expect(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        return parse(response.body(), status, type);
    }

    /** The same check on a MockMvc answer: {@code mvc.perform(...).andExpect(Problems.problem(404, "not-found"))}. */
    public static ResultMatcher problem(int status, String type) {
        return result -> {
            MockHttpServletResponse response = result.getResponse();
            String body = response.getContentAsString(StandardCharsets.UTF_8);
            assertThat(response.getStatus()).as(body).isEqualTo(status);
            assertThat(response.getContentType()).startsWith("application/problem+json");
            parse(body, status, type);
        };
    }

    private static JsonObject parse(String body, int status, String type) {
        JsonObject problem = JSON.parse(body);
        assertThat(problem.getString("type")).isEqualTo(TYPE_BASE + type);
        assertThat(problem.getNumber("status").intValue()).isEqualTo(status);
        assertThat(body).doesNotContain("Exception").doesNotContain("org.apache")
                .doesNotContain("org.springframework").doesNotContain("\tat ");
        return problem;
    }
}
