package org.citynet.web.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.citynet.web.system.QuerySyntaxError;
import org.junit.jupiter.api.Test;

/** What a client is told about Jena's real parse errors: the offending position and a short message. */
class QuerySyntaxErrorTest {

    private static QuerySyntaxError errorOf(String query) {
        QueryParseException e = catchThrowableOfType(QueryParseException.class,
                () -> QueryFactory.create(query, "https://w3id.org/citynet/", Syntax.syntaxSPARQL_11));
        assertThat(e).as("a parse error for %s", query).isNotNull();
        return QuerySyntaxError.of(e);
    }

    @Test
    void thePositionIsTheOffendingTokenNotTheLastAcceptedOne() {
        QuerySyntaxError error = errorOf("SELECT ?s\nWHERE {\n  ?s ?p ?o FILTER( }");
        assertThat(error.line()).isEqualTo(3);
        assertThat(error.column()).isEqualTo(20);
        assertThat(error.message()).startsWith("Encountered").contains("line 3, column 20")
                .doesNotContain("Was expecting").doesNotContain("\n");
    }

    @Test
    void anErrorAtTheFirstTokenHasAPositionAndAShortListOfWhatWasExpected() {
        QuerySyntaxError error = errorOf("INSERT DATA { <a> <b> <c> }");
        assertThat(error.line()).isEqualTo(1);
        assertThat(error.column()).isEqualTo(1);
        assertThat(error.message()).contains("Expected one of:").contains("select").contains("construct");
    }

    @Test
    void aLexicalErrorReportsWhereTheBadTokenStarts() {
        QuerySyntaxError error = errorOf("SELECT ?s\nWHERE {\n  ?s ?p ?o .\n  ?s <x> \"unterminated }");
        assertThat(error.line()).isEqualTo(4);
        assertThat(error.column()).isEqualTo(25);
        assertThat(error.message()).startsWith("Lexical error");
    }

    @Test
    void anErrorWithoutPositionHasNone() {
        QuerySyntaxError error = errorOf("SELECT * WHERE { ?s ?p ?o } GROUP BY ?s");
        assertThat(error.hasPosition()).isFalse();
        assertThat(error.message()).isEqualTo("SELECT * not legal with GROUP BY");
    }
}
