package org.citynet.web.api.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.core.Var;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link KeptFilterRows}: which queries it refuses, and — with Jena's own evaluation of the whole query as the
 * oracle — that filtering the kept rows gives the query's answer, row for row and in order, including FILTERs
 * whose parts fail on some rows (an IRI's STRLEN, a number compared with a string).
 */
class KeptFilterRowsTest {

    private static final String PREFIXES = "PREFIX : <http://example.org/>\n"
            + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n";

    private static final String DATA = """
            @prefix : <http://example.org/> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            :espoo a :City, :Place ; skos:prefLabel "Espoo"@fi, "Esbo"@sv, "Espoo"@en ; skos:altLabel "ESBO" ; :size 300 .
            :helsinki a :City ; skos:prefLabel "Helsinki"@fi, "Helsingfors"@sv ; :size "big" .
            :aa a :City ; skos:prefLabel "Åbo"@sv, "Turku"@fi ; :size 190 .
            :net a :Network ; skos:prefLabel "Eurocities"@en ; :size :large .
            :odd a :Thing ; skos:prefLabel "  esbo  "^^xsd:string ; :size 12.5 .
            :number a :Thing ; skos:prefLabel 42 .
            """;

    private static Query parse(String text) {
        return QueryFactory.create(PREFIXES + text);
    }

    private static List<String> problems(String text, String... parameters) {
        return KeptFilterRows.problems(parse(text), Set.of(parameters));
    }

    @Test
    void theLabelSearchIsFit() throws Exception {
        NamedQuery search = NamedQueryParser.parse("search-labels", Files.readString(Path.of("queries/search-labels.rq")));
        assertThat(search.unfiltered()).isTrue();
        assertThat(KeptFilterRows.problems(search.query(), Set.of("text"))).isEmpty();
        assertThat(KeptFilterRows.unfiltered(search.query(), Set.of("text")).toString())
                .doesNotContain("FILTER", "?text", "ORDER BY").contains("DISTINCT", "altLabel");
    }

    @Test
    void refusesAFilterOnAVariableThatIsNotProjected() {
        assertThat(problems("SELECT ?s WHERE { ?s :p ?o FILTER (?o = ?x) } ORDER BY ?s", "x"))
                .singleElement().asString().contains("?o").contains("not");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "SELECT ?s (COUNT(*) AS ?n) WHERE { ?s :p ?o FILTER (?s = ?x) } GROUP BY ?s ORDER BY ?s | GROUP BY",
            "SELECT ?s WHERE { ?s :p ?o FILTER (?s = ?x) } ORDER BY ?s LIMIT 5 | LIMIT",
            "SELECT ?s WHERE { ?s :p ?o FILTER (?s = ?x) } | ORDER BY",
            "SELECT ?s WHERE { ?s :p ?o FILTER (?s = ?x) } ORDER BY ?o | projected variables only",
            "SELECT ?s WHERE { ?s :p ?o FILTER (?s != ?x && EXISTS { ?s :q ?o }) } ORDER BY ?s | EXISTS",
            "SELECT ?s WHERE { ?s :p ?o FILTER (RAND() < ?x) } ORDER BY ?s | RAND",
            "SELECT ?s WHERE { ?s :p ?x FILTER (?s != ?x) } ORDER BY ?s | used elsewhere",
            "SELECT ?s WHERE { ?s :p ?o { FILTER (?s != ?x) } } ORDER BY ?s | top-level group",
    })
    void refusesWhatFilteringTheAnswerWouldChange(String query, String reason) {
        assertThat(problems(query, "x")).anySatisfy(p -> assertThat(p).contains(reason));
    }

    @Test
    void refusesAQueryWithoutParameters() {
        assertThat(problems("SELECT ?s WHERE { ?s :p ?o FILTER (?s != :a) } ORDER BY ?s"))
                .anySatisfy(p -> assertThat(p).contains("needs parameters"));
    }

    @Test
    void theDecoratorIsCheckedWhenTheFileIsRead() {
        String text = "#+ summary: s\n#+ params:\n#+   - x: string\n#+ precompute: unfiltered\n"
                + "SELECT ?s WHERE { ?s <http://example.org/p> ?o FILTER (?o = ?x) } ORDER BY ?s";
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> NamedQueryParser.parse("q", text)))
                .isInstanceOf(NamedQueryException.class).hasMessageContaining("projected");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> NamedQueryParser.parse("q",
                text.replace("unfiltered", "sometimes")))).hasMessageContaining("true, false or unfiltered");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> NamedQueryParser.parse("q",
                text.replace("#+ precompute: unfiltered\n", "#+ precompute: unfiltered\n#+ precompute: true\n"))))
                .hasMessageContaining("both true and unfiltered");
    }

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource(delimiter = '|', value = {
            "SEARCH | esbo",
            "SEARCH | ''",
            "SEARCH | ESBO",
            "SEARCH | å",
            "SEARCH | 4",
            "SEARCH | nothing like it",
            "SIZE   | 100",
            "SIZE   | 0",
            "LENGTH | 5",
            "LENGTH | 0",
            "TWO    | es",
    })
    void filteringTheKeptRowsGivesTheQuerysAnswer(String which, String value) {
        String text = switch (which) {
            case "SEARCH" -> "SELECT DISTINCT ?resource ?type ?label WHERE { { ?resource skos:prefLabel ?label } "
                    + "UNION { ?resource skos:altLabel ?label } FILTER (CONTAINS(LCASE(STR(?label)), LCASE(?x))) "
                    + "?resource a ?type } ORDER BY ?resource ?label ?type";
            // Compares numbers with the parameter read as a number: a string or an IRI size is an error.
            case "SIZE" -> "SELECT ?s ?size WHERE { ?s :size ?size FILTER (?size > xsd:integer(?x)) } ORDER BY DESC(?size) ?s";
            // STRLEN of an IRI label fails; '|| ?x = "0"' passes it all the same when the parameter is 0.
            case "LENGTH" -> "SELECT ?s ?v WHERE { ?s ?p ?v FILTER (STRLEN(?v) > xsd:integer(?x) || ?x = \"0\") } ORDER BY ?s ?v";
            case "TWO" -> "SELECT ?s ?label WHERE { ?s skos:prefLabel ?label FILTER (STRSTARTS(LCASE(STR(?label)), ?x)) "
                    + "FILTER (LANG(?label) != CONCAT(\"f\", SUBSTR(?x, 5))) } ORDER BY ?label ?s";
            default -> throw new IllegalArgumentException(which);
        };
        Query query = parse("PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n" + text);
        assertThat(KeptFilterRows.problems(query, Set.of("x"))).as("fit").isEmpty();
        Map<String, Node> bindings = new LinkedHashMap<>();
        bindings.put("x", NodeFactory.createLiteralString(value));

        Dataset data = DatasetFactory.create();
        RDFParser.create().source(new StringReader(DATA)).lang(Lang.TURTLE).parse(data.getDefaultModel());
        List<Binding> expected = rows(data, query, bindings);
        KeptFilterRows kept = KeptFilterRows.of(query, Set.of("x"),
                new ResultRows(query.getResultVars(), rows(data, KeptFilterRows.unfiltered(query, Set.of("x")), Map.of())));

        assertThat(kept.matching(bindings).rows()).isEqualTo(expected);
    }

    @Test
    void rowsWithTheSameFilterInputsShareThem() {
        Query query = parse("SELECT ?s ?label WHERE { ?s skos:prefLabel ?label FILTER (CONTAINS(LCASE(STR(?label)), ?x)) } "
                + "ORDER BY ?s ?label");
        List<Binding> rows = new ArrayList<>();
        for (String lang : List.of("fi", "sv", "en")) {
            BindingBuilder row = BindingFactory.builder();
            row.add(Var.alloc("s"), NodeFactory.createURI("http://example.org/espoo"));
            row.add(Var.alloc("label"), NodeFactory.createLiteralLang("Espoo", lang));
            rows.add(row.build());
        }
        KeptFilterRows kept = KeptFilterRows.of(query, Set.of("x"), new ResultRows(List.of("s", "label"), rows));
        assertThat(kept.distinctInputs()).as("one lower-cased text for three labels").isEqualTo(1);
        assertThat(kept.matching(Map.of("x", NodeFactory.createLiteralString("spo"))).rows()).hasSize(3);
        assertThat(kept.matching(Map.of("x", NodeFactory.createLiteralString("Spo"))).rows()).isEmpty();
    }

    private static List<Binding> rows(Dataset data, Query query, Map<String, Node> bindings) {
        BindingBuilder given = BindingFactory.builder();
        bindings.forEach((name, value) -> given.add(Var.alloc(name), value));
        try (QueryExecution execution = QueryExecution.dataset(data).query(query).substitution(given.build()).build()) {
            return ResultRows.read(execution).rows();
        }
    }
}
