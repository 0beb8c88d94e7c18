package org.citynet.web.api.queries;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.citynet.kernel.store.OneGeneration;
import org.citynet.kernel.store.QueryRunner;
import org.citynet.kernel.store.StoreBusyException;
import org.citynet.web.system.CitynetProperties;
import org.citynet.web.system.InvalidParameterException;
import org.citynet.web.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.citynet.web.api.PerDataVersion;
import org.citynet.web.api.PageRequest;
import org.citynet.web.api.Page;

/**
 * Runs named queries for the API: validates the request (parameters, page), binds the parameters by
 * substitution, and runs either the whole query (refused if it has more rows than
 * {@code citynet.sparql.max-rows}) or one page of it together with the number of all its rows (counted
 * only when the page is full). Stateless.
 */
@Service
public class NamedQueryService {

    private static final Logger log = LoggerFactory.getLogger(NamedQueryService.class);

    /** A page and its total come from two queries; if the data changes between them, ask again. */
    private static final int ATTEMPTS = 3;

    private final NamedQueryCatalog catalog;
    private final QueryRunner runner;
    private final Duration timeout;
    private final Duration wholeTimeout;
    private final int maxPageSize;
    private final int maxRows;
    private final Semaphore wholeSlot;
    /**
     * Whole answers, the ordered keys of queries paged by key and the unfiltered rows of {@code #+ precompute:
     * unfiltered} queries, kept for the data version under one budget of heap: one pool, so that whichever is
     * used least recently goes first, whatever its kind.
     */
    private final PerDataVersion<Kept> kept;
    private final PerDataVersion<Long> totals;
    private final Map<String, KeysQuery> keysQueries = new ConcurrentHashMap<>();
    /** Said once: the value is computed again on every call, and the log would say it on every call. */
    private volatile boolean warnedTooLarge;

    /** A keys query with its text, which is what its kept keys are filed under. */
    private record KeysQuery(Query query, String text) {
    }

    public NamedQueryService(NamedQueryCatalog catalog, QueryRunner runner, CitynetProperties properties) {
        this.catalog = catalog;
        this.runner = runner;
        this.timeout = properties.namedQueries().timeout();
        this.wholeTimeout = properties.namedQueries().wholeTimeout();
        this.maxPageSize = properties.namedQueries().maxPageSize();
        this.maxRows = properties.sparql().maxRows();
        this.wholeSlot = new Semaphore(1, true);
        long keptBytes = properties.namedQueries().keptBytes();
        this.kept = new PerDataVersion<>(properties.namedQueries().keptAnswers(), keptBytes, value -> {
            long bytes = value.heapBytes();
            if (bytes > keptBytes && !warnedTooLarge) {
                warnedTooLarge = true;
                log.warn("A {} of a named query holds about {} MB, more than all kept answers may (citynet.named-"
                        + "queries.kept-heap-percent, {} % of the heap: {} MB); it is computed again for every "
                        + "call until the heap or the share is raised", value.getClass().getSimpleName(),
                        bytes >> 20, properties.namedQueries().keptHeapPercent(), keptBytes >> 20);
            }
            return bytes;
        });
        // A total is one number: keeping many costs little.
        this.totals = new PerDataVersion<>(10_000);
    }

    /** The estimated bytes of what is kept for the data version now ({@code citynet.named-queries.kept}). */
    public long keptBytes() {
        return kept.weight();
    }

    /** How many whole answers, key lists and unfiltered rows are kept now. */
    public int keptCount() {
        return kept.size();
    }

    public List<NamedQuery> all() {
        return catalog.all();
    }

    public NamedQuery find(String name) {
        return catalog.find(name).orElseThrow(() -> new NotFoundException("There is no named query '"
                + (name.length() > 64 ? name.substring(0, 64) + "…" : name) + "'; GET /api/queries lists them"));
    }

    /**
     * Answers a call. Large answers are paginated with their true total, never refused: a query without
     * {@code #+ pagination} answers all its rows if they are at most the SPARQL row cap, and otherwise (or if
     * the client asks for a page) pages of its whole rows, computed once per data version. A
     * {@code #+ precompute} query always answers from its whole rows.
     */
    public NamedQueryAnswer run(NamedQueryRequest request) {
        NamedQuery query = find(request.name());
        // Validate everything the client sent before anything runs.
        Map<String, Node> bindings = query.bind(request.parameters());
        PageRequest pageRequest = PageRequest.of(request.page(), request.pageSize(), defaultPageSize(query),
                maxPageSize);
        if (query.pagedByKey()) {
            return byKey(query, bindings, pageRequest, request.asksForAPage());
        }
        if (query.precompute()) {
            return fromWhole(query, bindings, request.asksForAPage() ? pageRequest : null);
        }
        if (query.unfiltered()) {
            return answer(query, bindings, keptFilterRows(query).matching(bindings),
                    query.paginated() || request.asksForAPage() ? pageRequest : null);
        }
        if (query.paginated()) {
            return page(query, bindings, pageRequest);
        }
        if (request.asksForAPage()) {
            return fromWhole(query, bindings, pageRequest);
        }
        ResultRows rows = select(QueryForms.capped(query.query(), maxRows), bindings, timeout);
        if (rows.size() > maxRows) {
            return fromWhole(query, bindings, pageRequest);
        }
        return new NamedQueryAnswer(query.name(), bindings, null, rows.size(), rows);
    }

    /**
     * From the query's whole rows, kept for this data version: all of them if no page is asked for and
     * they fit under the row cap, else the page asked for (the first by default).
     */
    private NamedQueryAnswer fromWhole(NamedQuery query, Map<String, Node> bindings, PageRequest request) {
        return answer(query, bindings, wholeRows(query, bindings), request);
    }

    /** All of {@code whole} if no page is asked for and it fits under the row cap, else the page asked for. */
    private NamedQueryAnswer answer(NamedQuery query, Map<String, Node> bindings, ResultRows whole,
                                    PageRequest request) {
        if (request == null && whole.size() <= maxRows) {
            return new NamedQueryAnswer(query.name(), bindings, null, whole.size(), whole);
        }
        PageRequest asked = request != null ? request : new PageRequest(1, defaultPageSize(query));
        Page page = Page.of(asked, whole.size());
        if (!page.exists()) {
            throw new NotFoundException(page.missing());
        }
        int from = (int) Math.min(asked.offset(), whole.size());
        int to = (int) Math.min(asked.offset() + asked.size(), whole.size());
        return new NamedQueryAnswer(query.name(), bindings, page, page.total(),
                new ResultRows(whole.columns(), whole.rows().subList(from, to)));
    }

    /** Its own page size, or for a query without one the largest page that is not more than the row cap. */
    private int defaultPageSize(NamedQuery query) {
        return query.paginated() ? query.pageSize() : Math.min(maxPageSize, maxRows);
    }

    private ResultRows wholeRows(NamedQuery query, Map<String, Node> bindings) {
        return (ResultRows) kept.get(runner.requestStamp(), List.of("whole", query.name(), bindings),
                () -> oneAtATime(() -> select(query.query(), bindings, wholeTimeout)), runner::changeStamp);
    }

    /**
     * The rows of a {@code #+ precompute: unfiltered} query without its parameters' FILTERs, read once per data
     * version: in pages by its first ORDER BY variable where the store caps its answers ({@link
     * QueryRunner#selectAll}), and ordered here.
     */
    private KeptFilterRows keptFilterRows(NamedQuery query) {
        return (KeptFilterRows) kept.get(runner.requestStamp(), List.of("unfiltered", query.name()),
                () -> oneAtATime(() -> {
                    Set<String> parameters = query.parameterNames();
                    Query unfiltered = KeptFilterRows.unfiltered(query.query(), parameters);
                    String key = query.query().getOrderBy().get(0).getExpression().getVarName();
                    List<Binding> rows = distinctRows(unfiltered, key);
                    return KeptFilterRows.of(query.query(), parameters, new ResultRows(unfiltered.getResultVars(), rows));
                }), runner::changeStamp);
    }

    /**
     * The rows of a query, each once if it says DISTINCT — dropped here as they come, not by the store: at 100,000
     * cities Jena's DISTINCT over the label search held every row it had seen as a TDB2 binding with a map of its
     * own (457,556 of them) beside the rows being kept, and filled the 1 GiB heap for seconds. A set of the compact
     * rows kept here costs a fraction of that. Rows are equal as SPARQL's DISTINCT has them: the same terms for the
     * same variables.
     */
    private List<Binding> distinctRows(Query query, String key) {
        Query read = query.cloneQuery();
        Set<Binding> seen = read.isDistinct() ? ConcurrentHashMap.newKeySet() : null;
        read.setDistinct(false);
        Function<QuerySolution, Binding> binding = bindingOf();
        List<Binding> rows = runner.selectAll(read, Map.of(), key, wholeTimeout, row -> {
            Binding b = binding.apply(row);
            return seen == null || seen.add(b) ? b : null;
        });
        return rows.stream().filter(Objects::nonNull).toList();
    }

    /**
     * A row as a binding whose variables are one object each, not one per cell ({@code BindingLib.toBinding}
     * allocates a variable for every cell: 24 bytes each, over a million of them in the label search's rows at
     * 100,000 cities).
     */
    private static Function<QuerySolution, Binding> bindingOf() {
        Map<String, Var> vars = new ConcurrentHashMap<>();
        return row -> {
            BindingBuilder binding = BindingFactory.builder();
            row.varNames().forEachRemaining(name -> {
                RDFNode value = row.get(name);
                if (value != null) {
                    binding.add(vars.computeIfAbsent(name, Var::alloc), value.asNode());
                }
            });
            return binding.build();
        };
    }

    /**
     * Whole answers are computed one at a time: each holds every row of a whole-graph query, and its sort and
     * DISTINCT more, at once — hundreds of megabytes at 100,000 cities — and several computed together ran
     * the 1 GiB service out of heap. A request waits for the slot as long as a computation may take.
     */
    private <T> T oneAtATime(Supplier<T> computation) {
        try {
            if (!wholeSlot.tryAcquire(wholeTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new StoreBusyException("Other whole answers of named queries were being computed for "
                        + wholeTimeout.toSeconds() + " s, as long as this one could wait; try again shortly");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreBusyException("Interrupted while waiting to compute a whole answer");
        }
        try {
            return computation.get();
        } finally {
            wholeSlot.release();
        }
    }

    private NamedQueryAnswer page(NamedQuery query, Map<String, Node> bindings, PageRequest request) {
        Query slice = QueryForms.page(query.query(), request);
        // The total must describe the same data as the rows.
        return OneGeneration.read(runner::dataGeneration, ATTEMPTS, generation -> {
            String stamp = runner.requestStamp();
            ResultRows rows = select(slice, bindings, timeout);
            // The count query is made only when a total is counted: most pages are the last one.
            Page page = Page.of(request, totalFromPage(request, rows.size()).orElseGet(() -> totals.get(stamp,
                    List.of(query.name(), bindings), () -> count(QueryForms.count(query.query()), bindings),
                    runner::changeStamp)));
            if (!page.exists()) {
                throw new NotFoundException(page.missing());
            }
            return new NamedQueryAnswer(query.name(), bindings, page, page.total(), rows);
        });
    }

    /**
     * A query paged by key ({@link PageKeys}): its ordered keys are read once per data version, and a page is
     * the query restricted to the page's keys, so no request evaluates and sorts every key again. Unpaginated
     * and not asked for a page, it answers whole while it has at most the row cap of keys and rows, from its
     * whole rows kept for the data version like those of a large answer.
     */
    private NamedQueryAnswer byKey(NamedQuery query, Map<String, Node> bindings, PageRequest request,
                                   boolean asksForAPage) {
        KeysQuery keysQuery = keysQueries.computeIfAbsent(query.name(), name -> {
            Query keysOnly = PageKeys.keysQuery(query.query(), query.pageBy(), bindings.keySet());
            return new KeysQuery(keysOnly, keysOnly.toString());
        });
        return OneGeneration.read(runner::dataGeneration, ATTEMPTS, generation -> {
            List<Node> keys = ((Kept.Keys) kept.get(runner.requestStamp(),
                    List.of("keys", keysQuery.text(), bindings),
                    () -> oneAtATime(() -> new Kept.Keys(PageKeys.keys(select(keysQuery.query(), bindings,
                            wholeTimeout), query.query(), query.pageBy()))),
                    runner::changeStamp)).keys();
            if (!query.paginated() && !asksForAPage && keys.size() <= maxRows) {
                // Every answer of such a query evaluates every key: its whole answer is kept per data version.
                ResultRows rows = wholeRows(query, bindings);
                if (rows.size() <= maxRows) {
                    return new NamedQueryAnswer(query.name(), bindings, null, rows.size(), rows);
                }
            }
            Page page = Page.of(request, keys.size());
            if (!page.exists()) {
                throw new NotFoundException(page.missing());
            }
            List<Node> onPage = keys.subList((int) Math.min(request.offset(), keys.size()),
                    (int) Math.min(request.offset() + request.size(), keys.size()));
            ResultRows rows = onPage.isEmpty()
                    ? new ResultRows(query.query().getResultVars(), List.of())
                    : PageKeys.inKeyOrder(select(PageKeys.restricted(query.query(), query.pageBy(), onPage), bindings,
                            timeout), query.pageBy(), onPage);
            return new NamedQueryAnswer(query.name(), bindings, page, page.total(), rows);
        });
    }

    /**
     * A page with fewer rows than asked for is the last one, so it gives the total without counting — which
     * for most answers (a city's agreements, a network's groups) means the page is the only query. An empty
     * page after the first says nothing about how many rows come before it. Otherwise the total is counted
     * once per data version.
     */
    static OptionalLong totalFromPage(PageRequest request, int rowsOnPage) {
        boolean last = rowsOnPage < request.size() && (rowsOnPage > 0 || request.number() == 1);
        return last ? OptionalLong.of(request.offset() + rowsOnPage) : OptionalLong.empty();
    }

    private long count(Query count, Map<String, Node> bindings) {
        List<Long> totals = runner.select(count, bindings, timeout,
                row -> row.getLiteral(QueryForms.TOTAL).getLong());
        return totals.isEmpty() ? 0 : totals.get(0);
    }

    private ResultRows select(Query query, Map<String, Node> bindings, Duration limit) {
        ResultRows[] rows = new ResultRows[1];
        runner.execute(query, bindings, limit, execution -> rows[0] = ResultRows.read(execution));
        return rows[0];
    }
}
