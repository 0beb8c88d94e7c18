package org.citynet.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;

class RdfFormatTest {

    private static RdfFormat negotiate(String accept) throws HttpMediaTypeNotAcceptableException {
        return RdfFormat.negotiate(accept.isEmpty() ? List.of() : MediaType.parseMediaTypes(accept));
    }

    @Test
    void noAcceptOrAnyTypeGivesTurtle() throws Exception {
        assertThat(negotiate("")).isEqualTo(RdfFormat.TURTLE);
        assertThat(negotiate("*/*")).isEqualTo(RdfFormat.TURTLE);
    }

    @Test
    void eachFormatAnswersToItsMediaType() throws Exception {
        assertThat(negotiate("text/turtle")).isEqualTo(RdfFormat.TURTLE);
        assertThat(negotiate("application/ld+json")).isEqualTo(RdfFormat.JSON_LD);
        assertThat(negotiate("application/json")).isEqualTo(RdfFormat.JSON_LD);
        assertThat(negotiate("application/rdf+xml")).isEqualTo(RdfFormat.RDF_XML);
        assertThat(negotiate("application/n-triples")).isEqualTo(RdfFormat.N_TRIPLES);
    }

    @Test
    void qualityDecidesThenSpecificityThenClientOrder() throws Exception {
        assertThat(negotiate("text/turtle;q=0.5, application/rdf+xml")).isEqualTo(RdfFormat.RDF_XML);
        assertThat(negotiate("*/*;q=0.9, application/n-triples;q=0.9")).isEqualTo(RdfFormat.N_TRIPLES);
        assertThat(negotiate("application/rdf+xml, text/turtle")).isEqualTo(RdfFormat.RDF_XML);
        assertThat(negotiate("text/html, application/xhtml+xml, */*;q=0.8")).isEqualTo(RdfFormat.TURTLE);
    }

    @Test
    void aZeroQualityRulesAFormatOutEvenUnderAWildcard() throws Exception {
        assertThat(negotiate("text/turtle;q=0, */*")).isEqualTo(RdfFormat.JSON_LD);
    }

    @Test
    void nothingAcceptableIsRefused() {
        assertThatThrownBy(() -> negotiate("image/png")).isInstanceOf(HttpMediaTypeNotAcceptableException.class);
    }

    @Test
    void extensionsNameTheFormats() {
        assertThat(RdfFormat.byExtension("ttl")).contains(RdfFormat.TURTLE);
        assertThat(RdfFormat.byExtension("jsonld")).contains(RdfFormat.JSON_LD);
        assertThat(RdfFormat.byExtension("rdf")).contains(RdfFormat.RDF_XML);
        assertThat(RdfFormat.byExtension("nt")).contains(RdfFormat.N_TRIPLES);
        assertThat(RdfFormat.byExtension("html")).isEmpty();
    }
}
