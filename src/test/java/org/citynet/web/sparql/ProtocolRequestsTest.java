package org.citynet.web.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.citynet.web.system.BadRequestException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.HttpMediaTypeNotSupportedException;

/**
 * Reading the protocol's query operation from a servlet request, as both ports do: where each parameter
 * may come from, GET without a body, UTF-8 bodies, and what is not a query request at all.
 */
class ProtocolRequestsTest {

    private static final int MAX = 1000;

    @Test
    void aGetTakesItsParametersFromTheUrl() throws Exception {
        MockHttpServletRequest get = request("GET", "query=ASK%7B%7D&default-graph-uri=urn%3Ag%231");
        SparqlRequest read = ProtocolRequests.query(get, MAX);
        assertThat(read.query()).isEqualTo("ASK{}");
        assertThat(read.source()).isEqualTo(QuerySource.URL);
        assertThat(read.defaultGraphUris()).containsExactly("urn:g#1");
    }

    @Test
    void aGetWithABodyIsRefused() {
        MockHttpServletRequest get = request("GET", "query=ASK%7B%7D");
        get.setContent("ASK { ?s ?p ?o }".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> ProtocolRequests.query(get, MAX)).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("carries no body");

        MockHttpServletRequest chunked = request("GET", "query=ASK%7B%7D");
        chunked.addHeader("Transfer-Encoding", "chunked");
        chunked.setContent("x".getBytes(StandardCharsets.UTF_8));
        // A chunked body has no Content-Length: the servlet container reports -1 for it.
        assertThatThrownBy(() -> ProtocolRequests.requireNoBody(new NoLength(chunked)))
                .isInstanceOf(BadRequestException.class);
    }

    @Test
    void aFormPostCarriesItsQueryInTheBodyAndItsDatasetAnywhere() throws Exception {
        MockHttpServletRequest form = request("POST", "default-graph-uri=urn%3Ag%3A1");
        form.setContentType("application/x-www-form-urlencoded");
        form.addParameter("query", "ASK {}");
        SparqlRequest read = ProtocolRequests.query(form, MAX);
        assertThat(read.source()).isEqualTo(QuerySource.BODY);
        assertThat(read.defaultGraphUris()).containsExactly("urn:g:1");

        MockHttpServletRequest inUrl = request("POST", "query=ASK%7B%7D");
        inUrl.setContentType("application/x-www-form-urlencoded");
        assertThatThrownBy(() -> ProtocolRequests.query(inUrl, MAX)).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("'query' is in the URL of a form POST");
        MockHttpServletRequest update = request("POST", "update=DROP%20ALL");
        assertThatThrownBy(() -> ProtocolRequests.requireInBody(update, "update"))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("'update' is in the URL");
    }

    @Test
    void aQueryBodyIsUtf8() throws Exception {
        MockHttpServletRequest body = request("POST", "named-graph-uri=urn%3Ag%3A2");
        body.setContentType("application/sparql-query; charset=utf-8");
        body.setContent("ASK { ?s ?p \"Køge\" }".getBytes(StandardCharsets.UTF_8));
        assertThat(ProtocolRequests.query(body, MAX).query()).isEqualTo("ASK { ?s ?p \"Køge\" }");

        MockHttpServletRequest utf16 = request("POST", null);
        utf16.setContentType("application/sparql-query; charset=UTF-16");
        utf16.setContent("ASK {}".getBytes(StandardCharsets.UTF_16));
        assertThatThrownBy(() -> ProtocolRequests.query(utf16, MAX)).isInstanceOf(CharsetNotSupportedException.class);
    }

    @Test
    void anyOtherBodyIsUnsupported() {
        for (String type : new String[] {"text/plain", "*/*", "application/sparql-update"}) {
            MockHttpServletRequest other = request("POST", null);
            other.setContentType(type);
            other.setContent("ASK {}".getBytes(StandardCharsets.UTF_8));
            assertThatThrownBy(() -> ProtocolRequests.query(other, MAX)).as(type)
                    .isInstanceOf(HttpMediaTypeNotSupportedException.class);
        }
    }

    private static MockHttpServletRequest request(String method, String queryString) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/sparql");
        if (queryString != null) {
            request.setQueryString(queryString);
            for (String pair : queryString.split("&")) {
                String[] parts = pair.split("=", 2);
                request.addParameter(java.net.URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                        java.net.URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
            }
        }
        return request;
    }

    /** A request whose body has no declared length, as a chunked one. */
    private static final class NoLength extends jakarta.servlet.http.HttpServletRequestWrapper {

        NoLength(MockHttpServletRequest request) {
            super(request);
        }

        @Override
        public long getContentLengthLong() {
            return -1;
        }

        @Override
        public int getContentLength() {
            return -1;
        }
    }
}
