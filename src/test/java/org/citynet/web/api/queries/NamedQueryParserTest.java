package org.citynet.web.api.queries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.citynet.web.system.InvalidParameterException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NamedQueryParserTest {

    private static final String TWINS = """
            #+ summary: Twin cities of a city
            #+ description: Cities linked by a twinning agreement,
            #+   with their countries.
            #+ params:
            #+   - city: iri = https://w3id.org/citynet/id/city/espoo ; The city
            #+   - year: year ; A required year
            #+ pagination: 25
            PREFIX cn: <https://w3id.org/citynet/ontology#>
            SELECT ?twin WHERE { ?a cn:party ?city , ?twin . FILTER (?twin != ?city && ?year > 0) }
            ORDER BY ?twin
            """;

    @Test
    void readsDecorators() {
        NamedQuery q = NamedQueryParser.parse("twins", TWINS);
        assertThat(q.summary()).isEqualTo("Twin cities of a city");
        assertThat(q.description()).isEqualTo("Cities linked by a twinning agreement, with their countries.");
        assertThat(q.pageSize()).isEqualTo(25);
        assertThat(q.parameters()).extracting(QueryParameter::name).containsExactly("city", "year");
        assertThat(q.parameters().get(0).type()).isEqualTo(ParameterType.IRI);
        assertThat(q.parameters().get(0).description()).isEqualTo("The city");
        assertThat(q.parameters().get(1).required()).isTrue();
    }

    @Test
    void bindsTypedValuesAndDefaults() {
        NamedQuery q = NamedQueryParser.parse("twins", TWINS);
        Map<String, Node> bound = q.bind(Map.of("year", "2015"));
        assertThat(bound.get("city").getURI()).isEqualTo("https://w3id.org/citynet/id/city/espoo");
        assertThat(bound.get("year").getLiteralLexicalForm()).isEqualTo("2015");
        assertThat(bound.get("year").getLiteralDatatypeURI()).endsWith("#integer");
    }

    @Test
    void refusesWrongTypesNamingTheParameter() {
        NamedQuery q = NamedQueryParser.parse("twins", TWINS);
        assertThatThrownBy(() -> q.bind(Map.of("year", "twenty")))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("'year'").hasMessageContaining("four digits");
        assertThatThrownBy(() -> q.bind(Map.of("year", "2015", "city", "not an iri> } DROP ALL {")))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("'city'");
        assertThatThrownBy(() -> q.bind(Map.of()))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("'year' is required");
        assertThatThrownBy(() -> q.bind(Map.of("year", "2015", "cty", "x")))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("'cty' is not a parameter");
    }

    @Test
    void stringValuesStayLiteralsWhateverTheyContain() {
        Node n = ParameterType.STRING.parse("\" } ; DROP ALL ; #");
        assertThat(n.isLiteral()).isTrue();
        assertThat(n.getLiteralLexicalForm()).isEqualTo("\" } ; DROP ALL ; #");
    }

    @Test
    void reportsEveryProblemOfABrokenFile() {
        String broken = """
                #+ summry: typo
                #+ params:
                #+   - city: place
                #+ pagination: lots
                SELECT ?x WHERE { ?x ?p ?o
                """;
        assertThatThrownBy(() -> NamedQueryParser.parse("Bad_Name", broken))
                .isInstanceOf(NamedQueryException.class)
                .satisfies(e -> assertThat(((NamedQueryException) e).problems()).anySatisfy(p -> assertThat(p).contains("file name"))
                        .anySatisfy(p -> assertThat(p).contains("unknown decorator '#+ summry:'"))
                        .anySatisfy(p -> assertThat(p).contains("unknown parameter type 'place'"))
                        .anySatisfy(p -> assertThat(p).contains("page size"))
                        .anySatisfy(p -> assertThat(p).contains("SPARQL syntax error at line 5"))
                        .anySatisfy(p -> assertThat(p).contains("missing '#+ summary:'")));
    }

    @Test
    void readsPageByAndRefusesItWhereItCannotWork() {
        NamedQuery q = NamedQueryParser.parse("k", "#+ summary: s\n#+ pagination: 10\n#+ page-by: ?s\n"
                + "SELECT ?s ?o WHERE { ?s ?p ?o } ORDER BY ?o ?s");
        assertThat(q.pageBy()).isEqualTo("s");
        assertThat(q.pagedByKey()).isTrue();
        assertThatThrownBy(() -> NamedQueryParser.parse("k", "#+ summary: s\n#+ page-by: s t\nSELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s"))
                .hasMessageContaining("names one variable of the query, not 's t'");
        assertThatThrownBy(() -> NamedQueryParser.parse("k", "#+ summary: s\n#+ page-by: o\nSELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s"))
                .hasMessageContaining("names no projected variable").hasMessageContaining("needs ?o in ORDER BY");
        assertThatThrownBy(() -> NamedQueryParser.parse("k", "#+ summary: s\n#+ precompute: true\n#+ page-by: s\n"
                + "SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s")).hasMessageContaining("exclude each other");
    }

    @Test
    void aPaginatedQueryNeedsAStableOrder() {
        String unordered = "#+ summary: s\n#+ pagination: 10\nSELECT ?s WHERE { ?s ?p ?o }";
        assertThatThrownBy(() -> NamedQueryParser.parse("u", unordered)).hasMessageContaining("ORDER BY");
        String limited = "#+ summary: s\n#+ pagination: 10\nSELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s LIMIT 5";
        assertThatThrownBy(() -> NamedQueryParser.parse("l", limited)).hasMessageContaining("LIMIT");
    }

    @Test
    void aParameterMustBeAVariableOfTheQuery() {
        String text = "#+ summary: s\n#+ params:\n#+   - town: iri = https://example.org/x\nSELECT ?city WHERE { ?city ?p ?o }";
        assertThatThrownBy(() -> NamedQueryParser.parse("p", text)).hasMessageContaining("'town' is not a variable");
    }

    @Test
    void catalogRefusesAFolderWithABrokenFileNamingIt(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("good.rq"), "#+ summary: ok\nSELECT * WHERE { ?s ?p ?o }");
        Files.writeString(dir.resolve("bad.rq"), "SELECT * WHERE {");
        assertThatThrownBy(() -> NamedQueryCatalog.load(dir)).hasMessageContaining("queries/bad.rq");
        Files.delete(dir.resolve("bad.rq"));
        assertThat(NamedQueryCatalog.load(dir).find("good")).isPresent();
    }

    @Test
    void pagingNamesAreReservedForTheApi() {
        String text = "#+ summary: s\n#+ params:\n#+   - page: integer = 1\nSELECT ?s WHERE { ?s ?p ?page }";
        assertThatThrownBy(() -> NamedQueryParser.parse("p", text)).hasMessageContaining("'page' is reserved");
    }

    @Test
    void catalogOfAMissingFolderSaysSo(@TempDir Path dir) {
        assertThatThrownBy(() -> NamedQueryCatalog.load(dir.resolve("queries")))
                .isInstanceOf(NamedQueryException.class).hasMessageContaining("does not exist");
    }

    @Test
    void aParameterLineOutsideParamsIsRefused() {
        String text = "#+ summary: s\n#+ description: d\n#+   - lang: language = en ; Labels\nSELECT ?lang WHERE { ?s ?p ?lang }";
        assertThatThrownBy(() -> NamedQueryParser.parse("p", text))
                .hasMessageContaining("looks like a parameter").hasMessageContaining("'#+ params:'");
    }
}
