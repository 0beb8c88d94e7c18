package org.citynet.kernel.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;

/** What a remote store is sent: full IRIs, and sorts the store's sort cap allows, with the same answers. */
class RemoteQueriesTest {

    private static final RemoteProtocol VIRTUOSO = RemoteProtocol.defaults(StoreKind.VIRTUOSO);

    @Test
    void iriResolvedAgainstABaseAreSentInFull() {
        Query parsed = QueryFactory.create("SELECT * FROM <graph/curated> { <id/city/espoo> ?p ?o }",
                "https://w3id.org/citynet/");
        String sent = RemoteQueries.forStore(parsed, Map.of(), VIRTUOSO).serialize();
        assertThat(sent).contains("<https://w3id.org/citynet/id/city/espoo>", "<https://w3id.org/citynet/graph/curated>")
                .doesNotContain("<id/city/espoo>");
        assertThat(parsed.serialize()).as("the query given is left as it was").contains("<id/city/espoo>");
    }

    @Test
    void aSortedLimitOverTheStoresCapIsSortedInASubquery() {
        Query probe = QueryFactory.create("SELECT ?s ?o FROM <urn:ex:g> WHERE { ?s <urn:ex:p> ?o } ORDER BY DESC(?o) ?s"
                + " LIMIT 10001");
        assertThat(RemoteQueries.exceedsSortCap(probe, 10_000)).isTrue();
        Query sent = RemoteQueries.forStore(probe, Map.of(), VIRTUOSO);
        assertThat(sent.hasOrderBy()).as("no ORDER BY beside the LIMIT").isFalse();
        assertThat(sent.getLimit()).isEqualTo(10_001);
        assertThat(sent.getGraphURIs()).containsExactly("urn:ex:g");
        assertThat(sent.getResultVars()).containsExactly("s", "o");
        assertThat(sent.serialize().replaceAll("\\s+", " ")).contains("ORDER BY DESC(?o) ?s");
    }

    @Test
    void theWindowIsStandardSparqlWithPrefixesOnlyInItsPrologue() {
        Query probe = QueryFactory.create("PREFIX ex: <urn:ex:> SELECT ?s (COUNT(*) AS ?n) { ?s ex:p ?o }"
                + " GROUP BY ?s ORDER BY DESC(?n) LIMIT 10001");
        String sent = RemoteQueries.forStore(probe, Map.of(), VIRTUOSO).serialize();
        assertThat(sent.indexOf("PREFIX")).isEqualTo(sent.lastIndexOf("PREFIX"));
        assertThat(QueryFactory.create(sent, Syntax.syntaxSPARQL_11).isSelectType()).isTrue();
    }

    @Test
    void smallWindowsAndUnsortedQueriesAreSentAsTheyAre() {
        assertThat(RemoteQueries.exceedsSortCap(QueryFactory.create("SELECT * { ?s ?p ?o } ORDER BY ?s LIMIT 100"),
                10_000)).isFalse();
        assertThat(RemoteQueries.exceedsSortCap(QueryFactory.create("SELECT * { ?s ?p ?o } LIMIT 20000"),
                10_000)).isFalse();
        assertThat(RemoteQueries.exceedsSortCap(QueryFactory.create("SELECT * { ?s ?p ?o } ORDER BY ?s OFFSET 20000"),
                10_000)).isTrue();
        assertThat(RemoteQueries.exceedsSortCap(QueryFactory.create("SELECT * { ?s ?p ?o } ORDER BY ?s LIMIT 20000"),
                0)).isFalse();
    }

    @Test
    void theWindowGivesTheSameRowsInTheSameOrder() {
        Dataset data = DatasetFactory.create();
        RDFParser.fromString("""
                <urn:ex:a> <urn:ex:p> 3 . <urn:ex:b> <urn:ex:p> 1 . <urn:ex:c> <urn:ex:p> 2 . <urn:ex:d> <urn:ex:p> 5 . <urn:ex:e> <urn:ex:p> 4 .
                """, Lang.TURTLE).parse(data.getDefaultModel());
        for (String query : List.of("SELECT ?s ?o { ?s <urn:ex:p> ?o } ORDER BY DESC(?o) LIMIT 3 OFFSET 1",
                "SELECT DISTINCT ?o { ?s <urn:ex:p> ?o } ORDER BY ?o OFFSET 2",
                "SELECT (COUNT(*) AS ?n) ?o { ?s <urn:ex:p> ?o } GROUP BY ?o ORDER BY ?o LIMIT 2")) {
            Query original = QueryFactory.create(query);
            assertThat(text(RemoteQueries.sortedWindow(original), data)).as(query).isEqualTo(text(original, data));
        }
    }

    private static String text(Query query, Dataset data) {
        try (QueryExecution execution = QueryExecution.dataset(data).query(query).build()) {
            return ResultSetFormatter.asText(execution.execSelect());
        }
    }
}
