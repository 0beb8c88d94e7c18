package org.citynet.web.api.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.junit.jupiter.api.Test;

class PageKeysTest {

    private static final String PREFIXES = "PREFIX : <http://example.org/>\n";

    private static Query parse(String text) {
        return QueryFactory.create(PREFIXES + text);
    }

    private static String keysOf(String text, String... parameters) {
        // The keys query is written without prefixes; put ':' back for readable assertions.
        return PageKeys.keysQuery(parse(text), "city", Set.of(parameters)).toString()
                .replaceAll("<http://example.org/([A-Za-z]+)>", ":$1");
    }

    @Test
    void keepsWhatTheKeyAndTheOrderNeedAndDropsTheRest() throws Exception {
        NamedQuery locations = NamedQueryParser.parse("city-locations",
                Files.readString(Path.of("queries/city-locations.rq")));
        String keys = PageKeys.keysQuery(locations.query(), "city", Set.of("lang")).toString();

        assertThat(keys).contains("SELECT  ?city ?label", "prefLabel", "?l1", "?l2", "coalesce")
                .as("ordered in memory, not by the store").doesNotContain("ORDER BY");
        // Coordinates, geometry and the country (three OPTIONALs that only refer to each other) are left out.
        assertThat(keys).doesNotContain("wgs84_pos#lat", "asWKT", "country", "?cl1");
        NamedQuery populations = NamedQueryParser.parse("city-populations",
                Files.readString(Path.of("queries/city-populations.rq")));
        assertThat(PageKeys.keysQuery(populations.query(), "city", Set.of("lang")).toString())
                .as("the same keys, whatever the rest of the query and its prefixes").isEqualTo(keys);
    }

    @Test
    void anOptionalWhoseVariableAFilterUsesStays() {
        String keys = keysOf("SELECT ?city ?name WHERE { ?city a :City OPTIONAL { ?city :pop ?pop } "
                + "OPTIONAL { ?city :name ?name } FILTER (!BOUND(?pop) || ?pop > 10) } ORDER BY ?name ?city");
        assertThat(keys).contains(":pop").contains(":name");
    }

    @Test
    void anOptionalThatBindsAnOrderVariableThroughAnotherStays() {
        String keys = keysOf("SELECT ?city WHERE { ?city a :City OPTIONAL { ?city :country ?c } "
                + "OPTIONAL { ?c :name ?cn } OPTIONAL { ?city :size ?size } } ORDER BY ?cn ?city");
        assertThat(keys).contains(":country", ":name").doesNotContain(":size");
    }

    @Test
    void requiredPatternsFiltersAndValuesAlwaysStay() {
        String keys = keysOf("SELECT ?city ?x WHERE { ?city a :City ; :in ?x FILTER (?x != :nowhere) "
                + "VALUES ?kind { :a :b } ?city :kind ?kind } ORDER BY ?city");
        assertThat(keys).contains(":in", "FILTER", "VALUES", ":kind");
    }

    @Test
    void aParameterConnectsNothing() {
        String keys = keysOf("SELECT ?city WHERE { ?city a :City OPTIONAL { ?city :label ?l FILTER (lang(?l) = ?lang) } "
                + "OPTIONAL { ?city :note ?n FILTER (lang(?n) = ?lang) } BIND (COALESCE(?l, ?city) AS ?label) } "
                + "ORDER BY ?label ?city", "lang");
        assertThat(keys).contains(":label").doesNotContain(":note");
    }

    @Test
    void keysAreOrderedAsTheQueryOrdersThemEachAtItsFirstRow() {
        Query query = parse("SELECT ?city ?label WHERE { ?city :label ?label } ORDER BY ?label ?city");
        Var city = Var.alloc("city");
        Var label = Var.alloc("label");
        Node a = NodeFactory.createURI("http://example.org/a");
        Node b = NodeFactory.createURI("http://example.org/b");
        Node c = NodeFactory.createURI("http://example.org/c");
        List<Binding> rows = List.of(
                BindingFactory.binding(city, a, label, NodeFactory.createLiteralLang("Oulu", "fi")),
                BindingFactory.binding(city, b, label, NodeFactory.createLiteralLang("Espoo", "fi")),
                BindingFactory.binding(city, a, label, NodeFactory.createLiteralLang("Aulu", "sv")),
                BindingFactory.binding(city, c, label, NodeFactory.createLiteralLang("Espoo", "fi")),
                BindingFactory.binding(city, c));
        List<Node> keys = PageKeys.keys(new ResultRows(List.of("city", "label"), rows), query, "city");
        // As Jena's ORDER BY orders the rows: the unbound label first, then the @fi labels (b before c on the
        // same label, by ?city; a's "Oulu"@fi) ahead of "Aulu"@sv, a's second row, which adds nothing.
        assertThat(keys).containsExactly(c, b, a);

        ResultRows page = PageKeys.inKeyOrder(new ResultRows(List.of("city", "label"), List.of(rows.get(0),
                rows.get(1), rows.get(2))), "city", List.of(a, b));
        assertThat(page.rows()).containsExactly(rows.get(0), rows.get(2), rows.get(1));
    }

    @Test
    void restrictedPutsTheKeysFirstInThePattern() {
        Query query = parse("SELECT ?city ?name WHERE { ?city a :City OPTIONAL { ?city :name ?name } } ORDER BY ?name ?city");
        Query page = PageKeys.restricted(query, "city", List.of(NodeFactory.createURI("http://example.org/a"),
                NodeFactory.createURI("http://example.org/b")));
        ElementGroup group = (ElementGroup) page.getQueryPattern();
        assertThat(group.get(0)).isInstanceOf(ElementData.class);
        assertThat(((ElementData) group.get(0)).getRows()).hasSize(2);
        assertThat(page.toString()).contains("ORDER BY ?name ?city");
        assertThat(query.toString()).as("the catalog's query is left alone").doesNotContain("VALUES");
    }

    @Test
    void unfitQueriesAreExplained() {
        assertThat(PageKeys.problems(parse("SELECT ?city WHERE { ?city a :City }"), "city"))
                .containsExactly("'#+ page-by:' needs a SELECT with ORDER BY");
        assertThat(PageKeys.problems(parse("SELECT ?city WHERE { ?city a :City } ORDER BY STR(?city) LIMIT 5"), "city"))
                .anyMatch(p -> p.contains("LIMIT"))
                .anyMatch(p -> p.contains("ORDER BY variables only"))
                .anyMatch(p -> p.contains("needs ?city in ORDER BY"));
        assertThat(PageKeys.problems(parse("SELECT ?x WHERE { ?city :p ?x } ORDER BY ?x"), "city"))
                .anyMatch(p -> p.contains("names no projected variable"));
        assertThat(PageKeys.problems(parse("SELECT ?city (COUNT(*) AS ?n) WHERE { ?city :p ?x } GROUP BY ?city "
                + "ORDER BY ?city"), "city")).anyMatch(p -> p.contains("GROUP BY"));
        assertThat(PageKeys.problems(parse("SELECT ?x ?city WHERE { ?x :p ?y OPTIONAL { ?x :q ?city } } "
                + "ORDER BY ?city"), "city")).anyMatch(p -> p.contains("bound by a triple pattern"));
        assertThat(PageKeys.problems(parse("SELECT ?city ?n WHERE { ?city :p ?n } ORDER BY DESC(?n) ?city"), "city"))
                .isEmpty();
    }
}
