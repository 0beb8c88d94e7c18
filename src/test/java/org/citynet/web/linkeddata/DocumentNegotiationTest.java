package org.citynet.web.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.citynet.web.system.BadRequestException;
import org.citynet.web.system.ContentNegotiation;
import org.citynet.web.system.Formats;
import org.citynet.web.system.Formats.Offer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.ContentNegotiationManager;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The formats of a dereferenced IRI ({@link Formats#DOCUMENT}) as the service negotiates them: Spring's
 * content negotiation manager configured as the service configures it, and the choice among the offers.
 */
class DocumentNegotiationTest {

    private static final ContentNegotiationManager NEGOTIATION =
            new ContentNegotiationManager(ContentNegotiation.strategies());

    private static Offer choose(String accept) throws HttpMediaTypeNotAcceptableException {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/id/city/espoo");
        if (accept != null) {
            request.addHeader("Accept", accept);
        }
        return ContentNegotiation.choose(Formats.DOCUMENT, NEGOTIATION, new ServletWebRequest(request));
    }

    private static Offer format(String name) {
        return switch (name) {
            case "TURTLE" -> Formats.TURTLE;
            case "JSONLD" -> Formats.JSONLD;
            case "RDFXML" -> Formats.byExtension(Formats.DOCUMENT, "rdf").orElseThrow();
            case "NTRIPLES" -> Formats.NTRIPLES;
            case "TRIG" -> Formats.TRIG;
            case "NQUADS" -> Formats.NQUADS;
            case "RDFJSON" -> Formats.RDFJSON;
            case "HTML" -> Formats.HTML;
            default -> throw new IllegalArgumentException(name);
        };
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
        // Issue 15: what clients send that Fuseki reads too.
        "text/n3 | TURTLE",
        "application/turtle | TURTLE",
        "application/rdf+json | RDFJSON",
        "text/xml | RDFXML",
    })
    void eachMediaTypeSelectsItsFormat(String accept, String expected) throws Exception {
        assertThat(choose(accept)).isEqualTo(format(expected));
    }

    @Test
    void aBrowserGetsHtml() throws Exception {
        assertThat(choose("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"))
                .isEqualTo(format("HTML"));
    }

    @Test
    void qualityDecides() throws Exception {
        assertThat(choose("text/turtle;q=0.5, application/ld+json")).isEqualTo(format("JSONLD"));
        assertThat(choose("text/html;q=0.1, application/n-quads;q=0.2")).isEqualTo(format("NQUADS"));
    }

    @Test
    void anythingOrNothingGetsTurtle() throws Exception {
        assertThat(choose(null)).isEqualTo(format("TURTLE"));
        assertThat(choose("")).isEqualTo(format("TURTLE"));
        assertThat(choose("*/*")).isEqualTo(format("TURTLE"));
        assertThat(choose("text/*")).isEqualTo(format("TURTLE"));
    }

    @Test
    void theMostSpecificRangeGivesTheQuality() throws Exception {
        // Turtle is refused explicitly; the wildcard still admits the others, in the service's order.
        assertThat(choose("text/turtle;q=0, */*")).isEqualTo(format("JSONLD"));
        assertThat(choose("text/*;q=0, application/trig")).isEqualTo(format("TRIG"));
    }

    @Test
    void aNamedTypeBeatsAWildcardOfEqualQualityAndEqualsFollowTheClientsOrder() throws Exception {
        assertThat(choose("application/ld+json, */*")).isEqualTo(format("JSONLD"));
        assertThat(choose("application/n-triples, text/turtle")).isEqualTo(format("NTRIPLES"));
        assertThat(choose("application/xml")).isEqualTo(format("RDFXML"));
    }

    @Test
    void anExtensionOverridesAccept() {
        // ResourceController takes the extension's format and does not negotiate at all.
        assertThat(ResourcePath.parse("/id/city/espoo.nt").format()).contains(Formats.NTRIPLES);
        assertThat(ResourcePath.parse("/id/city/espoo.html").format()).contains(Formats.HTML);
    }

    @Test
    void formatAndOutputOverrideAccept() throws Exception {
        assertThat(chooseWith("format", "nt", "text/html")).isEqualTo(Formats.NTRIPLES);
        assertThat(chooseWith("output", "html", "image/png")).isEqualTo(Formats.HTML);
        assertThat(chooseWith("format", "json", "text/turtle")).isEqualTo(Formats.JSONLD);
        assertThat(chooseWith("format", "text", null)).isEqualTo(Formats.TURTLE);
        assertThat(chooseWith("format", "application/n-quads", null)).isEqualTo(Formats.NQUADS);
    }

    @Test
    void anUnknownFormatIsABadRequestNamingTheParameter() {
        assertThatThrownBy(() -> chooseWith("output", "spreadsheet", "text/turtle"))
                .isInstanceOfSatisfying(org.springframework.web.ErrorResponse.class, e -> {
                    assertThat(e.getStatusCode().value()).isEqualTo(400);
                    assertThat(e.getBody().getProperties()).containsEntry("parameter", "output");
                })
                .hasMessageContaining("'output'").hasMessageContaining("spreadsheet");
    }

    private static Offer chooseWith(String parameter, String value, String accept)
            throws HttpMediaTypeNotAcceptableException {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/id/city/espoo");
        request.addParameter(parameter, value);
        if (accept != null) {
            request.addHeader("Accept", accept);
        }
        return ContentNegotiation.choose(Formats.DOCUMENT, NEGOTIATION, new ServletWebRequest(request));
    }

    @Test
    void nothingAcceptableIsA406ListingWhatIs() {
        assertThatThrownBy(() -> choose("image/png, application/pdf"))
                .isInstanceOfSatisfying(HttpMediaTypeNotAcceptableException.class,
                        e -> assertThat(e.getSupportedMediaTypes()).hasSize(Formats.DOCUMENT.size()));
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
        "/id/city/espoo.rj | /id/city/espoo | RDFJSON",
    })
    void extensionsSelectFormats(String requested, String path, String format) {
        assertThat(ResourcePath.parse(requested)).isEqualTo(new ResourcePath(path, Optional.of(format(format))));
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
