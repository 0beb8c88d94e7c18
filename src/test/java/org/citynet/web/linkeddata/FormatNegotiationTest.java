package org.citynet.web.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.citynet.web.system.BadRequestException;
import org.citynet.web.system.RdfFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.web.HttpMediaTypeNotAcceptableException;

class FormatNegotiationTest {

    private static RdfFormat choose(String accept) throws HttpMediaTypeNotAcceptableException {
        return FormatNegotiation.choose(Optional.empty(), accept);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "text/turtle | TURTLE",
        "application/x-turtle | TURTLE",
        "application/ld+json | JSONLD",
        "application/json | JSONLD",
        "application/rdf+xml | RDFXML",
        "application/n-triples | NTRIPLES",
        "application/trig | TRIG",
        "application/n-quads | NQUADS",
        "text/html | HTML",
        "application/xhtml+xml | HTML",
    })
    void eachMediaTypeSelectsItsFormat(String accept, RdfFormat expected) throws Exception {
        assertThat(choose(accept)).isEqualTo(expected);
    }

    @Test
    void aBrowserGetsHtml() throws Exception {
        assertThat(choose("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"))
                .isEqualTo(RdfFormat.HTML);
    }

    @Test
    void qualityDecides() throws Exception {
        assertThat(choose("text/turtle;q=0.5, application/ld+json")).isEqualTo(RdfFormat.JSONLD);
        assertThat(choose("text/html;q=0.1, application/n-quads;q=0.2")).isEqualTo(RdfFormat.NQUADS);
    }

    @Test
    void anythingOrNothingGetsTurtle() throws Exception {
        assertThat(choose(null)).isEqualTo(RdfFormat.TURTLE);
        assertThat(choose("")).isEqualTo(RdfFormat.TURTLE);
        assertThat(choose("*/*")).isEqualTo(RdfFormat.TURTLE);
        assertThat(choose("text/*")).isEqualTo(RdfFormat.TURTLE);
    }

    @Test
    void theMostSpecificRangeGivesTheQuality() throws Exception {
        // Turtle is refused explicitly; the wildcard still admits the others, in the service's order.
        assertThat(choose("text/turtle;q=0, */*")).isEqualTo(RdfFormat.JSONLD);
        assertThat(choose("text/*;q=0, application/trig")).isEqualTo(RdfFormat.TRIG);
    }

    @Test
    void aNamedTypeBeatsAWildcardOfEqualQualityAndEqualsFollowTheClientsOrder() throws Exception {
        assertThat(choose("application/ld+json, */*")).isEqualTo(RdfFormat.JSONLD);
        assertThat(choose("application/n-triples, text/turtle")).isEqualTo(RdfFormat.NTRIPLES);
        assertThat(choose("application/xml")).isEqualTo(RdfFormat.RDFXML);
    }

    @Test
    void anExtensionOverridesAccept() throws Exception {
        assertThat(FormatNegotiation.choose(Optional.of(RdfFormat.NTRIPLES), "text/html")).isEqualTo(RdfFormat.NTRIPLES);
        assertThat(FormatNegotiation.choose(Optional.of(RdfFormat.HTML), "image/png")).isEqualTo(RdfFormat.HTML);
    }

    @Test
    void nothingAcceptableIsA406ListingWhatIs() {
        assertThatThrownBy(() -> choose("image/png, application/pdf"))
                .isInstanceOfSatisfying(HttpMediaTypeNotAcceptableException.class,
                        e -> assertThat(e.getSupportedMediaTypes()).hasSize(RdfFormat.values().length));
        assertThatThrownBy(() -> choose("text/turtle;q=0")).isInstanceOf(HttpMediaTypeNotAcceptableException.class);
    }

    @Test
    void aMalformedAcceptIsABadRequest() {
        assertThatThrownBy(() -> choose("text/turtle;q=abc")).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("Accept");
        assertThatThrownBy(() -> choose("no slash here")).isInstanceOf(BadRequestException.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/id/city/espoo.ttl | /id/city/espoo | TURTLE",
        "/id/city/espoo.jsonld | /id/city/espoo | JSONLD",
        "/id/city/espoo.rdf | /id/city/espoo | RDFXML",
        "/id/city/espoo.nt | /id/city/espoo | NTRIPLES",
        "/id/city/espoo.trig | /id/city/espoo | TRIG",
        "/id/city/espoo.nq | /id/city/espoo | NQUADS",
        "/id/city/espoo.html | /id/city/espoo | HTML",
    })
    void extensionsSelectFormats(String requested, String path, RdfFormat format) {
        assertThat(ResourcePath.parse(requested)).isEqualTo(new ResourcePath(path, Optional.of(format)));
    }

    @Test
    void otherDotsArePartOfThePath() {
        assertThat(ResourcePath.parse("/id/city/espoo")).isEqualTo(new ResourcePath("/id/city/espoo", Optional.empty()));
        assertThat(ResourcePath.parse("/id/city/espoo.xyz"))
                .isEqualTo(new ResourcePath("/id/city/espoo.xyz", Optional.empty()));
        assertThat(ResourcePath.parse("/id/v1.2/espoo")).isEqualTo(new ResourcePath("/id/v1.2/espoo", Optional.empty()));
        assertThat(ResourcePath.parse("/id/city/.ttl")).isEqualTo(new ResourcePath("/id/city/.ttl", Optional.empty()));
    }
}
