package org.citynet.web.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.citynet.web.system.ContentNegotiation;
import org.citynet.web.system.Formats;
import org.citynet.web.system.Formats.Offer;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;

/**
 * The formats of the endpoint's answers ({@link Formats#SELECT}, {@link Formats#ASK}, {@link Formats#GRAPH})
 * chosen from Accept, without Spring: defaults, aliases, q-values, wildcards and refusals.
 */
class SparqlFormatsTest {

    private static final List<Offer> RESULTS = Formats.SELECT;
    private static final List<Offer> GRAPH = Formats.GRAPH;

    private static Offer choose(List<Offer> family, String accept) throws Exception {
        return ContentNegotiation.choose(family, MediaType.parseMediaTypes(accept));
    }

    @Test
    void noAcceptOrAnyTypeGivesTheFamilyDefault() throws Exception {
        assertThat(ContentNegotiation.choose(RESULTS, List.of())).isEqualTo(Formats.SPARQL_JSON);
        assertThat(ContentNegotiation.choose(GRAPH, List.of())).isEqualTo(Formats.TURTLE);
        assertThat(choose(RESULTS, "*/*")).isEqualTo(Formats.SPARQL_JSON);
        assertThat(choose(GRAPH, "*/*")).isEqualTo(Formats.TURTLE);
    }

    @Test
    void everyFormatIsChosenByItsOwnMediaType() throws Exception {
        for (List<Offer> family : List.of(Formats.SELECT, Formats.ASK, Formats.GRAPH)) {
            for (Offer format : family) {
                assertThat(choose(family, format.mediaType().toString())).as("%s", format).isEqualTo(format);
            }
        }
    }

    @Test
    void plainJsonGivesSparqlResultsJsonAndJsonLdForAGraph() throws Exception {
        assertThat(choose(RESULTS, "application/json")).isEqualTo(Formats.SPARQL_JSON);
        // Issue 15: rdflib's and SPARQLWrapper's CONSTRUCT with JSON asks so; Fuseki's output=json answers JSON-LD.
        assertThat(choose(GRAPH, "application/json")).isEqualTo(Formats.JSONLD);
    }

    @Test
    void theTypesClientsSendAsFusekiReadsThem() throws Exception {
        for (String xml : List.of("application/xml", "text/xml")) {
            assertThat(choose(Formats.SELECT, xml)).as(xml).isEqualTo(Formats.SPARQL_XML);
            assertThat(choose(Formats.ASK, xml).lang()).as(xml).isEqualTo(Formats.SPARQL_XML.lang());
        }
        assertThat(choose(Formats.SELECT, "text/plain")).isEqualTo(Formats.TEXT);
        assertThat(choose(Formats.ASK, "text/plain")).isEqualTo(Formats.TEXT);
        assertThat(choose(Formats.ASK, "text/boolean").lang()).isEqualTo(Formats.SPARQL_XML.lang());
        assertThat(choose(Formats.ASK, "text/boolean").mediaType().toString())
                .isEqualTo("application/sparql-results+xml");
        assertThatThrownBy(() -> choose(Formats.SELECT, "text/boolean"))
                .isInstanceOf(HttpMediaTypeNotAcceptableException.class);
        for (String turtle : List.of("text/n3", "application/x-turtle", "application/turtle", "text/rdf+n3")) {
            assertThat(choose(GRAPH, turtle)).as(turtle).isEqualTo(Formats.TURTLE);
        }
        assertThat(choose(GRAPH, "application/rdf+json")).isEqualTo(Formats.RDFJSON);
    }

    @Test
    void higherQualityWinsWhateverTheOrder() throws Exception {
        assertThat(choose(RESULTS, "text/csv;q=0.5, application/sparql-results+xml")).isEqualTo(Formats.SPARQL_XML);
        assertThat(choose(GRAPH, "text/turtle;q=0.2, application/n-triples;q=0.9")).isEqualTo(Formats.NTRIPLES);
    }

    @Test
    void aNamedTypeBeatsAWildcardOfEqualQuality() throws Exception {
        assertThat(choose(RESULTS, "*/*, text/tab-separated-values")).isEqualTo(Formats.TSV);
        assertThat(choose(GRAPH, "application/*, application/rdf+xml")).isEqualTo(Formats.RDFXML);
    }

    @Test
    void equalNamedTypesFollowTheClientsOrder() throws Exception {
        assertThat(choose(RESULTS, "text/csv, application/sparql-results+xml")).isEqualTo(Formats.CSV);
        assertThat(choose(RESULTS, "application/sparql-results+xml, text/csv")).isEqualTo(Formats.SPARQL_XML);
    }

    @Test
    void subtypeAndSuffixWildcardsPickTheFirstMatchingFormat() throws Exception {
        assertThat(choose(RESULTS, "text/*")).isEqualTo(Formats.CSV);
        assertThat(choose(GRAPH, "application/*")).isEqualTo(Formats.JSONLD);
        assertThat(choose(RESULTS, "application/*+xml")).isEqualTo(Formats.SPARQL_XML);
    }

    @Test
    void aFormatRefusedWithQualityZeroIsNeverChosen() throws Exception {
        assertThat(choose(RESULTS, "application/sparql-results+json;q=0, application/json;q=0, */*"))
                .isEqualTo(Formats.SPARQL_XML);
        assertThat(choose(GRAPH, "text/*;q=0, */*;q=0.5")).isEqualTo(Formats.JSONLD);
        assertThatThrownBy(() -> choose(RESULTS, "text/csv;q=0")).isInstanceOf(HttpMediaTypeNotAcceptableException.class);
    }

    @Test
    void parametersOfAnAcceptedTypeDoNotStopAMatch() throws Exception {
        assertThat(choose(GRAPH, "text/turtle;charset=utf-8")).isEqualTo(Formats.TURTLE);
    }

    @Test
    void nothingAcceptableListsWhatTheFamilyCanProduce() {
        // Issue 15 added the text table for results and RDF/JSON for graphs.
        assertThatThrownBy(() -> choose(RESULTS, "text/turtle, image/png"))
                .isInstanceOfSatisfying(HttpMediaTypeNotAcceptableException.class, e ->
                        assertThat(e.getSupportedMediaTypes()).extracting(MediaType::toString).containsExactly(
                                "application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                                "text/tab-separated-values", "text/plain"));
        assertThatThrownBy(() -> choose(GRAPH, "application/sparql-results+json"))
                .isInstanceOfSatisfying(HttpMediaTypeNotAcceptableException.class, e ->
                        assertThat(e.getSupportedMediaTypes()).extracting(MediaType::toString).containsExactly(
                                "text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml",
                                "application/rdf+json"));
    }

    @Test
    void everyContentTypeDeclaresUtf8() {
        for (List<Offer> family : List.of(Formats.SELECT, Formats.ASK, Formats.GRAPH)) {
            for (Offer format : family) {
                assertThat(format.contentType().toString()).isEqualTo(format.mediaType() + ";charset=UTF-8");
            }
        }
    }
}
