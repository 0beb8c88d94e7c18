package org.citynet.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;

/** What integration tests expect of every refusal: an RFC 9457 problem, with no trace of the implementation. */
public final class Problems {

    /** Where the problem types live: {@code type} is this and a short name. */
    public static final String TYPE_BASE = "https://w3id.org/citynet/problems/";

    private Problems() {
    }

    /** Checks that the answer is a problem of that status and type, and returns it parsed. */
    public static JsonObject expect(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        JsonObject problem = JSON.parse(response.body());
        assertThat(problem.getString("type")).isEqualTo(TYPE_BASE + type);
        assertThat(problem.getNumber("status").intValue()).isEqualTo(status);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("org.apache")
                .doesNotContain("org.springframework").doesNotContain("\tat ");
        return problem;
    }
}
