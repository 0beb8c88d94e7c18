package org.citynet.web.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citynet.web.sparql.SparqlHttp.Method.GET;
import static org.citynet.web.sparql.SparqlHttp.Method.POST_FORM;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.citynet.support.ServiceTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With {@code citynet.answer-cache.enabled=false} neither {@code /sparql} nor {@code /api/**} tags or keeps
 * answers: every request is computed, and {@code If-None-Match} is never answered 304.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "citynet.answer-cache.enabled=false")
class SparqlCacheOffIT {

    private static final String JSON = "application/sparql-results+json";

    @DynamicPropertySource
    static void freshStore(DynamicPropertyRegistry registry) {
        ServiceTestSupport.register(registry);
    }

    @Autowired
    MeterRegistry meters;
    @LocalServerPort
    int port;

    @Test
    void noTagsAndEveryRequestIsComputed() {
        SparqlHttp http = new SparqlHttp(port);
        long computed = count("ok");
        String query = SparqlHttp.PREFIXES + "SELECT ?twin WHERE { city:espoo cn:twinnedWith ?twin } ORDER BY ?twin";
        HttpResponse<String> first = http.query(GET, query, JSON);
        HttpResponse<String> posted = http.query(POST_FORM, query, JSON);
        HttpResponse<String> starred = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/sparql?query=" + SparqlHttp.encode(query))).header("Accept", JSON).header("If-None-Match", "*"));
        for (HttpResponse<String> response : List.of(first, posted, starred)) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("ETag")).isEmpty();
            assertThat(response.body()).isEqualTo(first.body());
        }
        assertThat(count("ok")).isEqualTo(computed + 3);
        assertThat(count("cached")).isZero();
        assertThat(count("not-modified")).isZero();

        HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/queries/twin-cities")));
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.headers().firstValue("ETag")).isEmpty();
    }

    private long count(String outcome) {
        return SparqlHttp.requests(meters, outcome);
    }
}
