package org.citynet.web.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.citynet.web.system.BadRequestException;
import org.citynet.web.system.InvalidParameterException;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** How protocol parameters become a request, and what is refused, without Spring MVC. */
class SparqlRequestTest {

    private static MultiValueMap<String, String> parameters(String... namesAndValues) {
        MultiValueMap<String, String> map = new LinkedMultiValueMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    @Test
    void takesTheQueryAndTheDatasetParameters() {
        SparqlRequest request = SparqlRequest.fromParameters(parameters("query", "ASK {}",
                "default-graph-uri", "urn:g:1", "default-graph-uri", "urn:g:2", "named-graph-uri", "urn:g:3"),
                QuerySource.URL);
        assertThat(request.query()).isEqualTo("ASK {}");
        assertThat(request.source()).isEqualTo(QuerySource.URL);
        assertThat(request.defaultGraphUris()).containsExactly("urn:g:1", "urn:g:2");
        assertThat(request.namedGraphUris()).containsExactly("urn:g:3");
    }

    @Test
    void aMissingOrBlankQueryIsRefused() {
        assertThatThrownBy(() -> SparqlRequest.fromParameters(parameters(), QuerySource.BODY))
                .isInstanceOf(BadRequestException.class).hasMessageStartingWith("Missing query parameter");
        assertThatThrownBy(() -> SparqlRequest.fromParameters(parameters("query", "  "), QuerySource.URL))
                .isInstanceOf(BadRequestException.class).hasMessageStartingWith("Missing query parameter");
    }

    @Test
    void twoQueriesAreRefused() {
        assertThatThrownBy(() -> SparqlRequest.fromParameters(parameters("query", "ASK {}", "query", "ASK {}"),
                QuerySource.URL)).isInstanceOf(BadRequestException.class).hasMessageContaining("exactly one");
        assertThatThrownBy(() -> SparqlRequest.fromBody("ASK {}", parameters("query", "ASK {}")))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("both in the body");
    }

    @Test
    void anUpdateParameterIsRefusedEvenWithAQuery() {
        assertThatThrownBy(() -> SparqlRequest.fromParameters(parameters("update", "DROP ALL"), QuerySource.BODY))
                .isInstanceOf(UpdateNotSupportedException.class).hasMessageContaining("sent with POST");
        assertThatThrownBy(() -> SparqlRequest.fromParameters(parameters("query", "ASK {}", "update", "DROP ALL"),
                QuerySource.URL)).isInstanceOf(UpdateNotSupportedException.class);
        assertThatThrownBy(() -> SparqlRequest.fromBody("ASK {}", parameters("update", "DROP ALL")))
                .isInstanceOf(UpdateNotSupportedException.class);
    }

    @Test
    void aGraphNameMustBeAnAbsoluteIri() {
        assertThatThrownBy(() -> SparqlRequest.fromParameters(parameters("query", "ASK {}",
                "default-graph-uri", "graph/source-001"), QuerySource.URL))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("default-graph-uri"));
        assertThatThrownBy(() -> SparqlRequest.fromBody("ASK {}", parameters("named-graph-uri", "http://exa mple/")))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("named-graph-uri"));
    }

    /** Issue 15: a fragment used to be refused, though an update could create such a graph. */
    @Test
    void aGraphNameMayHaveAFragment() {
        SparqlRequest request = SparqlRequest.fromParameters(parameters("query", "ASK {}",
                "default-graph-uri", "http://example.org/data#g1", "named-graph-uri", "urn:x:data#g2"), QuerySource.URL);
        assertThat(request.defaultGraphUris()).containsExactly("http://example.org/data#g1");
        assertThat(request.namedGraphUris()).containsExactly("urn:x:data#g2");
        assertThatThrownBy(() -> SparqlRequest.fromBody("ASK {}", parameters("named-graph-uri", "#g1")))
                .as("a fragment alone is relative").isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void aBodyQueryIsFromTheBodyWithTheDatasetFromTheUrl() {
        SparqlRequest request = SparqlRequest.fromBody("ASK {}", parameters("named-graph-uri", "urn:g:3"));
        assertThat(request.source()).isEqualTo(QuerySource.BODY);
        assertThat(request.namedGraphUris()).containsExactly("urn:g:3");
        assertThatThrownBy(() -> SparqlRequest.fromBody(" \n", parameters()))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("empty");
    }
}
