package org.citynet.web.sparql;

import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.citynet.support.FixtureStore;
import org.citynet.support.Problems;
import org.citynet.web.system.AnswerCache;
import org.citynet.web.system.AnswerCacheProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The SPARQL protocol endpoint ({@code /sparql}) as a web slice on the fixture graph: queries by GET, form POST
 * and direct POST, answered in the format {@code Accept} asks for; a malformed query is a 400 problem naming
 * the position; an update without credentials is refused by the service's security before it reaches a
 * controller. The embedded Fuseki and the rate limit are the integration tests'.
 */
@WebMvcTest(controllers = SparqlController.class)
@Import({FixtureStore.class, SparqlEndpoint.class, SparqlConfiguration.class, AnswerCache.class})
@EnableConfigurationProperties(AnswerCacheProperties.class)
class SparqlWebTest {

    private static final String RESULTS_JSON = "application/sparql-results+json";
    private static final String CITIES = """
            PREFIX cn: <https://w3id.org/citynet/ontology#>
            SELECT ?city WHERE { ?city a cn:City } ORDER BY ?city""";

    /** The endpoint counts its queries; the slice has no metrics auto-configuration, so a plain registry. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Metrics {
        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }
    }

    @Autowired
    private MockMvc mvc;

    @Test
    void aSelectByGetListsTheFixtureCities() throws Exception {
        mvc.perform(get("/sparql").param("query", CITIES).header(HttpHeaders.ACCEPT, RESULTS_JSON))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(RESULTS_JSON))
                .andExpect(header().exists(HttpHeaders.ETAG))
                .andExpect(jsonPath("$.head.vars").value(contains("city")))
                .andExpect(jsonPath("$.results.bindings[*].city.value").value(contains(
                        "https://w3id.org/citynet/id/city/espoo", "https://w3id.org/citynet/id/city/helsinki",
                        "https://w3id.org/citynet/id/city/kongsberg", "https://w3id.org/citynet/id/city/tallinn")));
    }

    @Test
    void aFormPostAnsweredAsCsv() throws Exception {
        String count = """
                PREFIX org: <http://www.w3.org/ns/org#>
                SELECT (COUNT(?m) AS ?memberships) WHERE { ?m a org:Membership }""";
        mvc.perform(post("/sparql").contentType(MediaType.APPLICATION_FORM_URLENCODED).param("query", count)
                        .header(HttpHeaders.ACCEPT, "text/csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content().string("memberships\r\n4\r\n"));
    }

    @Test
    void aDirectPostAsk() throws Exception {
        mvc.perform(post("/sparql").contentType("application/sparql-query")
                        .content("ASK { <https://w3id.org/citynet/id/city/espoo> "
                                + "<https://w3id.org/citynet/ontology#twinnedWith> "
                                + "<https://w3id.org/citynet/id/city/kongsberg> }")
                        .header(HttpHeaders.ACCEPT, RESULTS_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.boolean").value(true));
    }

    @Test
    void aMalformedQueryIsA400ProblemWithItsPosition() throws Exception {
        mvc.perform(get("/sparql").param("query", "SELECT ?city WHERE { ?city a }")
                        .header(HttpHeaders.ACCEPT, RESULTS_JSON))
                .andExpect(Problems.problem(400, "malformed-query"))
                .andExpect(jsonPath("$.title").value("Malformed SPARQL query"))
                .andExpect(jsonPath("$.line").value(1))
                // The closing brace, where an object was expected.
                .andExpect(jsonPath("$.column").value(30));
    }

    @Test
    void anUpdateWithoutCredentialsIsRefused() throws Exception {
        mvc.perform(post("/sparql").contentType("application/sparql-update")
                        .content("INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/s> "
                                + "<https://example.org/p> \"o\" } }"))
                .andExpect(Problems.problem(403, "writes-not-enabled"));
    }
}
