package org.citynet.web.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.citynet.web.system.Formats.Offer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.accept.ContentNegotiationManager;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Issue 15: the names Virtuoso's {@code format=} and Fuseki's {@code output=} take, each read for every kind of
 * answer as those tools read it, through the negotiation manager the service configures.
 */
class FormatParameterTest {

    private static final ContentNegotiationManager NEGOTIATION =
            new ContentNegotiationManager(ContentNegotiation.strategies());
    /** The REST API's named queries: its own JSON first. */
    private static final List<Offer> NAMED_QUERY = List.of(Offer.of(MediaType.APPLICATION_JSON), Formats.SPARQL_JSON,
            Formats.CSV);

    private static String chosen(List<Offer> offers, String parameter, String... values) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/sparql");
        request.addParameter(parameter, values);
        request.addHeader("Accept", "image/png");
        try {
            return ContentNegotiation.choose(offers, NEGOTIATION, new ServletWebRequest(request)).mediaType().toString();
        } catch (org.springframework.web.HttpMediaTypeNotAcceptableException e) {
            return e.getStatusCode().value() == 406 ? "406" : "other " + e.getStatusCode();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // name    | SELECT                          | ASK                             | graph (CONSTRUCT, catalogue)
        "json      | application/sparql-results+json | application/sparql-results+json | application/ld+json",
        "JSON      | application/sparql-results+json | application/sparql-results+json | application/ld+json",
        "xml       | application/sparql-results+xml  | application/sparql-results+xml  | application/rdf+xml",
        "sparql    | application/sparql-results+xml  | application/sparql-results+xml  | 406",
        "srj       | application/sparql-results+json | application/sparql-results+json | 406",
        "srx       | application/sparql-results+xml  | application/sparql-results+xml  | 406",
        "csv       | text/csv                        | text/csv                        | 406",
        "tsv       | text/tab-separated-values       | text/tab-separated-values       | 406",
        "text      | text/plain                      | text/plain                      | text/turtle",
        "turtle    | 406                             | 406                             | text/turtle",
        "ttl       | 406                             | 406                             | text/turtle",
        "n3        | 406                             | 406                             | text/turtle",
        "jsonld    | 406                             | 406                             | application/ld+json",
        "json-ld   | 406                             | 406                             | application/ld+json",
        "nt        | 406                             | 406                             | application/n-triples",
        "ntriples  | 406                             | 406                             | application/n-triples",
        "rdf       | 406                             | 406                             | application/rdf+xml",
        "rdf/xml   | 406                             | 406                             | application/rdf+xml",
        "json-rdf  | 406                             | 406                             | application/rdf+json",
        "rj        | 406                             | 406                             | application/rdf+json",
        "application/sparql-results+json | application/sparql-results+json | application/sparql-results+json | 406",
        "text/tab-separated-values | text/tab-separated-values | text/tab-separated-values | 406",
        "text/boolean | 406                          | application/sparql-results+xml  | 406",
        "application/x-turtle | 406                  | 406                             | text/turtle",
    })
    void aNameMeansWhatFusekiAndVirtuosoMakeOfItForEachKindOfAnswer(String name, String select, String ask,
                                                                    String graph) {
        for (String parameter : FormatParameter.NAMES) {
            assertThat(chosen(Formats.SELECT, parameter, name)).as("%s=%s, SELECT", parameter, name).isEqualTo(select);
            assertThat(chosen(Formats.ASK, parameter, name)).as("%s=%s, ASK", parameter, name).isEqualTo(ask);
            assertThat(chosen(Formats.GRAPH, parameter, name)).as("%s=%s, graph", parameter, name).isEqualTo(graph);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "html  | text/html", "trig | application/trig", "nq | application/n-quads", "nquads | application/n-quads",
        "json  | application/ld+json", "xml | application/rdf+xml", "text | text/turtle",
    })
    void anEntityDocumentAlsoTakesHtmlAndTheQuadSyntaxes(String name, String answered) {
        assertThat(chosen(Formats.DOCUMENT, "format", name)).isEqualTo(answered);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"json | application/json", "csv | text/csv", "srj | application/sparql-results+json"})
    void aNamedQueryReadsJsonAsTheApisOwn(String name, String answered) {
        assertThat(chosen(NAMED_QUERY, "format", name)).isEqualTo(answered);
    }

    @ParameterizedTest
    @ValueSource(strings = {"format", "output"})
    void ofSeveralValuesThoseNamingNothingArePassedOver(String parameter) {
        // What SPARQLWrapper sends for RDF/XML and TSV: a name no one defines, and the media type.
        assertThat(chosen(Formats.GRAPH, parameter, "rdf+xml", "application/rdf+xml")).isEqualTo("application/rdf+xml");
        assertThat(chosen(Formats.SELECT, parameter, "tsv", "text/tab-separated-values"))
                .isEqualTo("text/tab-separated-values");
        assertThat(chosen(Formats.SELECT, parameter, "")).as("blank: Accept decides").isEqualTo("406");
    }

    @ParameterizedTest
    @ValueSource(strings = {"format", "output"})
    void aParameterNamingNoFormatIsA400NamingIt(String parameter) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/sparql");
        request.addParameter(parameter, "spreadsheet", "rdf+xml");
        assertThatThrownBy(() -> ContentNegotiation.choose(Formats.SELECT, NEGOTIATION, new ServletWebRequest(request)))
                .isInstanceOfSatisfying(FormatParameter.UnknownFormatException.class, e -> {
                    assertThat(e.getStatusCode().value()).isEqualTo(400);
                    assertThat(e.getBody().getProperties()).containsEntry("parameter", parameter);
                    assertThat(e.getBody().getType().toString()).endsWith("/invalid-parameter");
                })
                .hasMessageContaining("'" + parameter + "'").hasMessageContaining("spreadsheet");
    }
}
