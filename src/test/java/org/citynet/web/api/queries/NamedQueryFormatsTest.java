package org.citynet.web.api.queries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.resultset.SPARQLResult;
import org.citynet.web.system.ContentNegotiation;
import org.citynet.web.system.Formats;
import org.citynet.web.system.Formats.Offer;
import org.citynet.web.system.SparqlResultsMessageConverter;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.citynet.web.api.Page;

/** Choosing a named query's format from Accept, and what each format writes for the same answer. */
class NamedQueryFormatsTest {

    private static final Offer JSON = NamedQueryController.FORMATS.get(0);

    private static final Node ESPOO = NodeFactory.createURI("https://w3id.org/citynet/id/city/espoo");
    private static final Node ESBO = NodeFactory.createLiteralLang("Esbo", "sv");
    private static final Node YEAR = NodeFactory.createLiteralDT("1998", XSDDatatype.XSDgYear);
    private static final Node NOTE = NodeFactory.createLiteralString("a \"quoted\", text");

    private final NamedQueryAnswer answer = answer();

    @Test
    void choosesByAcceptWithJsonAsDefault() throws Exception {
        assertThat(choose(MediaType.parseMediaTypes("*/*"))).isEqualTo(JSON);
        assertThat(choose(MediaType.parseMediaTypes("application/json"))).isEqualTo(JSON);
        assertThat(choose(MediaType.parseMediaTypes("text/*"))).isEqualTo(Formats.CSV);
        assertThat(choose(MediaType.parseMediaTypes("application/sparql-results+json")))
                .isEqualTo(Formats.SPARQL_JSON);
        List<MediaType> sorted = MediaType.parseMediaTypes("application/json;q=0.5, text/csv");
        MimeTypeUtils.sortBySpecificity(sorted);
        assertThat(choose(sorted)).isEqualTo(Formats.CSV);
        assertThatThrownBy(() -> choose(MediaType.parseMediaTypes("text/turtle")))
                .isInstanceOf(HttpMediaTypeNotAcceptableException.class);
        assertThatThrownBy(() -> choose(MediaType.parseMediaTypes("text/csv;q=0")))
                .isInstanceOf(HttpMediaTypeNotAcceptableException.class);
    }

    private static Offer choose(List<MediaType> accepted) throws HttpMediaTypeNotAcceptableException {
        return ContentNegotiation.choose(NamedQueryController.FORMATS, accepted);
    }

    @Test
    void friendlyJsonGivesPlainValuesWithHintsSoNothingIsLost() {
        FriendlyResult json = (FriendlyResult) answer.body(true);
        assertThat(json.query()).isEqualTo("twins");
        assertThat(json.parameters()).containsExactly(Map.entry("city", ESPOO.getURI()));
        assertThat(json.page()).isEqualTo(1);
        assertThat(json.pageSize()).isEqualTo(10);
        assertThat(json.total()).isEqualTo(2);
        assertThat(json.columns()).containsExactly("city", "label", "since", "note");
        assertThat(json.rows().get(0)).containsExactly(Map.entry("city", ESPOO.getURI()), Map.entry("label", "Esbo"),
                Map.entry("since", "1998"), Map.entry("note", "a \"quoted\", text"));
        assertThat(json.types().get(0)).containsExactly(Map.entry("city", "iri"),
                Map.entry("since", XSDDatatype.XSDgYear.getURI()));
        assertThat(json.languages().get(0)).containsExactly(Map.entry("label", "sv"));
        // Unbound columns are absent from the row and its hints.
        assertThat(json.rows().get(1)).containsOnlyKeys("city");
        assertThat(json.languages().get(1)).isEmpty();
    }

    @Test
    void sparqlJsonAndCsvAreWrittenByJenaAndReadBackByIt() {
        ResultSetRewindable sparql = read(written(Formats.SPARQL_JSON), ResultSetLang.RS_JSON);
        assertThat(sparql.getResultVars()).containsExactly("city", "label", "since", "note");
        Binding first = sparql.nextBinding();
        assertThat(first.get("label")).isEqualTo(ESBO);
        assertThat(first.get("since")).isEqualTo(YEAR);
        assertThat(sparql.nextBinding().contains("label")).isFalse();

        ResultSetRewindable csv = read(written(Formats.CSV), ResultSetLang.RS_CSV);
        assertThat(csv.size()).isEqualTo(2);
        assertThat(csv.nextBinding().get("note").getLiteralLexicalForm()).isEqualTo("a \"quoted\", text");
        assertThat(Formats.CSV.contentType().getCharset()).isNotNull();
    }

    /** What the SPARQL results converter writes for the answer's body in {@code format}. */
    private byte[] written(Offer format) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        SparqlResultsMessageConverter.write((SPARQLResult) answer.body(false), format.lang(), out);
        return out.toByteArray();
    }

    private static ResultSetRewindable read(byte[] bytes, org.apache.jena.riot.Lang lang) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(bytes), lang);
        return ResultSetFactory.makeRewindable(rs);
    }

    private static NamedQueryAnswer answer() {
        Binding full = Binding.builder().add(Var.alloc("city"), ESPOO).add(Var.alloc("label"), ESBO)
                .add(Var.alloc("since"), YEAR).add(Var.alloc("note"), NOTE).build();
        Binding sparse = Binding.builder().add(Var.alloc("city"), ESPOO).build();
        Map<String, Node> parameters = new LinkedHashMap<>();
        parameters.put("city", ESPOO);
        ResultRows rows = new ResultRows(List.of("city", "label", "since", "note"), List.of(full, sparse));
        return new NamedQueryAnswer("twins", parameters, new Page(1, 10, 2), 2, rows);
    }
}
