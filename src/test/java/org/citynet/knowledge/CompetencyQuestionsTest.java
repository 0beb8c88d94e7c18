package org.citynet.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.citynet.web.api.queries.NamedQuery;
import org.citynet.web.api.queries.NamedQueryCatalog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every competency question in {@code queries/} asked of the real data, loaded by the real loader into
 * TDB2 with the union of the named graphs as default graph, and its answer compared with the reviewed
 * answer in {@code queries/expected/NAME.tsv} (in order when the query has ORDER BY).
 *
 * <p>After a deliberate change to the data, {@code -Dcitynet.recordExpected=true} rewrites the expected
 * files; review the diff before committing it — the files are the statement of what the sources say.
 */
class CompetencyQuestionsTest {

    private static final Path EXPECTED = RealKnowledgeGraph.ROOT.resolve("queries/expected");
    private static final boolean RECORD = Boolean.getBoolean("citynet.recordExpected");

    @TempDir
    static Path temp;

    private static DatasetGraph dataset;

    @BeforeAll
    static void load() {
        dataset = RealKnowledgeGraph.loadInto(temp.resolve("tdb"));
    }

    @AfterAll
    static void close() {
        TDBInternal.expel(dataset);
    }

    static Stream<NamedQuery> queries() {
        return NamedQueryCatalog.load(RealKnowledgeGraph.ROOT.resolve("queries")).all().stream();
    }

    @Test
    void thereAreAtLeastTwentyFiveCompetencyQuestions() {
        assertThat(queries().count()).isGreaterThanOrEqualTo(25);
        assertThat(queries()).allSatisfy(q -> assertThat(q.summary()).isNotBlank());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void answersAsExpected(NamedQuery query) throws IOException {
        ResultSetRewindable actual = run(query);
        Path file = EXPECTED.resolve(query.name() + ".tsv");
        if (RECORD) {
            Files.createDirectories(EXPECTED);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ResultSetMgr.write(out, actual, ResultSetLang.RS_TSV);
            Files.write(file, out.toByteArray());
            return;
        }
        assertThat(file).as("expected answer for %s", query.name()).exists();
        ResultSetRewindable expected;
        try (InputStream in = Files.newInputStream(file)) {
            expected = ResultSetFactory.makeRewindable(ResultSetMgr.read(in, ResultSetLang.RS_TSV));
        }
        assertThat(actual.size()).as("at least one answer for %s", query.name()).isPositive();
        boolean same = query.query().hasOrderBy()
                ? ResultSetCompare.equalsByTermAndOrder(expected, actual)
                : ResultSetCompare.equalsByTerm(expected, actual);
        if (!same) {
            actual.reset();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ResultSetMgr.write(out, actual, ResultSetLang.RS_TSV);
            fail("%s answered differently from %s:%n%s", query.name(), file, out.toString());
        }
    }

    private static ResultSetRewindable run(NamedQuery query) {
        Map<String, Node> bindings = query.bind(Map.of());
        return Txn.calculateRead(dataset, () -> {
            QueryExecBuilder exec = QueryExec.dataset(dataset).query(query.query())
                    .set(TDB2.symUnionDefaultGraph, true);
            bindings.forEach(exec::substitution);
            try (QueryExec qe = exec.build()) {
                ResultSet rs = ResultSet.adapt(qe.select());
                return ResultSetFactory.makeRewindable(rs);
            }
        });
    }

    static List<String> names() {
        return queries().map(NamedQuery::name).toList();
    }
}
