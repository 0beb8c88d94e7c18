package org.citynet.web.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.DispatcherType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;

/** Which requests count as writes (and need authentication), and which stay public reads. */
class WriteRequestsTest {

    private final WriteRequests writes = new WriteRequests();

    private static MockHttpServletRequest request(String method, String path, String contentType) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        if (contentType != null) {
            request.setContentType(contentType);
        }
        return request;
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "HEAD", "OPTIONS", "TRACE"})
    void safeMethodsAreReadsEverywhere(String method) {
        assertThat(writes.matches(request(method, "/sparql/graph", null))).isFalse();
        assertThat(writes.matches(request(method, "/sparql", "application/sparql-update"))).isFalse();
        assertThat(writes.matches(request(method, "/api/cities", null))).isFalse();
    }

    @Test
    void queriesPostedToTheEndpointAreReads() {
        assertThat(writes.matches(request("POST", "/sparql", "application/sparql-query"))).isFalse();
        MockHttpServletRequest form = request("POST", "/sparql", "application/x-www-form-urlencoded");
        form.addParameter("query", "ASK {}");
        assertThat(writes.matches(form)).isFalse();
        // Refused by the endpoint itself (415, 400), with no credentials asked for.
        assertThat(writes.matches(request("POST", "/sparql", "text/plain"))).isFalse();
        assertThat(writes.matches(request("POST", "/sparql", null))).isFalse();
        assertThat(writes.matches(request("POST", "/sparql", "*/*"))).isFalse();
    }

    @Test
    void updatesPostedToTheEndpointAreWrites() {
        assertThat(writes.matches(request("POST", "/sparql", "application/sparql-update"))).isTrue();
        assertThat(writes.matches(request("POST", "/sparql", "Application/SPARQL-Update; charset=UTF-8"))).isTrue();
        MockHttpServletRequest form = request("POST", "/sparql", "application/x-www-form-urlencoded;charset=UTF-8");
        form.addParameter("update", "DROP ALL");
        assertThat(writes.matches(form)).isTrue();
        MockHttpServletRequest both = request("POST", "/sparql", "application/x-www-form-urlencoded");
        both.addParameter("query", "ASK {}");
        both.addParameter("update", "DROP ALL");
        assertThat(writes.matches(both)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "POST", "DELETE", "PATCH"})
    void everyOtherUnsafeRequestIsAWrite(String method) {
        assertThat(writes.matches(request(method, "/sparql/graph", "text/turtle"))).isTrue();
        assertThat(writes.matches(request(method, "/api/cities", "application/json"))).isTrue();
        assertThat(writes.matches(request(method, "/sparql/", "application/sparql-query"))).isTrue();
        assertThat(writes.matches(request(method, "/actuator/loggers/root", "application/json"))).isTrue();
    }

    @Test
    void anErrorDispatchIsNotAWriteOfItsOwn() {
        MockHttpServletRequest error = request("PUT", "/error", null);
        error.setDispatcherType(DispatcherType.ERROR);
        assertThat(writes.matches(error)).isFalse();
    }
}
