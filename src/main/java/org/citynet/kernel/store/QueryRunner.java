package org.citynet.kernel.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionBuilder;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.citynet.web.system.CitynetProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Runs SPARQL against the store with a timeout, local or remote alike. Parameters are bound by Jena's
 * substitution into the parsed query, never by editing query text. Everything that reads results does so
 * inside the read transaction: rows are mapped to records before it ends, and streamed writers get the
 * live execution within it. A query with FROM or FROM NAMED reads exactly the graphs it names, not the
 * union default graph. On a local store the knowledge graph is the only source: SERVICE (federated query)
 * is refused with Jena's {@code QueryDeniedException}. The timeout really stops the query, local or remote
 * (see {@link RemoteDeadline}): either way it ends in a {@code QueryCancelledException}. On a local store at most
 * {@code citynet.sparql.max-concurrent-queries} queries run at once; one more waits within its timeout for a
 * slot, or ends in a {@link StoreBusyException}.
 */
@Component
public class QueryRunner {

    private final KnowledgeStore store;
    private final int slotCount;
    private final Semaphore slots;
    /** Set while this thread holds a slot: a query run from inside another's body needs no second one. */
    private final ThreadLocal<Boolean> holding = ThreadLocal.withInitial(() -> false);

    @Autowired
    public QueryRunner(KnowledgeStore store, CitynetProperties properties) {
        this(store, properties.sparql().maxConcurrentQueries());
    }

    /** Without a bound on concurrent queries: for tools and tests. */
    public QueryRunner(KnowledgeStore store) {
        this(store, Integer.MAX_VALUE);
    }

    /** @param maxConcurrentQueries most queries run on a local store at once; later ones wait their turn */
    public QueryRunner(KnowledgeStore store, int maxConcurrentQueries) {
        this.store = store;
        this.slotCount = maxConcurrentQueries;
        this.slots = new Semaphore(maxConcurrentQueries, true);
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

    /** Runs an ASK. */
    public boolean ask(Query query, Map<String, Node> bindings, Duration timeout) {
        boolean[] answer = new boolean[1];
        execute(query, bindings, timeout, execution -> answer[0] = execution.execAsk());
        return answer[0];
    }

    /**
     * Hands the execution to {@code body} inside a read transaction, for callers that stream results
     * (the SPARQL endpoint) or need CONSTRUCT/DESCRIBE.
     */
    public void execute(Query query, Map<String, Node> bindings, Duration timeout, Consumer<QueryExecution> body) {
        if (store.localDataset().isEmpty() || holding.get()) {
            run(query, bindings, timeout, body);
            return;
        }
        // A local query's sorts, groups and hash joins live on this JVM's heap: only so many at once. The wait
        // for a slot is part of the query's time.
        long start = System.nanoTime();
        acquire(timeout);
        holding.set(true);
        try {
            Duration left = timeout.minusNanos(System.nanoTime() - start);
            run(query, bindings, left.compareTo(Duration.ofMillis(1)) < 0 ? Duration.ofMillis(1) : left, body);
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

    private void run(Query query, Map<String, Node> bindings, Duration timeout, Consumer<QueryExecution> body) {
        try (RDFConnection connection = store.connect()) {
            Txn.executeRead(connection, () -> {
                QueryExecutionBuilder builder = connection.newQuery().query(query)
                        .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
                // Substitution wants RDFNodes; a throw-away model only gives the Nodes that type.
                var model = ModelFactory.createDefaultModel();
                bindings.forEach((name, node) -> builder.substitution(name, model.asRDFNode(node)));
                if (store.localDataset().isPresent()) {
                    configureLocal(builder, query, timeout);
                    try (QueryExecution execution = builder.build()) {
                        executeLocal(execution, body);
                    }
                } else {
                    executeRemote(builder, timeout, body);
                }
            });
        }
    }

    /**
     * Jena's timeout stops a local query with a {@code QueryCancelledException} — mostly: when it fires while
     * a hash join inside a sort is still being built, closing the half-built join fails with a
     * NullPointerException instead (Jena 5.6). Once the query's cancel flag is set, any failure is the timeout.
     */
    private static void executeLocal(QueryExecution execution, Consumer<QueryExecution> body) {
        try {
            body.accept(execution);
        } catch (QueryCancelledException e) {
            throw e;
        } catch (RuntimeException e) {
            AtomicBoolean cancelled = Context.getCancelSignal(execution.getContext());
            if (cancelled != null && cancelled.get()) {
                QueryCancelledException timeout = new QueryCancelledException();
                timeout.initCause(e);
                throw timeout;
            }
            throw e;
        }
    }

    /** Jena's timeout stops a local query; a remote one needs {@link RemoteDeadline}'s help. */
    private static void executeRemote(QueryExecutionBuilder builder, Duration timeout, Consumer<QueryExecution> body) {
        try (RemoteDeadline deadline = RemoteDeadline.forRemote(builder, timeout);
             QueryExecution execution = builder.build()) {
            deadline.arm(execution);
            try {
                body.accept(execution);
            } catch (RuntimeException e) {
                throw deadline.translate(e);
            }
        }
    }

    /** A remote store decides these for itself; the context settings only reach a local execution. */
    private static void configureLocal(QueryExecutionBuilder builder, Query query, Duration timeout) {
        // The timeout again where the store's executor finds it: it stops work that Jena's own alarm cannot
        // interrupt (see CancellableOpExecutor).
        builder.set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
        // ARQ would run a SERVICE clause by calling the URL it names: anyone able to send a query could make
        // this server send requests to any host. Jena refuses instead, with QueryDeniedException.
        builder.set(ARQ.httpServiceAllowed, false);
        if (query.hasDatasetDescription()) {
            // The store's context makes the default graph the union of the named graphs, and Jena's dataset
            // for FROM / FROM NAMED inherits that context, so FROM would be ignored. Turned off for this
            // execution, FROM and FROM NAMED select exactly the graphs they name.
            builder.set(TDB2.symUnionDefaultGraph, false);
        }
    }

    /** The generation of the data the answers come from; changes with every committed write. */
    public long dataGeneration() {
        return store.generation();
    }
}
