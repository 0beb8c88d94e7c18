package org.citynet.web.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citynet.web.sparql.ResultFormat.Family.GRAPH;
import static org.citynet.web.sparql.ResultFormat.Family.RESULTS;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;

/** Format choice from Accept, without Spring: defaults, aliases, q-values, wildcards and refusals. */
class ResultFormatTest {

    private static ResultFormat choose(ResultFormat.Family family, String accept) throws Exception {
        return ResultFormat.choose(family, MediaType.parseMediaTypes(accept));
    }

    @Test
    void noAcceptOrAnyTypeGivesTheFamilyDefault() throws Exception {
        assertThat(ResultFormat.choose(RESULTS, List.of())).isEqualTo(ResultFormat.SPARQL_JSON);
        assertThat(ResultFormat.choose(GRAPH, List.of())).isEqualTo(ResultFormat.TURTLE);
        assertThat(choose(RESULTS, "*/*")).isEqualTo(ResultFormat.SPARQL_JSON);
        assertThat(choose(GRAPH, "*/*")).isEqualTo(ResultFormat.TURTLE);
    }

    @Test
    void everyFormatIsChosenByItsOwnMediaType() throws Exception {
        for (ResultFormat format : ResultFormat.values()) {
            assertThat(choose(format.family(), format.mediaType().toString())).as("%s", format).isEqualTo(format);
        }
    }

    @Test
    void plainJsonGivesSparqlResultsJsonButNoGraphFormat() throws Exception {
        assertThat(choose(RESULTS, "application/json")).isEqualTo(ResultFormat.SPARQL_JSON);
        assertThatThrownBy(() -> choose(GRAPH, "application/json"))
                .isInstanceOf(HttpMediaTypeNotAcceptableException.class);
    }

    @Test
    void higherQualityWinsWhateverTheOrder() throws Exception {
        assertThat(choose(RESULTS, "text/csv;q=0.5, application/sparql-results+xml")).isEqualTo(ResultFormat.SPARQL_XML);
        assertThat(choose(GRAPH, "text/turtle;q=0.2, application/n-triples;q=0.9")).isEqualTo(ResultFormat.N_TRIPLES);
    }

    @Test
    void aNamedTypeBeatsAWildcardOfEqualQuality() throws Exception {
        assertThat(choose(RESULTS, "*/*, text/tab-separated-values")).isEqualTo(ResultFormat.TSV);
        assertThat(choose(GRAPH, "application/*, application/rdf+xml")).isEqualTo(ResultFormat.RDF_XML);
    }

    @Test
    void equalNamedTypesFollowTheClientsOrder() throws Exception {
        assertThat(choose(RESULTS, "text/csv, application/sparql-results+xml")).isEqualTo(ResultFormat.CSV);
        assertThat(choose(RESULTS, "application/sparql-results+xml, text/csv")).isEqualTo(ResultFormat.SPARQL_XML);
    }

    @Test
    void subtypeAndSuffixWildcardsPickTheFirstMatchingFormat() throws Exception {
        assertThat(choose(RESULTS, "text/*")).isEqualTo(ResultFormat.CSV);
        assertThat(choose(GRAPH, "application/*")).isEqualTo(ResultFormat.JSON_LD);
        assertThat(choose(RESULTS, "application/*+xml")).isEqualTo(ResultFormat.SPARQL_XML);
    }

    @Test
    void aFormatRefusedWithQualityZeroIsNeverChosen() throws Exception {
        assertThat(choose(RESULTS, "application/sparql-results+json;q=0, application/json;q=0, */*"))
                .isEqualTo(ResultFormat.SPARQL_XML);
        assertThat(choose(GRAPH, "text/*;q=0, */*;q=0.5")).isEqualTo(ResultFormat.JSON_LD);
        assertThatThrownBy(() -> choose(RESULTS, "text/csv;q=0")).isInstanceOf(HttpMediaTypeNotAcceptableException.class);
    }

    @Test
    void parametersOfAnAcceptedTypeDoNotStopAMatch() throws Exception {
        assertThat(choose(GRAPH, "text/turtle;charset=utf-8")).isEqualTo(ResultFormat.TURTLE);
    }

    @Test
    void nothingAcceptableListsWhatTheFamilyCanProduce() {
        assertThatThrownBy(() -> choose(RESULTS, "text/turtle, image/png"))
                .isInstanceOfSatisfying(HttpMediaTypeNotAcceptableException.class, e ->
                        assertThat(e.getSupportedMediaTypes()).extracting(MediaType::toString).containsExactly(
                                "application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                                "text/tab-separated-values"));
        assertThatThrownBy(() -> choose(GRAPH, "application/sparql-results+json"))
                .isInstanceOfSatisfying(HttpMediaTypeNotAcceptableException.class, e ->
                        assertThat(e.getSupportedMediaTypes()).extracting(MediaType::toString).containsExactly(
                                "text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml"));
    }

    @Test
    void everyContentTypeDeclaresUtf8() {
        for (ResultFormat format : ResultFormat.values()) {
            assertThat(format.contentType().toString()).isEqualTo(format.mediaType() + ";charset=UTF-8");
        }
    }
}
