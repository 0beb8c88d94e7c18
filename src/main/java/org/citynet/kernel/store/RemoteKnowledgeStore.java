package org.citynet.kernel.store;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.algebra.Table;
import org.apache.jena.sparql.algebra.TableFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.citynet.kernel.load.KnowledgeGraphFiles;
import org.citynet.kernel.load.LoadPlan;
import org.citynet.kernel.load.LoadRecord;
import org.citynet.kernel.load.LoadTarget;
import org.citynet.kernel.load.Manifest;
import org.citynet.kernel.rdf.LoadVocabulary;

/**
 * A remote SPARQL 1.1 store (query, update and Graph Store Protocol over HTTP), which several service
 * processes may share. Its habits — request forms, timeout parameter, caps — are its {@link RemoteProtocol};
 * every request goes through one {@link RemoteClient}.
 *
 * <ul>
 *   <li>Queries ({@link #execute}) are sent by GET or form POST, with every IRI in full and the store's own
 *       timeout; answers that reached a cap or that the store flagged as incomplete fail.</li>
 *   <li>Whole reads (dumps, backups, copies) read only citynet's graphs, in pages below the store's cap where it
 *       has one, checked against the store's own counts ({@link RemoteReads}).</li>
 *   <li>Writes (loads, restores, validated writes) go graph by graph or as one conditional update, and change
 *       the store's version stamp ({@link StoreVersion}), which {@link #changeStamp()} reads: every process
 *       sees every other one's writes from its next read of the stamp.</li>
 * </ul>
 * The default graph of a query without FROM is whatever the store makes it (Fuseki with
 * {@code tdb2:unionDefaultGraph}: the union of the named graphs, as in the embedded store). Thread-safe.
 */
public final class RemoteKnowledgeStore implements KnowledgeStore {

    private static final Query LAST_LOAD = SparqlFiles.load("store", "last-load");
    private static final String DUMP_ACCEPT = "application/n-quads, application/trig;q=0.9";
    private static final Set<Integer> NO_DUMP_FALLBACK = Set.of(401, 403, 407);
    private static final Duration REQUEST = Duration.ofMinutes(10);
    private static final Duration STAMP_TIMEOUT = Duration.ofSeconds(10);
    private static final int READ_ATTEMPTS = 3;
    /** The most rows of a store's answer that a query evaluated partly here may need ({@link LocalEvaluation}). */
    static final long LOCAL_ROWS = 100_000;

    private final RemoteClient client;
    private final AtomicLong generation = new AtomicLong();
    /** Citynet's graphs as of a generation, for {@link #scoped}. */
    private volatile Scope scope;
    private final Object stampLock = new Object();
    private String lastStamp;
    /** The last stamp read and when (System.nanoTime()), reused for {@code stampMaxAge}; null after a write. */
    private ChangeStamp recent;
    private long recentReadAt;
    /** Writes of this process so far: a stamp read that a write overtook is not reused. */
    private long writes;

    private record Scope(long generation, List<Node> graphs) {
    }

    RemoteKnowledgeStore(RemoteClient client) {
        this.client = client;
    }

    @Override
    public RDFConnection connect() {
        return client.connect();
    }

    @Override
    public void execute(Query query, Map<String, Node> bindings, Duration timeout, Consumer<QueryExecution> body) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Optional<Query> local = client.protocol().runsOnlySparql11()
                ? LocalEvaluation.split(QueryBinding.bind(query, bindings), part -> rows(part, left(deadline)))
                : Optional.empty();
        if (local.isEmpty()) {
            client.execute(query, bindings, timeout, false, body);
            return;
        }
        try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.empty()).query(local.get())
                .timeout(left(deadline).toMillis(), TimeUnit.MILLISECONDS).build()) {
            body.accept(execution);
        }
    }

    /**
     * Every row of a part of a query that the store runs ({@link LocalEvaluation}), at most
     * {@value #LOCAL_ROWS}: they are held in memory while the rest of the query is evaluated here.
     */
    private Table rows(Query part, Duration timeout) {
        part.setResultVars();
        Table table = TableFactory.create(part.getProjectVars());
        long[] count = {0};
        client.select(part, Map.of(), timeout, false, row -> {
            if (++count[0] > LOCAL_ROWS) {
                throw new QueryTooComplexException("This query calls functions outside SPARQL 1.1 (such as "
                        + "math:sqrt), which " + client.description() + " lacks. The service evaluates them itself, "
                        + "over at most " + LOCAL_ROWS + " rows of the store's answer to the rest of the query, and "
                        + "this one needs more: narrow the patterns those functions read.");
            }
            table.addBinding(row);
        });
        return table;
    }

    private static Duration left(long deadline) {
        return Duration.ofNanos(Math.max(TimeUnit.MILLISECONDS.toNanos(1), deadline - System.nanoTime()));
    }

    @Override
    public Query scoped(Query query) {
        if (query.isDescribeType() && client.protocol().runsOnlySparql11()) {
            // Each store describes in its own way; Jena's way, as a CONSTRUCT, is the same everywhere.
            return scoped(DescribeAsConstruct.of(query));
        }
        if (!client.protocol().scopesClientQueries() || query.hasDatasetDescription()) {
            return query;
        }
        long now = generation.get();
        Scope known = scope;
        if (known == null || known.generation() != now) {
            // A client's request waits for this list: bounded like the stamp, not like a whole read.
            known = new Scope(now, new RemoteReads(client, STAMP_TIMEOUT).graphs());
            scope = known;
        }
        Query copy = query.cloneQuery();
        known.graphs().forEach(graph -> {
            copy.addGraphURI(graph.getURI());
            copy.addNamedGraphURI(graph.getURI());
        });
        return copy;
    }

    @Override
    public Query scopedAsSet(Query query) {
        Query scoped = scoped(query);
        if (scoped == query) {
            return query;
        }
        Query distinct = new Query();
        distinct.setQuerySelectType();
        distinct.setQueryResultStar(true);
        distinct.setDistinct(true);
        distinct.setQueryPattern(scoped.getQueryPattern());
        ElementGroup pattern = new ElementGroup();
        pattern.addElement(new ElementSubQuery(distinct));
        scoped.setQueryPattern(pattern);
        return scoped;
    }

    @Override
    public LoadTarget loadTarget() {
        LoadTarget remote = new RemoteLoadTarget(client, REQUEST);
        return new LoadTarget() {
            @Override
            public Optional<LoadRecord> lastLoad() {
                return remote.lastLoad();
            }

            @Override
            public boolean holdsBulkLoad() {
                return remote.holdsBulkLoad();
            }

            @Override
            public void apply(LoadPlan plan) {
                try {
                    remote.apply(plan);
                } finally {
                    wrote();
                }
            }

            @Override
            public String toString() {
                return remote.toString();
            }
        };
    }

    /**
     * For a backup. A store that keeps nothing but the dataset (Fuseki, RDF4J, any store but Virtuoso) is read
     * with one dataset GET (Graph Store Protocol on the dataset URL): every graph, the real default graph too,
     * in one request, so one snapshot on a server that answers a request from one transaction, as Fuseki does.
     * Otherwise — Virtuoso, which keeps its own system graphs beside citynet's, or a store that offers no dataset
     * GET (a 4xx other than 401/403) — citynet's graphs (the load graph, the loaded graphs and those written
     * through the service), complete and from one state of the data ({@link RemoteReads}).
     */
    @Override
    public String exportQuads(StreamRDF sink) {
        if (client.protocol().kind() != StoreKind.VIRTUOSO) {
            String dataset = client.endpoints().gsp();
            try {
                RDFParser.source(dataset).httpClient(client.http()).acceptHeader(DUMP_ACCEPT)
                        .parse(withoutStartFinish(sink));
                return "one dataset GET of " + dataset;
            } catch (HttpException e) {
                int status = e.getStatusCode();
                if (status < 400 || status >= 500 || NO_DUMP_FALLBACK.contains(status)) {
                    throw e;
                }
            }
        }
        DatasetGraph copy = copy();
        copy.find().forEachRemaining(sink::quad);
        return copy.stream().count() + " quads of citynet's graphs in " + description() + ", read "
                + (client.protocol().paged() ? "in pages of " + client.protocol().pageSize() : "in one request")
                + " and checked against the store's counts";
    }

    // The parser starts and finishes the stream itself; whoever handed the sink over does that, once.
    private static StreamRDF withoutStartFinish(StreamRDF sink) {
        return new StreamRDFWrapper(sink) {
            @Override
            public void start() {
            }

            @Override
            public void finish() {
            }
        };
    }

    @Override
    public long sortedQuads(Duration timeout, Consumer<Quad> sink) {
        return new RemoteReads(client, timeout).read(sink);
    }

    /** Whether any of citynet's graphs holds a triple: the store's own graphs (Virtuoso's) do not count. */
    @Override
    public boolean holdsData() {
        RemoteReads reads = new RemoteReads(client, REQUEST);
        return !reads.counts(reads.graphs()).isEmpty();
    }

    /**
     * Replaces citynet's graphs (never the store's own) with the quads given, graph by graph and the load graph
     * last ({@link RemoteReplacement}). Graphs that are neither loaded nor the load graph are recorded as
     * written, so later exports name them. Not all or nothing: an interrupted restore leaves no complete
     * manifest, and the service's next start loads the files again.
     */
    @Override
    public boolean replaceAll(Consumer<StreamRDF> quads, boolean replaceExisting) {
        boolean heldData = holdsData();
        if (heldData && !replaceExisting) {
            throw new StoreNotEmptyException(description());
        }
        DatasetGraph staged = DatasetGraphFactory.create();
        quads.accept(StreamRDFLib.dataset(staged));
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        staged.listGraphNodes().forEachRemaining(name -> {
            if (!LoadVocabulary.isReserved(name) || LoadVocabulary.ONTOLOGY_GRAPH.equals(name)) {
                graphs.put(name, staged.getGraph(name));
            }
        });
        Graph loadGraph = staged.containsGraph(LoadVocabulary.LOAD_GRAPH) ? staged.getGraph(LoadVocabulary.LOAD_GRAPH)
                : GraphFactory.createDefaultGraph();
        Set<Node> written = new HashSet<>(graphs.keySet());
        written.removeAll(Manifest.loadedGraphs(loadGraph));
        Set<Node> drop = new HashSet<>(new RemoteReads(client, REQUEST).graphs());
        drop.remove(LoadVocabulary.LOAD_GRAPH);
        try {
            new RemoteReplacement(client, REQUEST).replace(graphs, loadGraph, drop, written, Instant.now());
        } finally {
            wrote();
        }
        return heldData;
    }

    @Override
    public ValidatedWriter writer(KnowledgeGraphFiles files) {
        return new RemoteValidatedWriter(client, WriteValidation.of(files), REQUEST, this::wrote);
    }

    @Override
    public long generation() {
        return generation.get();
    }

    /**
     * The store's version stamp, read from the store (one small query): another process may have written. It
     * is read on every call unless the protocol's {@code stampMaxAge} lets a stamp read less long ago serve
     * (then another process's write is seen up to that much later; this process's own writes at once). A
     * stamp other than the last one seen advances {@link #generation()}. A store that has no stamp yet (never
     * written through the service) is stamped by its load manifest.
     */
    @Override
    public ChangeStamp changeStamp() {
        long maxAge = client.protocol().stampMaxAge().toNanos();
        long now = System.nanoTime();
        long writesBefore;
        synchronized (stampLock) {
            if (maxAge > 0 && recent != null && now - recentReadAt < maxAge) {
                return recent;
            }
            writesBefore = writes;
        }
        StoreVersion.Stamp stamp = client.stamp(STAMP_TIMEOUT);
        String value = stamp.stamp() != null ? stamp.stamp() : manifestStamp();
        ChangeStamp read = new ChangeStamp(value, stamp.modified(), true);
        synchronized (stampLock) {
            seen(value);
            if (writes == writesBefore) {
                // Timed from before the read: never used longer than maxAge after the moment it may date from.
                recent = read;
                recentReadAt = now;
            }
        }
        return read;
    }

    private String manifestStamp() {
        StringBuilder stamp = new StringBuilder("manifest");
        client.select(LAST_LOAD, Map.of(), STAMP_TIMEOUT, false, row -> stamp.append(' ').append(row.get("hash"))
                .append(' ').append(row.get("loadedAt")));
        return stamp.toString();
    }

    /** A write of this process's ended (committed or not): the next stamp read will tell; count it now. */
    private void wrote() {
        synchronized (stampLock) {
            generation.incrementAndGet();
            lastStamp = null;
            recent = null;
            writes++;
        }
        try {
            changeStamp();
        } catch (RuntimeException unreachable) {
            // Read again before the next request; the write's own outcome is what the caller hears of.
        }
    }

    private void seen(String stamp) {
        synchronized (stampLock) {
            if (lastStamp != null && !lastStamp.equals(stamp)) {
                generation.incrementAndGet();
            }
            lastStamp = stamp;
        }
    }

    /** citynet's data in memory, read again while writes land in the middle of the read. */
    private DatasetGraph copy() {
        RemoteReads reads = new RemoteReads(client, REQUEST);
        for (int attempt = 1; ; attempt++) {
            DatasetGraph copy = DatasetGraphFactory.create();
            try {
                reads.read(copy::add);
                return copy;
            } catch (PartialAnswerException e) {
                if (e.reason() != PartialAnswerException.Reason.INCOMPLETE || attempt >= READ_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    @Override
    public int readPageSize() {
        RemoteProtocol protocol = client.protocol();
        if (!protocol.paged()) {
            return 0;
        }
        // A page is read with ORDER BY and LIMIT: the store must also sort that many.
        return protocol.maxSortedRows() > 0 ? (int) Math.min(protocol.pageSize(), protocol.maxSortedRows())
                : protocol.pageSize();
    }

    @Override
    public String description() {
        return client.description();
    }

    @Override
    public void close() {
        // Nothing to release: Java 17's HttpClient has no close(); its threads end with the JVM.
    }
}
