package org.citynet.kernel.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.E_GreaterThan;
import org.apache.jena.sparql.expr.E_Str;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.core.Quad;

/**
 * Runs SPARQL against the store with a timeout, on whatever store it is: every feature's queries go through
 * here. Parameters are bound by Jena's substitution into the parsed query, never by editing query text.
 * Everything that reads results does so while the store shows one state of the data: rows are mapped to
 * records before it ends, and streamed writers get the live execution within it (see
 * {@link KnowledgeStore#execute}). At most {@code maxConcurrentQueries} queries run at once — each may hold
 * tens of megabytes of sorts, groups and hash joins, locally, or of answers being read from a remote store;
 * one more waits within its timeout for a slot, or ends in a {@link StoreBusyException}. A {@link #share} of
 * the slots bounds a kind of query further (clients' SPARQL, which anyone may send), so that it can never
 * hold every slot and leave the service's own reads (pages, API) waiting. The time each query then holds a
 * slot of the store's own runner is told to a {@link StoreTimeListener}, so that it can be charged to
 * whoever asked.
 */
public class QueryRunner {

    private final ThreadLocal<String> pinned = new ThreadLocal<>();

    private final KnowledgeStore store;
    /** The runner whose slots a share's queries also take, or null for the store's own runner. */
    private final QueryRunner whole;
    private final int slotCount;
    private final Semaphore slots;
    private final StoreTimeListener listener;
    /** Set while this thread holds a slot: a query run from inside another's body needs no second one. */
    private final ThreadLocal<Boolean> holding = ThreadLocal.withInitial(() -> false);

    /** Without a bound on concurrent queries: for tools and tests. */
    public QueryRunner(KnowledgeStore store) {
        this(store, Integer.MAX_VALUE);
    }

    /** @param maxConcurrentQueries most queries run at once; later ones wait their turn */
    public QueryRunner(KnowledgeStore store, int maxConcurrentQueries) {
        this(store, maxConcurrentQueries, StoreTimeListener.NONE);
    }

    /**
     * @param maxConcurrentQueries most queries run at once; later ones wait their turn
     * @param listener             told how long each query held the store
     */
    public QueryRunner(KnowledgeStore store, int maxConcurrentQueries, StoreTimeListener listener) {
        this(store, null, maxConcurrentQueries, listener);
    }

    private QueryRunner(KnowledgeStore store, QueryRunner whole, int maxConcurrentQueries,
                        StoreTimeListener listener) {
        this.store = store;
        this.whole = whole;
        this.slotCount = maxConcurrentQueries;
        this.slots = new Semaphore(maxConcurrentQueries, true);
        this.listener = listener;
    }

    /**
     * A runner for the same store whose queries hold at most {@code maxSlots} of this runner's slots at once
     * (never more than this runner has): each query takes a slot of the share, then one of this runner,
     * both within its own timeout.
     */
    public QueryRunner share(int maxSlots) {
        // The whole runner tells the listener; the share would count the same time twice.
        return new QueryRunner(store, this, Math.max(1, Math.min(maxSlots, slotCount)), StoreTimeListener.NONE);
    }

    /** Runs a SELECT and maps every row. */
    public <T> List<T> select(Query query, Map<String, Node> bindings, Duration timeout,
                              Function<QuerySolution, T> mapper) {
        List<T> rows = new ArrayList<>();
        execute(query, bindings, timeout, execution -> {
            ResultSet results = execution.execSelect();
            results.forEachRemaining(row -> rows.add(mapper.apply(row)));
        });
        return rows;
    }

    /**
     * Runs a SELECT that may have more rows than the store puts in one answer, and maps every row: in one query
     * where the store has no cap; else in pages of {@link KnowledgeStore#readPageSize()} rows, each the query
     * ordered by {@code key} (an IRI every row binds) and limited, starting after the last key of the page
     * before ({@code FILTER (STR(?key) > "…")}: no OFFSET, so no store sorts more than a page). The rows of the
     * last key of a full page may be cut, so that key is read again with the next page; a key with more rows
     * than a page is refused. The query's own ORDER BY and LIMIT are dropped: the caller orders the rows.
     *
     * @throws PartialAnswerException if a key has more rows than a page, or the data changed between pages
     */
    public <T> List<T> selectAll(Query query, Map<String, Node> bindings, String key, Duration timeout,
                                 Function<QuerySolution, T> mapper) {
        int pageSize = store.readPageSize();
        if (pageSize <= 0) {
            return select(query, bindings, timeout, mapper);
        }
        Var keyVar = Var.alloc(key);
        String before = changeStamp();
        List<T> rows = new ArrayList<>();
        String after = null;
        while (true) {
            List<QuerySolution> page = select(keyPage(query, keyVar, after, pageSize), bindings, timeout,
                    QueryRunner::copy);
            boolean full = page.size() >= pageSize;
            int keep = page.size();
            if (full) {
                String last = keyOf(page.get(page.size() - 1), key);
                while (keep > 0 && keyOf(page.get(keep - 1), key).equals(last)) {
                    keep--;
                }
                if (keep == 0) {
                    throw new PartialAnswerException(PartialAnswerException.Reason.INCOMPLETE, "<" + last
                            + "> has more rows than one request to " + store.description() + " may return ("
                            + pageSize + ")");
                }
            }
            page.subList(0, keep).forEach(row -> rows.add(mapper.apply(row)));
            if (!full) {
                break;
            }
            after = keyOf(page.get(keep - 1), key);
        }
        if (!before.equals(changeStamp())) {
            throw new PartialAnswerException(PartialAnswerException.Reason.INCOMPLETE, "The data of "
                    + store.description() + " changed while a list was read from it in pages; read it again");
        }
        return rows;
    }

    /** A row that outlives its read transaction. */
    private static QuerySolution copy(QuerySolution row) {
        QuerySolutionMap copy = new QuerySolutionMap();
        row.varNames().forEachRemaining(name -> copy.add(name, row.get(name)));
        return copy;
    }

    private static String keyOf(QuerySolution row, String key) {
        RDFNode node = row.get(key);
        if (node == null || !node.isURIResource()) {
            throw new IllegalArgumentException("A row without an IRI for ?" + key + ": " + row);
        }
        return node.asResource().getURI();
    }

    /** The query ordered by the key, limited to a page, and keeping only keys after {@code after} (if any). */
    private static Query keyPage(Query query, Var key, String after, int pageSize) {
        Query page = query.cloneQuery();
        if (after != null) {
            ElementGroup where = new ElementGroup();
            where.addElement(page.getQueryPattern());
            where.addElementFilter(new ElementFilter(new E_GreaterThan(new E_Str(new ExprVar(key)),
                    NodeValue.makeString(after))));
            page.setQueryPattern(where);
        }
        if (page.getOrderBy() != null) {
            page.getOrderBy().clear();
        }
        page.addOrderBy(key, Query.ORDER_ASCENDING);
        page.setLimit(pageSize);
        page.setOffset(Query.NOLIMIT);
        return page;
    }

    /** Runs an ASK. */
    public boolean ask(Query query, Map<String, Node> bindings, Duration timeout) {
        boolean[] answer = new boolean[1];
        execute(query, bindings, timeout, execution -> answer[0] = execution.execAsk());
        return answer[0];
    }

    /** A client's query as the store must get it to read citynet's graphs only ({@link KnowledgeStore#scoped}). */
    public Query scoped(Query query) {
        return store.scoped(query);
    }

    /** A counting query over citynet's graphs, exact on every store ({@link KnowledgeStore#scopedAsSet}). */
    public Query scopedAsSet(Query query) {
        return store.scopedAsSet(query);
    }

    /**
     * Hands the execution to {@code body} while the store shows one state of the data, for callers that
     * stream results (the SPARQL endpoint) or need CONSTRUCT/DESCRIBE.
     */
    public void execute(Query query, Map<String, Node> bindings, Duration timeout, Consumer<QueryExecution> body) {
        Query bound = QueryBinding.bind(query, bindings);
        if (holding.get()) {
            run(bound, timeout, body);
            return;
        }
        // The wait for a slot is part of the query's time.
        long start = System.nanoTime();
        acquire(timeout);
        holding.set(true);
        // Waiting for a slot is not store time: a client is not charged for the load others put on the store.
        long acquired = System.nanoTime();
        try {
            Duration left = timeout.minusNanos(acquired - start);
            run(bound, left.compareTo(Duration.ofMillis(1)) < 0 ? Duration.ofMillis(1) : left, body);
        } finally {
            holding.set(false);
            slots.release();
            listener.queried(Duration.ofNanos(System.nanoTime() - acquired));
        }
    }

    private void run(Query bound, Duration timeout, Consumer<QueryExecution> body) {
        if (whole == null) {
            store.execute(bound, Map.of(), timeout, body);
        } else {
            whole.execute(bound, Map.of(), timeout, body);
        }
    }

    /**
     * Every quad of citynet's named graphs, sorted graph by graph, checked complete (see
     * {@link KnowledgeStore#sortedQuads}); takes a query slot like any query (a share's and the whole runner's).
     * Told to no {@link StoreTimeListener}: a dump is made for everyone, not charged to whoever asked first.
     *
     * @return how many quads went to {@code sink}
     */
    public long sortedQuads(Duration timeout, Consumer<Quad> sink) {
        return inSlot(timeout, left -> whole == null ? store.sortedQuads(left, sink) : whole.sortedQuads(left, sink));
    }

    /**
     * VoID's counts from the store's own indexes where it has them ({@link KnowledgeStore#indexStatistics}); takes
     * a query slot like any query.
     */
    public Optional<StoreStatistics> indexStatistics(String uriSpace, List<String> targetSpaces, Duration timeout) {
        return inSlot(timeout, left -> whole == null ? store.indexStatistics(uriSpace, targetSpaces, left)
                : whole.indexStatistics(uriSpace, targetSpaces, left));
    }

    /** Calls the store holding a slot (unless this thread holds one already) with the time left of {@code timeout}. */
    private <T> T inSlot(Duration timeout, Function<Duration, T> call) {
        if (holding.get()) {
            return call.apply(timeout);
        }
        long start = System.nanoTime();
        acquire(timeout);
        holding.set(true);
        try {
            Duration left = timeout.minusNanos(System.nanoTime() - start);
            return call.apply(left.compareTo(Duration.ofMillis(1)) < 0 ? Duration.ofMillis(1) : left);
        } finally {
            holding.set(false);
            slots.release();
        }
    }

    private void acquire(Duration timeout) {
        try {
            if (!slots.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new StoreBusyException(slotCount, timeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreBusyException(slotCount, timeout);
        }
    }

    /**
     * The value of the store's {@link KnowledgeStore#changeStamp() change stamp}: what values kept per data
     * version are keyed on (a remote store's is read from the store on every call).
     */
    public String changeStamp() {
        return store.changeStamp().value();
    }

    /**
     * The change stamp this thread's request read at its start ({@link DataVersions#pin()}), else
     * {@link #changeStamp()}. It was read before any of the request's data, so a value computed now and kept
     * under it can only look older than it is, never newer; reading it again would cost a remote store a
     * round trip per request. What is computed under it is checked with a fresh {@link #changeStamp()}.
     */
    public String requestStamp() {
        String stamp = pinned.get();
        return stamp != null ? stamp : changeStamp();
    }

    void pin(String stamp) {
        pinned.set(stamp);
    }

    void unpin() {
        pinned.remove();
    }

    /** The generation of the data the answers come from; changes with every committed write. */
    public long dataGeneration() {
        return store.generation();
    }
}
