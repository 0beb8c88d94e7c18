package org.citynet.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import java.util.Optional;

import org.citynet.web.system.ContentNegotiation;
import org.citynet.web.system.Formats;
import org.citynet.web.system.Formats.Offer;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;

/** The formats of the catalogue, VoID and the service description ({@link Formats#GRAPH}). */
class GraphNegotiationTest {

    private static Offer negotiate(String accept) throws HttpMediaTypeNotAcceptableException {
        return ContentNegotiation.choose(Formats.GRAPH, accept.isEmpty() ? List.of() : MediaType.parseMediaTypes(accept));
    }

    private static Optional<Offer> byExtension(String extension) {
        return Formats.byExtension(Formats.GRAPH, extension);
    }

    @Test
    void noAcceptOrAnyTypeGivesTurtle() throws Exception {
        assertThat(negotiate("")).isEqualTo(Formats.TURTLE);
        assertThat(negotiate("*/*")).isEqualTo(Formats.TURTLE);
    }

    @Test
    void eachFormatAnswersToItsMediaType() throws Exception {
        assertThat(negotiate("text/turtle")).isEqualTo(Formats.TURTLE);
        assertThat(negotiate("application/ld+json")).isEqualTo(Formats.JSONLD);
        assertThat(negotiate("application/json")).isEqualTo(Formats.JSONLD);
        assertThat(negotiate("application/rdf+xml")).isEqualTo(Formats.RDFXML);
        assertThat(negotiate("application/n-triples")).isEqualTo(Formats.NTRIPLES);
        // Issue 15: what clients send that Fuseki reads too.
        assertThat(negotiate("application/rdf+json")).isEqualTo(Formats.RDFJSON);
        assertThat(negotiate("text/n3")).isEqualTo(Formats.TURTLE);
        assertThat(negotiate("application/x-turtle")).isEqualTo(Formats.TURTLE);
    }

    @Test
    void qualityDecidesThenSpecificityThenClientOrder() throws Exception {
        assertThat(negotiate("text/turtle;q=0.5, application/rdf+xml")).isEqualTo(Formats.RDFXML);
        assertThat(negotiate("*/*;q=0.9, application/n-triples;q=0.9")).isEqualTo(Formats.NTRIPLES);
        assertThat(negotiate("application/rdf+xml, text/turtle")).isEqualTo(Formats.RDFXML);
        assertThat(negotiate("text/html, application/xhtml+xml, */*;q=0.8")).isEqualTo(Formats.TURTLE);
        assertThat(negotiate("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"))
                .isEqualTo(Formats.TURTLE);
    }

    @Test
    void aZeroQualityRulesAFormatOutEvenUnderAWildcard() throws Exception {
        assertThat(negotiate("text/turtle;q=0, */*")).isEqualTo(Formats.JSONLD);
    }

    @Test
    void nothingAcceptableIsRefused() {
        assertThatThrownBy(() -> negotiate("image/png")).isInstanceOf(HttpMediaTypeNotAcceptableException.class);
        assertThatThrownBy(() -> negotiate("application/xml")).isInstanceOf(HttpMediaTypeNotAcceptableException.class);
    }

    @Test
    void extensionsNameTheFormats() {
        assertThat(byExtension("ttl")).contains(Formats.TURTLE);
        assertThat(byExtension("jsonld")).contains(Formats.JSONLD);
        assertThat(byExtension("rdf")).contains(Formats.RDFXML);
        assertThat(byExtension("nt")).contains(Formats.NTRIPLES);
        assertThat(byExtension("rj")).contains(Formats.RDFJSON);
        assertThat(byExtension("html")).isEmpty();
    }
}
