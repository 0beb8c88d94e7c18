package org.citynet.web.api.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.junit.jupiter.api.Test;
import org.citynet.web.api.PageRequest;

/** The page, count and capped forms of a query, checked by their syntax and by running them on a small graph. */
class QueryFormsTest {

    private static final String DATA = """
            PREFIX ex: <https://example.org/>
            ex:a ex:label "Alpha" , "Alpaca" . ex:b ex:label "Beta" . ex:c ex:label "Gamma" , "Gala" .
            ex:d ex:label "Delta" . ex:e ex:label "Epsilon" . ex:f ex:label "Alpine" .
            """;

    /** DISTINCT over ?s only: several labels of one subject must count once. */
    private static final String QUERY = """
            PREFIX ex: <https://example.org/>
            SELECT DISTINCT ?s WHERE { ?s ex:label ?label FILTER (CONTAINS(LCASE(?label), ?text)) }
            ORDER BY DESC(?s)
            """;

    private final DatasetGraph dataset = load();
    private final Query query = QueryFactory.create(QUERY);

    @Test
    void countWrapsTheQueryWithoutOrderInASubSelectProjectingTheSameVariables() {
        Query count = QueryForms.count(query);

        assertThat(count.isSelectType()).isTrue();
        assertThat(count.getResultVars()).containsExactly(QueryForms.TOTAL);
        assertThat(count.hasAggregators()).isTrue();
        ElementGroup group = (ElementGroup) count.getQueryPattern();
        assertThat(group.getElements()).hasSize(1).first().isInstanceOf(ElementSubQuery.class);
        Query inner = ((ElementSubQuery) group.getElements().get(0)).getQuery();
        assertThat(inner.hasOrderBy()).isFalse();
        assertThat(inner.isDistinct()).isTrue();
        assertThat(inner.getResultVars()).isEqualTo(query.getResultVars());
        // It is a query a remote endpoint can parse too.
        assertThat(QueryFactory.create(count.toString()).getResultVars()).containsExactly(QueryForms.TOTAL);
    }

    @Test
    void countPrintsAsSparqlEvenWhenTheQueryHasBaseAndPrefixes() {
        Query withBase = QueryFactory.create("BASE <https://example.org/b/>\n" + QUERY);
        String text = QueryForms.count(withBase).toString();
        // One prologue, at the top; the sub-select has none of its own.
        assertThat(text.split("PREFIX", -1)).hasSize(2);
        assertThat(text.split("BASE", -1)).hasSize(2);
        assertThat(QueryFactory.create(text).getResultVars()).containsExactly(QueryForms.TOTAL);
    }

    @Test
    void countLeavesTheCatalogQueryAlone() {
        String before = query.toString();
        QueryForms.count(query);
        QueryForms.page(query, new PageRequest(2, 2));
        assertThat(query.toString()).isEqualTo(before);
        assertThat(query.hasOrderBy()).isTrue();
        assertThat(query.hasLimit()).isFalse();
    }

    @Test
    void countIsTheTrueNumberOfRowsWithParametersSubstitutedInsideTheSubSelect() {
        Map<String, Node> alpha = Map.of("text", NodeFactory.createLiteralString("al"));
        // "al": Alpha, Alpaca (both ex:a), Gala (ex:c), Alpine (ex:f) -> 3 distinct subjects.
        assertThat(rows(query, alpha)).hasSize(3);
        assertThat(total(alpha)).isEqualTo(3);
        Map<String, Node> none = Map.of("text", NodeFactory.createLiteralString("\") } ; DROP ALL ; #"));
        assertThat(total(none)).isZero();
        Map<String, Node> all = Map.of("text", NodeFactory.createLiteralString(""));
        assertThat(total(all)).isEqualTo(6);
    }

    @Test
    void pagesAreDisjointSlicesInTheQuerysOrder() {
        Map<String, Node> all = Map.of("text", NodeFactory.createLiteralString(""));
        List<Binding> whole = rows(query, all);
        List<Binding> pages = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            Query slice = QueryForms.page(query, new PageRequest(page, 4));
            assertThat(slice.getLimit()).isEqualTo(4);
            assertThat(slice.getOffset()).isEqualTo((page - 1) * 4L);
            pages.addAll(rows(slice, all));
        }
        assertThat(pages).isEqualTo(whole);
        assertThat(whole.get(0).get("s").getURI()).isEqualTo("https://example.org/f");
    }

    @Test
    void cappedStopsOneRowAfterTheLimitUnlessTheQueryHasASmallerLimit() {
        Map<String, Node> all = Map.of("text", NodeFactory.createLiteralString(""));
        assertThat(rows(QueryForms.capped(query, 4), all)).hasSize(5);
        assertThat(rows(QueryForms.capped(query, 10), all)).hasSize(6);
        Query limited = QueryFactory.create(QUERY + " LIMIT 2");
        assertThat(QueryForms.capped(limited, 4)).isSameAs(limited);
    }

    private long total(Map<String, Node> bindings) {
        List<Binding> rows = rows(QueryForms.count(query), bindings);
        return Long.parseLong(rows.get(0).get(QueryForms.TOTAL).getLiteralLexicalForm());
    }

    private List<Binding> rows(Query q, Map<String, Node> bindings) {
        QueryExecBuilder exec = QueryExec.dataset(dataset).query(q);
        bindings.forEach(exec::substitution);
        try (QueryExec qe = exec.build()) {
            RowSet rows = qe.select();
            List<Binding> list = new ArrayList<>();
            rows.forEachRemaining(list::add);
            return list;
        }
    }

    private static DatasetGraph load() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(DATA, Lang.TURTLE).parse(dsg);
        return dsg;
    }
}
