package org.citynet.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * What clients get wrong gets a problem+json answer: 404 for unknown ids, 400 naming the parameter for
 * malformed or unknown filter values; and every answer cites non-empty sources with their seed files.
 */
class ApiProblemsIT extends ApiIntegrationSupport {

    @ParameterizedTest
    @ValueSource(strings = {"/api/cities/atlantis", "/api/cities/Espoo", "/api/networks/atlantis",
            "/api/agreements/atlantis", "/api/themes/atlantis", "/api/cities/" + "x%20y"})
    void unknownIdsAreNotFound(String path) {
        Answer answer = get(path, "Accept", "application/json");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.json().path("status").asInt()).isEqualTo(404);
        assertThat(answer.json().path("detail").asString()).startsWith("No ");
        assertThat(answer.response().headers().allValues("Vary").toString().toLowerCase(Locale.ROOT))
                .contains("accept-language");
    }

    @ParameterizedTest
    @CsvSource({
            "/api/agreements?inForce=yesterday, inForce",
            "/api/agreements?inForce=2015-02-30, inForce",
            "/api/agreements?type=foo, type",
            "/api/agreements?city=atlantis, city",
            "/api/agreements?city=Not%20A%20Slug, city",
            "/api/cities?country=xx, country",
            "/api/cities?country=FI!, country",
            "/api/cities?lang=123, lang",
            "/api/themes/education?lang=not_a_tag, lang"})
    void malformedFiltersAreBadRequestsNamingTheParameter(String path, String parameter) {
        Answer answer = get(path);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = answer.json();
        assertThat(problem.path("parameter").asString()).isEqualTo(parameter);
        assertThat(problem.path("detail").asString()).contains(parameter);
        assertThat(answer.response().body()).doesNotContain("Exception", "org.citynet");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/cities", "/api/cities/espoo", "/api/cities/kongsberg", "/api/networks",
            "/api/networks/eurocities", "/api/networks/mal-advisory-board", "/api/agreements",
            "/api/agreements/espoo-shanghai-partnership-1998", "/api/themes", "/api/themes/transport"})
    void everyAnswerCitesItsSourceDocuments(String path) {
        JsonNode answer = ok(path);
        Map<String, String> seeds = seedFilesOfSources();
        assertThat(answer.path("sources").size()).isPositive();
        answer.path("sources").valueStream().forEach(source -> {
            String iri = source.path("iri").asString();
            assertThat(source.path("seedFile").asString()).as(iri).isEqualTo(seeds.get(iri));
            assertThat(source.path("title").asString()).as(iri).isNotBlank();
            assertThat(source.path("graph").asString()).as(iri).startsWith("https://w3id.org/citynet/graph/source-");
        });
    }
}
