package org.citynet.web.api.queries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.kernel.store.QueryRunner;
import org.citynet.kernel.store.StoreFactory;
import org.citynet.support.TestStores;
import org.citynet.web.system.BadRequestException;
import org.citynet.web.system.CitynetProperties;
import org.citynet.web.system.InvalidParameterException;
import org.citynet.web.system.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.citynet.web.api.PageRequest;
import org.citynet.web.api.Page;
import org.citynet.support.TestProperties;

/**
 * The service on a real TDB2 store in memory with 30 small items, without Spring: row limits, pages and
 * their totals, and the timeout reaching the page's queries.
 */
class NamedQueryServiceTest {

    private static final int ITEMS = 30;

    @TempDir
    Path root;

    private KnowledgeStore store;

    @BeforeEach
    void open() throws IOException {
        store = StoreFactory.open("mem", root, StoreFactory.RemoteOptions.NONE);
        String items = IntStream.rangeClosed(1, ITEMS)
                .mapToObj(i -> String.format("ex:item%02d ex:n %d .", i, i)).collect(Collectors.joining("\n"));
        DatasetGraph dsg = TestStores.dataset(store);
        Txn.executeWrite(dsg, () -> RDFParser.fromString("PREFIX ex: <https://example.org/>\nex:g { " + items + " }",
                Lang.TRIG).parse(dsg));
        Path queries = Files.createDirectories(root.resolve("queries"));
        Files.writeString(queries.resolve("all-items.rq"), """
                #+ summary: Every item
                PREFIX ex: <https://example.org/>
                SELECT ?item WHERE { ?item ex:n ?n }
                """);
        Files.writeString(queries.resolve("items-from.rq"), """
                #+ summary: Items from a number on, in order
                #+ params:
                #+   - from: integer = 1 ; The smallest number
                #+ pagination: 10
                PREFIX ex: <https://example.org/>
                SELECT ?item ?n WHERE { ?item ex:n ?n FILTER (?n >= ?from) } ORDER BY ?n
                """);
        Files.writeString(queries.resolve("slow.rq"), """
                #+ summary: A cross product that takes long to count
                #+ pagination: 10
                SELECT ?a ?b ?c ?d WHERE { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z . ?d ?s ?w } ORDER BY ?a
                """);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aWholeAnswerLongerThanMaxRowsIsPaginatedWithItsTrueTotal() {
        assertThat(service(ITEMS, Duration.ofSeconds(10)).run(request("all-items", Map.of())).total()).isEqualTo(ITEMS);
        NamedQueryAnswer first = service(ITEMS - 5, Duration.ofSeconds(10)).run(request("all-items", Map.of()));
        assertThat(first.total()).isEqualTo(ITEMS);
        assertThat(first.page()).isEqualTo(new Page(1, ITEMS - 5, ITEMS));
        assertThat(first.rows().size()).isEqualTo(ITEMS - 5);
        NamedQueryAnswer second = service(ITEMS - 5, Duration.ofSeconds(10))
                .run(new NamedQueryRequest("all-items", Map.of(), "2", null));
        assertThat(second.page()).isEqualTo(new Page(2, ITEMS - 5, ITEMS));
        assertThat(second.rows().size()).isEqualTo(5);
        // The two pages together are every item once.
        Set<String> items = new HashSet<>();
        first.rows().rows().forEach(b -> items.add(b.get("item").getURI()));
        second.rows().rows().forEach(b -> items.add(b.get("item").getURI()));
        assertThat(items).hasSize(ITEMS);
    }

    @Test
    void keptWholeRowsFollowTheDataVersion() {
        NamedQueryService service = service(ITEMS - 5, Duration.ofSeconds(10));
        assertThat(service.run(new NamedQueryRequest("all-items", Map.of(), "2", "10")).total()).isEqualTo(ITEMS);
        // Every committed write is a new data version: the rows are computed again, never served stale.
        DatasetGraph dsg = TestStores.dataset(store);
        Txn.executeWrite(dsg, () -> dsg.add(NodeFactory.createURI("https://example.org/g"),
                NodeFactory.createURI("https://example.org/item99"), NodeFactory.createURI("https://example.org/n"),
                NodeFactory.createLiteralDT("99", XSDDatatype.XSDinteger)));
        NamedQueryAnswer after = service.run(new NamedQueryRequest("all-items", Map.of(), "4", "10"));
        assertThat(after.total()).isEqualTo(ITEMS + 1);
        assertThat(after.rows().size()).isEqualTo(1);
    }

    @Test
    void keptWholeRowsAreWeighedByTheirEstimatedBytes() {
        NamedQueryService service = service(ITEMS - 5, Duration.ofSeconds(10));
        assertThat(service.keptBytes()).isZero();
        NamedQueryAnswer first = service.run(new NamedQueryRequest("all-items", Map.of(), "1", "10"));
        assertThat(service.keptCount()).isEqualTo(1);
        // ITEMS rows of one IRI each: at least a row's slots and its IRI's characters apiece.
        assertThat(service.keptBytes()).isGreaterThan(ITEMS * (32L + "https://example.org/item".length()));
        service.run(new NamedQueryRequest("all-items", Map.of(), "2", "10"));
        assertThat(service.keptCount()).as("the second page is read from the same kept rows").isEqualTo(1);
        assertThat(first.total()).isEqualTo(ITEMS);
    }

    @Test
    void theUnfilteredRowsOfADistinctQueryAreEachKeptOnce() throws IOException {
        // Item 1 is named "one" twice (as a name and as an alias): without DISTINCT the union gives the row twice.
        DatasetGraph dsg = TestStores.dataset(store);
        Txn.executeWrite(dsg, () -> RDFParser.fromString("PREFIX ex: <https://example.org/>\n"
                + "ex:g { ex:item01 ex:name \"one\" ; ex:alias \"one\", \"first\" . ex:item02 ex:name \"two\" . }",
                Lang.TRIG).parse(dsg));
        Files.writeString(root.resolve("queries").resolve("names.rq"), """
                #+ summary: Items by a part of a name or alias
                #+ params:
                #+   - text: string = o ; Part of a name
                #+ pagination: 10
                #+ precompute: unfiltered
                PREFIX ex: <https://example.org/>
                SELECT DISTINCT ?item ?name WHERE {
                  { ?item ex:name ?name } UNION { ?item ex:alias ?name }
                  FILTER (CONTAINS(?name, ?text))
                }
                ORDER BY ?item ?name
                """);
        NamedQueryService service = service(100, Duration.ofSeconds(10));
        NamedQueryAnswer answer = service.run(new NamedQueryRequest("names", Map.of("text", "o"), null, null));
        assertThat(answer.rows().rows()).extracting(b -> b.get("item").getLocalName() + " "
                + b.get("name").getLiteralLexicalForm()).containsExactly("item01 one", "item02 two");
        assertThat(answer.total()).isEqualTo(2);
        assertThat(service.run(new NamedQueryRequest("names", Map.of("text", "f"), null, null)).total()).isEqualTo(1);
    }

    @Test
    void aPageHasItsRowsAndTheTrueTotal() {
        NamedQueryService service = service(100, Duration.ofSeconds(10));
        NamedQueryAnswer third = service.run(new NamedQueryRequest("items-from", Map.of("from", "5"), "3", null));
        // Items 5..30 are 26 rows: pages of 10, 10 and 6.
        assertThat(third.total()).isEqualTo(26);
        assertThat(third.page()).isEqualTo(new Page(3, 10, 26));
        assertThat(third.rows().rows()).extracting(b -> b.get("n").getLiteralLexicalForm())
                .containsExactly("25", "26", "27", "28", "29", "30");
        assertThat(third.parameters().get("from").getLiteralLexicalForm()).isEqualTo("5");
        assertThatThrownBy(() -> service.run(new NamedQueryRequest("items-from", Map.of("from", "5"), "4", null)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("3 pages");
    }

    @Test
    void theTotalIsCountedWhenThePageIsFullAndTakenFromAShortPage() {
        NamedQueryService service = service(100, Duration.ofSeconds(10));
        // A full first page: the rest is unknown until counted.
        assertThat(service.run(new NamedQueryRequest("items-from", Map.of("from", "5"), null, null)).page())
                .isEqualTo(new Page(1, 10, 26));
        // Exactly full last page: 21..30 are 10 rows, counted.
        assertThat(service.run(new NamedQueryRequest("items-from", Map.of("from", "21"), null, null)).page())
                .isEqualTo(new Page(1, 10, 10));
        // A short first page, and an empty one.
        assertThat(service.run(new NamedQueryRequest("items-from", Map.of("from", "28"), null, null)).page())
                .isEqualTo(new Page(1, 10, 3));
        assertThat(service.run(new NamedQueryRequest("items-from", Map.of("from", "31"), null, null)).page())
                .isEqualTo(new Page(1, 10, 0));
    }

    @Test
    void onlyAShortPageThatIsNotAnEmptyLaterPageGivesTheTotal() {
        assertThat(NamedQueryService.totalFromPage(new PageRequest(3, 10), 6)).hasValue(26);
        assertThat(NamedQueryService.totalFromPage(new PageRequest(1, 10), 0)).hasValue(0);
        assertThat(NamedQueryService.totalFromPage(new PageRequest(1, 10), 10)).isEmpty();
        assertThat(NamedQueryService.totalFromPage(new PageRequest(4, 10), 0)).isEmpty();
    }

    @Test
    void everyQueryCanBeAskedForAPage() {
        NamedQueryService service = service(100, Duration.ofSeconds(10));
        NamedQueryAnswer page = service.run(new NamedQueryRequest("all-items", Map.of(), null, "5"));
        assertThat(page.page()).isEqualTo(new Page(1, 5, ITEMS));
        assertThat(page.rows().size()).isEqualTo(5);
        assertThatThrownBy(() -> service.run(new NamedQueryRequest("all-items", Map.of(), "7", "5")))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("6 pages");
        assertThatThrownBy(() -> service.run(request("nothing-here", Map.of())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theTimeoutStopsTheQueriesOfAPage() {
        NamedQueryService service = service(100, Duration.ofMillis(50));
        // 30 triples to the fourth power: 810000 rows to count, far more than 50 ms of work.
        assertThatThrownBy(() -> service.run(request("slow", Map.of()))).isInstanceOf(QueryCancelledException.class);
    }

    private static NamedQueryRequest request(String name, Map<String, String> parameters) {
        return new NamedQueryRequest(name, parameters, null, null);
    }

    private NamedQueryService service(int maxRows, Duration timeout) {
        CitynetProperties properties = TestProperties.inMemory(root.toString(), timeout, maxRows);
        return new NamedQueryService(NamedQueryCatalog.load(root.resolve("queries")), new QueryRunner(store), properties);
    }

}
