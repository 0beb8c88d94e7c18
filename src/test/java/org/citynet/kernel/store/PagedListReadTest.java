package org.citynet.kernel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link QueryRunner#selectAll}: a list longer than a store's cap on answers is read in pages keyed on an IRI,
 * and comes out the same as in one answer from a store without a cap. A real Fuseki in this JVM plays a store
 * with a small cap.
 */
class PagedListReadTest {

    /** Several rows per subject (one per predicate), so that pages cut through a subject's rows. */
    private static final Query STATEMENTS = QueryFactory.create(
            "SELECT DISTINCT ?s ?p WHERE { GRAPH ?g { ?s ?p ?o } FILTER (isIRI(?s)) }");
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Function<QuerySolution, String> ROW =
            row -> row.getResource("s").getURI() + " " + row.getResource("p").getURI();

    private FixtureFuseki fuseki;

    @TempDir
    Path temp;

    @BeforeEach
    void startFuseki() {
        fuseki = FixtureFuseki.started();
    }

    @AfterEach
    void stopFuseki() {
        fuseki.close();
    }

    @Test
    void aCappedStoreIsReadInPagesThatAddUpToTheWholeAnswer() {
        List<String> whole = read(0, 0);
        Map<String, Long> perSubject = whole.stream()
                .collect(Collectors.groupingBy(row -> row.split(" ")[0], Collectors.counting()));
        int page = (int) (Collections.max(perSubject.values()) + 1);
        assertThat(whole).as("more rows than two pages, subjects of several rows").hasSizeGreaterThan(2 * page);
        assertThat(Collections.max(perSubject.values())).isGreaterThan(1);

        List<String> paged = read(page + 1, page);
        assertThat(paged).containsExactlyInAnyOrderElementsOf(whole).doesNotHaveDuplicates();
    }

    @Test
    void aSubjectWithMoreRowsThanAPageIsRefusedNotCut() {
        assertThatThrownBy(() -> read(2, 1)).isInstanceOf(PartialAnswerException.class)
                .hasMessageContaining("has more rows than one request").hasMessageContaining("(1)");
    }

    @Test
    void aStoreWithoutACapIsReadInOneAnswer() {
        try (KnowledgeStore store = open(0, 0)) {
            assertThat(store.readPageSize()).isZero();
        }
        try (KnowledgeStore store = open(10, 4)) {
            assertThat(store.readPageSize()).isEqualTo(4);
        }
    }

    private List<String> read(long maxRows, int pageSize) {
        try (KnowledgeStore store = open(maxRows, pageSize)) {
            return new QueryRunner(store).selectAll(STATEMENTS, Map.of(), "s", TIMEOUT, ROW);
        }
    }

    private KnowledgeStore open(long maxRows, int pageSize) {
        return fuseki.open(temp, RemoteProtocol.defaults(StoreKind.GENERIC).withCaps(maxRows, 0, pageSize)
                .withTimeout("timeout", TimeUnit.SECONDS));
    }
}
