package org.citynet.kernel.store;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.dboe.transaction.txn.TransactionListener;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionBuilder;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.citynet.kernel.load.KnowledgeGraphFiles;
import org.citynet.kernel.load.LoadTarget;

/**
 * A TDB2 dataset in this JVM (on disk or in memory), shared by the service and the embedded Fuseki, which
 * serves {@link #dataset()}. Every committed write transaction, whoever makes it, advances the generation:
 * the store listens to TDB2's transaction coordinator rather than wrapping the dataset, because a wrapper
 * would hide the TDB2 query engine (and with it the union default graph) from ARQ.
 */
public final class LocalKnowledgeStore implements KnowledgeStore {

    private static final Query SORTED_QUADS = SparqlFiles.load("store", "sorted-quads");
    private static final Query QUAD_COUNT = SparqlFiles.load("store", "quad-count");
    private static final long SORT_IN_MEMORY = 100_000;

    private final DatasetGraph dataset;
    private final String description;
    private final Runnable closer;
    private final AtomicLong generation = new AtomicLong();
    private final AtomicBoolean closed = new AtomicBoolean();

    LocalKnowledgeStore(DatasetGraph dataset, String description, Runnable closer) {
        this.dataset = dataset;
        this.description = description;
        this.closer = closer;
        // Queries see the union of the named graphs as their default graph; the real default graph is unused.
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        // No SERVICE calls from queries on this dataset, whoever sends them (the embedded Fuseki included):
        // otherwise any anonymous client could make this server send requests to any host.
        dataset.getContext().set(ARQ.httpServiceAllowed, false);
        // Every query's timeout must stop it, regular expressions included (see QueryGuards).
        QueryGuards.install(dataset.getContext());
        TransactionListener countWrites = new TransactionListener() {
            @Override
            public void notifyCommitFinish(Transaction transaction) {
                if (transaction.isWriteTxn()) {
                    generation.incrementAndGet();
                }
            }
        };
        // A started coordinator locks its configuration; modifyConfig briefly takes it exclusively.
        TransactionCoordinator coordinator = TDBInternal.getTransactionCoordinator(dataset);
        coordinator.modifyConfig(() -> coordinator.addListener(countWrites));
    }

    /** The dataset itself, for the embedded Fuseki that serves it from the same JVM. */
    public DatasetGraph dataset() {
        return dataset;
    }

    @Override
    public void execute(Query query, Map<String, Node> bindings, Duration timeout, Consumer<QueryExecution> body) {
        Txn.executeRead(dataset, () -> {
            QueryExecutionBuilder builder = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query)
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    // The timeout again where the store's executor finds it: it stops work that Jena's own
                    // alarm cannot interrupt (see CancellableOpExecutor).
                    .set(ARQ.queryTimeout, Long.toString(timeout.toMillis()))
                    // ARQ would run a SERVICE clause by calling the URL it names: anyone able to send a query
                    // could make this server send requests to any host. Jena refuses with QueryDeniedException.
                    .set(ARQ.httpServiceAllowed, false);
            if (query.hasDatasetDescription()) {
                // The store's context makes the default graph the union of the named graphs, and Jena's
                // dataset for FROM / FROM NAMED inherits that context, so FROM would be ignored. Turned off
                // for this execution, FROM and FROM NAMED select exactly the graphs they name.
                builder.set(TDB2.symUnionDefaultGraph, false);
            }
            // Substitution wants RDFNodes; a throw-away model only gives the Nodes that type.
            var model = ModelFactory.createDefaultModel();
            bindings.forEach((name, node) -> builder.substitution(name, model.asRDFNode(node)));
            try (QueryExecution execution = builder.build()) {
                run(execution, body);
            }
        });
    }

    /**
     * Jena's timeout stops a local query with a {@code QueryCancelledException} — mostly: when it fires while
     * a hash join inside a sort is still being built, closing the half-built join fails with a
     * NullPointerException instead (Jena 5.6). Once the query's cancel flag is set, any failure is the timeout.
     */
    private static void run(QueryExecution execution, Consumer<QueryExecution> body) {
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

    @Override
    public Optional<StoreStatistics> indexStatistics(String uriSpace, List<String> targetSpaces, Duration timeout) {
        return Tdb2Statistics.count(dataset, uriSpace, targetSpaces, timeout);
    }

    @Override
    public RDFConnection connect() {
        return RDFConnection.connect(DatasetFactory.wrap(dataset));
    }

    @Override
    public LoadTarget loadTarget() {
        return new LocalLoadTarget(dataset);
    }

    @Override
    public String exportQuads(StreamRDF sink) {
        // find() with no pattern returns the default graph's triples too, unaffected by the union default
        // graph setting, which only applies to queries.
        Txn.executeRead(dataset, () -> dataset.find().forEachRemaining(sink::quad));
        return "one read transaction on " + description;
    }

    /**
     * The dump's one sorted query in one read transaction; the sort spills to temporary files beyond
     * {@link #SORT_IN_MEMORY} rows (held in memory it takes gigabytes at ten million quads). The quads written
     * are counted against a COUNT in the same transaction.
     */
    @Override
    public long sortedQuads(Duration timeout, Consumer<Quad> sink) {
        long[] written = {0};
        execute(SORTED_QUADS, Map.of(), timeout, execution -> {
            execution.getContext().set(ARQ.spillToDiskThreshold, SORT_IN_MEMORY);
            execution.execSelect().forEachRemaining(row -> {
                sink.accept(Quad.create(row.get("graph").asNode(), row.get("s").asNode(), row.get("p").asNode(),
                        row.get("o").asNode()));
                written[0]++;
            });
            execute(QUAD_COUNT, Map.of(), timeout, count -> {
                long counted = count.execSelect().next().getLiteral("quads").getLong();
                if (counted != written[0]) {
                    throw new PartialAnswerException(PartialAnswerException.Reason.INCOMPLETE, "Wrote " + written[0]
                            + " quads of " + description + ", which counts " + counted);
                }
            });
        });
        return written[0];
    }

    @Override
    public boolean holdsData() {
        return Txn.calculateRead(dataset, () -> !dataset.isEmpty());
    }

    @Override
    public boolean replaceAll(Consumer<StreamRDF> quads, boolean replaceExisting) {
        return Txn.calculateWrite(dataset, () -> {
            boolean heldData = !dataset.isEmpty();
            if (heldData && !replaceExisting) {
                throw new StoreNotEmptyException(description);
            }
            dataset.clear();
            quads.accept(StreamRDFLib.dataset(dataset));
            return heldData;
        });
    }

    @Override
    public ValidatedWriter writer(KnowledgeGraphFiles files) {
        return ValidatedWriter.of(dataset, files);
    }

    @Override
    public long generation() {
        return generation.get();
    }

    /** Every write to this dataset goes through this JVM, so the generation says it all. */
    @Override
    public ChangeStamp changeStamp() {
        return new ChangeStamp(Long.toString(generation.get()), null, false);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void close() {
        // Once only: expelling a TDB2 dataset a second time would fail.
        if (closed.compareAndSet(false, true)) {
            closer.run();
        }
    }
}
