package org.citynet.web.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.kernel.store.QueryRunner;
import org.citynet.kernel.store.StoreFactory;
import org.citynet.support.TestStores;
import org.citynet.web.system.Formats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Running and reading answers on a real in-memory TDB2 store with the union default graph, without Spring:
 * the row and triple caps, answers that outlive their transaction, FROM / FROM NAMED, no SERVICE, the
 * timeout.
 * Graph {@code urn:g:n} holds n triples {@code <urn:s:n-i> <urn:p> <urn:o>}.
 */
class AnswerCollectorTest {

    private static final int MAX_ROWS = 5;

    private KnowledgeStore store;
    private QueryRunner runner;

    @BeforeEach
    void fill() {
        store = StoreFactory.open("mem", Path.of("."), StoreFactory.RemoteOptions.NONE);
        DatasetGraph dataset = TestStores.dataset(store);
        Txn.executeWrite(dataset, () -> {
            for (int g = 1; g <= 3; g++) {
                for (int i = 0; i < g; i++) {
                    dataset.add(iri("urn:g:" + g), iri("urn:s:" + g + "-" + i), iri("urn:p"), iri("urn:o"));
                }
            }
        });
        runner = new QueryRunner(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private QueryAnswer collect(String query) {
        return new AnswerCollector(runner, Duration.ofSeconds(10), MAX_ROWS).collect(QueryFactory.create(query));
    }

    private static List<String> subjects(QueryAnswer answer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        answer.write(Formats.SPARQL_JSON.lang(), out);
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(out.toByteArray()), ResultSetLang.RS_JSON);
        List<String> subjects = new ArrayList<>();
        results.forEachRemaining(row -> subjects.add(row.getResource("s").getURI()));
        return subjects;
    }

    @Test
    void rowsUpToTheCapAreReadAndStayReadableAfterTheTransaction() {
        QueryAnswer answer = collect("SELECT ?s FROM <urn:g:2> FROM <urn:g:3> { ?s ?p ?o } ORDER BY ?s");
        assertThat(subjects(answer)).containsExactly("urn:s:2-0", "urn:s:2-1", "urn:s:3-0", "urn:s:3-1", "urn:s:3-2");
    }

    @Test
    void oneRowMoreThanTheCapIsRefused() {
        assertThatThrownBy(() -> collect("SELECT ?s { ?s ?p ?o }"))
                .isInstanceOfSatisfying(TooManyResultsException.class, e -> {
                    assertThat(e.maxRows()).isEqualTo(MAX_ROWS);
                    assertThat(e.getMessage()).contains("more than 5 rows").contains("LIMIT 5");
                });
    }

    @Test
    void withoutFromTheDefaultGraphIsTheUnionOfTheNamedGraphs() {
        assertThat(((QueryAnswer.Bool) collect("ASK { <urn:s:1-0> ?p ?o . <urn:s:3-2> ?p ?o }")).value()).isTrue();
    }

    @Test
    void fromNamedSelectsOnlyTheNamedGraphsAndLeavesTheDefaultGraphEmpty() {
        assertThat(subjects(collect("SELECT ?s FROM NAMED <urn:g:2> { GRAPH ?g { ?s ?p ?o } } ORDER BY ?s")))
                .containsExactly("urn:s:2-0", "urn:s:2-1");
        assertThat(subjects(collect("SELECT ?s FROM NAMED <urn:g:2> { ?s ?p ?o }"))).isEmpty();
    }

    @Test
    void aGraphTheStoreDoesNotHoldIsEmptyAndNeverFetched() {
        assertThat(subjects(collect("SELECT ?s FROM <http://www.w3.org/2000/01/rdf-schema> { ?s ?p ?o }"))).isEmpty();
    }

    @Test
    void constructCountsDistinctTriplesNotSolutions() {
        // Six solutions, one triple: not too many.
        QueryAnswer.Triples answer = (QueryAnswer.Triples) collect(
                "PREFIX ex: <urn:x:> CONSTRUCT { ex:a ex:b ex:c } WHERE { ?s ?p ?o }");
        assertThat(answer.graph().size()).isEqualTo(1);
        assertThatThrownBy(() -> collect("CONSTRUCT { ?s <urn:q> ?o } WHERE { ?s ?p ?o }"))
                .isInstanceOfSatisfying(TooManyResultsException.class,
                        e -> assertThat(e.getMessage()).contains("more than 5 triples"));
    }

    @Test
    void constructKeepsTheQuerysPrefixes() {
        QueryAnswer.Triples answer = (QueryAnswer.Triples) collect(
                "PREFIX ex: <urn:x:> CONSTRUCT { ?s ex:seen true } WHERE { GRAPH <urn:g:1> { ?s ?p ?o } }");
        assertThat(answer.graph().getPrefixMapping().getNsPrefixURI("ex")).isEqualTo("urn:x:");
        assertThat(answer.graph().size()).isEqualTo(1);
    }

    @Test
    void describeIsCappedByItsTriples() {
        QueryAnswer.Triples answer = (QueryAnswer.Triples) collect("DESCRIBE <urn:s:3-1>");
        assertThat(answer.graph().contains(iri("urn:s:3-1"), iri("urn:p"), iri("urn:o"))).isTrue();
        assertThatThrownBy(() -> collect("DESCRIBE ?s WHERE { ?s ?p ?o }")).isInstanceOf(TooManyResultsException.class);
    }

    @Test
    void theRunnerRefusesServiceWithoutCallingOut() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        HttpServer elsewhere = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        elsewhere.createContext("/", exchange -> {
            calls.incrementAndGet();
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        elsewhere.start();
        try {
            String service = "SERVICE <http://localhost:" + elsewhere.getAddress().getPort() + "/q> { ?s ?p ?o }";
            assertThatThrownBy(() -> collect("SELECT * { " + service + " }")).isInstanceOf(QueryDeniedException.class);
            // Inside EXISTS Jena swallows the refusal (hence QueryPreparation's own check), but calls no one.
            assertThat(((QueryAnswer.Bool) collect("ASK { ?s ?p ?o FILTER EXISTS { " + service + " } }")).value())
                    .isFalse();
        } finally {
            elsewhere.stop(0);
        }
        assertThat(calls).hasValue(0);
    }

    @Test
    void aQueryRunningPastTheTimeoutIsCancelled() {
        DatasetGraph dataset = TestStores.dataset(store);
        Txn.executeWrite(dataset, () -> {
            for (int i = 0; i < 300; i++) {
                dataset.add(iri("urn:g:big"), iri("urn:s:big-" + i), iri("urn:p"), iri("urn:o"));
            }
        });
        AnswerCollector impatient = new AnswerCollector(runner, Duration.ofMillis(200), MAX_ROWS);
        long start = System.nanoTime();
        assertThatThrownBy(() -> impatient.collect(QueryFactory.create(
                "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }")))
                .isInstanceOf(QueryCancelledException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }
}
