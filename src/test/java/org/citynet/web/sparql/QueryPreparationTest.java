package org.citynet.web.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.citynet.web.system.QuerySyntaxError;
import org.junit.jupiter.api.Test;

/** Checks before execution, without Spring or a store: length, syntax, the protocol dataset, the row cap. */
class QueryPreparationTest {

    private static final String BASE = "https://w3id.org/citynet/";
    private final QueryPreparation preparation = new QueryPreparation(BASE, 200, 50);

    private static SparqlRequest request(String query) {
        return new SparqlRequest(query, QuerySource.URL, List.of(), List.of());
    }

    @Test
    void aQueryOverTheLengthLimitIsRefusedBeforeParsingAndSaysWhereItCameFrom() {
        String longQuery = "SELECT * { ?s ?p ?o } #" + "x".repeat(200);
        assertThatThrownBy(() -> preparation.prepare(request(longQuery)))
                .isInstanceOfSatisfying(QueryTooLongException.class, e -> {
                    assertThat(e.source()).isEqualTo(QuerySource.URL);
                    assertThat(e.maxLength()).isEqualTo(200);
                    assertThat(e.getMessage()).contains("200 characters");
                });
        assertThatThrownBy(() -> preparation.prepare(new SparqlRequest(longQuery, QuerySource.BODY, List.of(), List.of())))
                .isInstanceOfSatisfying(QueryTooLongException.class, e -> assertThat(e.source()).isEqualTo(QuerySource.BODY));
        String exactlyAtTheLimit = "SELECT * { ?s ?p ?o } #" + "x".repeat(200 - 23);
        assertThat(exactlyAtTheLimit).hasSize(200);
        assertThat(preparation.prepare(request(exactlyAtTheLimit))).isNotNull();
    }

    @Test
    void aSyntaxErrorReportsItsLineAndColumn() {
        assertThatThrownBy(() -> preparation.prepare(request("SELECT ?s\nWHERE {\n  ?s ?p ?o FILTER( }")))
                .isInstanceOfSatisfying(QueryParseException.class,
                        e -> assertThat(QuerySyntaxError.of(e).line()).isEqualTo(3));
    }

    @Test
    void arqExtensionsAreNotSparql11() {
        assertThatThrownBy(() -> preparation.prepare(request("SELECT * { ?s ?p ?o } LIMIT 1 + 1")))
                .isInstanceOf(QueryParseException.class);
        assertThatThrownBy(() -> preparation.prepare(request("JSON { \"s\": ?s } WHERE { ?s ?p ?o }")))
                .isInstanceOf(QueryParseException.class);
    }

    @Test
    void serviceIsRefusedWhereverItIs() {
        String service = "SERVICE <http://example.org/sparql> { ?s ?p ?o }";
        for (String query : List.of("SELECT * { " + service + " }",
                "SELECT * { { SELECT ?s { " + service + " } } }",
                "ASK { ?s ?p ?o FILTER EXISTS { " + service + " } }",
                "SELECT (NOT EXISTS { " + service + " } AS ?x) { ?s ?p ?o }",
                "SELECT * { ?s ?p ?o OPTIONAL { SERVICE SILENT <http://example.org/sparql> { ?s ?p ?x } } }",
                "CONSTRUCT { ?s ?p ?o } WHERE { " + service + " }")) {
            assertThatThrownBy(() -> preparation.prepare(request(query))).as(query)
                    .isInstanceOf(QueryDeniedException.class);
        }
        assertThat(preparation.prepare(request("SELECT * { ?s ?p \"SERVICE <x> { }\" }"))).isNotNull();
    }

    @Test
    void relativeIrisResolveAgainstTheGraphBaseNotTheServerDirectory() {
        Query query = preparation.prepare(request("SELECT * { BIND(<id/city/espoo> AS ?city) }"));
        ElementBind bind = (ElementBind) ((ElementGroup) query.getQueryPattern()).get(0);
        Node city = bind.getExpr().getConstant().asNode();
        assertThat(city.getURI()).isEqualTo(BASE + "id/city/espoo");
    }

    @Test
    void protocolGraphsReplaceTheQuerysFromAndFromNamed() {
        String text = "SELECT * FROM <urn:g:query> FROM NAMED <urn:g:query-named> { ?s ?p ?o }";
        Query query = preparation.prepare(new SparqlRequest(text, QuerySource.URL, List.of("urn:g:a", "urn:g:b"),
                List.of()));
        assertThat(query.getGraphURIs()).containsExactly("urn:g:a", "urn:g:b");
        assertThat(query.getNamedGraphURIs()).isEmpty();
        Query namedOnly = preparation.prepare(new SparqlRequest(text, QuerySource.URL, List.of(), List.of("urn:g:n")));
        assertThat(namedOnly.getGraphURIs()).isEmpty();
        assertThat(namedOnly.getNamedGraphURIs()).containsExactly("urn:g:n");
    }

    @Test
    void withoutProtocolGraphsTheQuerysOwnDatasetStays() {
        Query query = preparation.prepare(request("SELECT * FROM <urn:g:query> { ?s ?p ?o }"));
        assertThat(query.getGraphURIs()).containsExactly("urn:g:query");
        assertThat(preparation.prepare(request("SELECT * { ?s ?p ?o }")).hasDatasetDescription()).isFalse();
    }

    @Test
    void aSelectWithoutOrOverTheCapGetsALimitOfOneMore() {
        assertThat(preparation.prepare(request("SELECT * { ?s ?p ?o }")).getLimit()).isEqualTo(51);
        assertThat(preparation.prepare(request("SELECT * { ?s ?p ?o } LIMIT 1000")).getLimit()).isEqualTo(51);
        assertThat(preparation.prepare(request("SELECT * { ?s ?p ?o } LIMIT 50")).getLimit()).isEqualTo(50);
        assertThat(preparation.prepare(request("SELECT * { ?s ?p ?o } LIMIT 7 OFFSET 3")).getLimit()).isEqualTo(7);
    }

    @Test
    void askConstructAndDescribeKeepTheirOwnLimit() {
        assertThat(preparation.prepare(request("ASK { ?s ?p ?o }")).hasLimit()).isFalse();
        assertThat(preparation.prepare(request("CONSTRUCT WHERE { ?s ?p ?o }")).hasLimit()).isFalse();
        assertThat(preparation.prepare(request("DESCRIBE ?s WHERE { ?s ?p ?o } LIMIT 500")).getLimit()).isEqualTo(500);
    }
}
