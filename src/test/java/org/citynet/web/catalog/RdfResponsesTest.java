package org.citynet.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.citynet.web.system.RdfFormat;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;

class RdfResponsesTest {

    private static RdfFormat negotiate(String accept) throws HttpMediaTypeNotAcceptableException {
        return RdfResponses.negotiate(accept.isEmpty() ? List.of() : MediaType.parseMediaTypes(accept));
    }

    @Test
    void noAcceptOrAnyTypeGivesTurtle() throws Exception {
        assertThat(negotiate("")).isEqualTo(RdfFormat.TURTLE);
        assertThat(negotiate("*/*")).isEqualTo(RdfFormat.TURTLE);
    }

    @Test
    void eachFormatAnswersToItsMediaType() throws Exception {
        assertThat(negotiate("text/turtle")).isEqualTo(RdfFormat.TURTLE);
        assertThat(negotiate("application/ld+json")).isEqualTo(RdfFormat.JSONLD);
        assertThat(negotiate("application/json")).isEqualTo(RdfFormat.JSONLD);
        assertThat(negotiate("application/rdf+xml")).isEqualTo(RdfFormat.RDFXML);
        assertThat(negotiate("application/n-triples")).isEqualTo(RdfFormat.NTRIPLES);
    }

    @Test
    void qualityDecidesThenSpecificityThenClientOrder() throws Exception {
        assertThat(negotiate("text/turtle;q=0.5, application/rdf+xml")).isEqualTo(RdfFormat.RDFXML);
        assertThat(negotiate("*/*;q=0.9, application/n-triples;q=0.9")).isEqualTo(RdfFormat.NTRIPLES);
        assertThat(negotiate("application/rdf+xml, text/turtle")).isEqualTo(RdfFormat.RDFXML);
        assertThat(negotiate("text/html, application/xhtml+xml, */*;q=0.8")).isEqualTo(RdfFormat.TURTLE);
        assertThat(negotiate("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"))
                .isEqualTo(RdfFormat.TURTLE);
    }

    @Test
    void aZeroQualityRulesAFormatOutEvenUnderAWildcard() throws Exception {
        assertThat(negotiate("text/turtle;q=0, */*")).isEqualTo(RdfFormat.JSONLD);
    }

    @Test
    void nothingAcceptableIsRefused() {
        assertThatThrownBy(() -> negotiate("image/png")).isInstanceOf(HttpMediaTypeNotAcceptableException.class);
        assertThatThrownBy(() -> negotiate("application/xml")).isInstanceOf(HttpMediaTypeNotAcceptableException.class);
    }

    @Test
    void extensionsNameTheFormats() {
        assertThat(RdfResponses.byExtension("ttl")).contains(RdfFormat.TURTLE);
        assertThat(RdfResponses.byExtension("jsonld")).contains(RdfFormat.JSONLD);
        assertThat(RdfResponses.byExtension("rdf")).contains(RdfFormat.RDFXML);
        assertThat(RdfResponses.byExtension("nt")).contains(RdfFormat.NTRIPLES);
        assertThat(RdfResponses.byExtension("html")).isEmpty();
    }
}
