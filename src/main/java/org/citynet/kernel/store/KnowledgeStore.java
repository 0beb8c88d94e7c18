package org.citynet.kernel.store;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.citynet.kernel.load.KnowledgeGraphFiles;
import org.citynet.kernel.load.LoadTarget;

/**
 * The store the service reads and writes, whatever it is: a TDB2 dataset in this JVM
 * ({@link LocalKnowledgeStore}) or any SPARQL 1.1 store over HTTP ({@link RemoteKnowledgeStore}). Callers
 * say what they want done; how each kind of store does it (transactions, HTTP requests, timeouts that
 * really stop a query, pages below a remote store's caps) is the implementation's business. Queries see the
 * union of the named graphs as their default graph. Opened by {@link StoreFactory} only, closed once when its
 * owner stops.
 *
 * <p>Answers are whole or a failure: a remote store's answer that reached its cap or that it flagged as
 * incomplete ends in a {@link PartialAnswerException} (or, if it was the store's deadline, the timeout's
 * {@link QueryCancelledException}), never in rows taken for all of them.
 */
public interface KnowledgeStore extends AutoCloseable {

    /**
     * Runs one query and hands its execution to {@code body} while the store shows one state of the data
     * (a read transaction locally, one HTTP exchange remotely). Parameters are bound by Jena's substitution
     * into the parsed query, never by editing its text. A query with FROM or FROM NAMED reads exactly the
     * graphs it names. SERVICE (federated query) is refused.
     *
     * @throws QueryCancelledException when {@code timeout} passes, which really stops the query
     */
    void execute(Query query, Map<String, Node> bindings, Duration timeout, Consumer<QueryExecution> body);

    /**
     * A client's query (the SPARQL endpoint's) made to read citynet's graphs and nothing else, as it does on
     * the embedded store: unchanged where the default graph is the union of citynet's graphs (this JVM's
     * TDB2; Fuseki with {@code tdb2:unionDefaultGraph}) or where the query names its own dataset; otherwise
     * (Virtuoso, which adds its system graphs; RDF4J, which shows the version graph; any other store) a copy
     * with FROM and FROM NAMED for each of citynet's graphs. A triple held by two of those graphs still
     * matches twice on stores that read FROM as a bag (Virtuoso, RDF4J): SPARQL says the default graph is
     * their merge, and no store-independent query can make it one. A DESCRIBE, which each store answers in its
     * own way, goes to any store but Fuseki as the CONSTRUCT of Jena's answer ({@code DescribeAsConstruct}): the
     * query returned may be of another form than the one given.
     */
    default Query scoped(Query query) {
        return query;
    }

    /**
     * The service's own counting query over the whole default graph, exact on every store: {@link #scoped},
     * and where that names graphs (so the store reads their triples as a bag) its pattern wrapped in
     * {@code SELECT DISTINCT *}. Only for a pattern of triple patterns and filters, whose solutions over a set
     * of triples are distinct anyway; the embedded store is left to its own union graph, which is a set already
     * and is read without holding every triple.
     */
    default Query scopedAsSet(Query query) {
        return query;
    }

    /**
     * VoID's counts over citynet's graphs read from the store's own indexes, without a query, where the store
     * can (the embedded TDB2): exactly what the counting queries in {@code sparql/catalog/} answer, with no more
     * memory than a count per graph, property and class. Empty where it cannot; the caller then asks those
     * queries.
     *
     * @param uriSpace     the prefix of the IRIs counted as {@link StoreStatistics#entities()}
     * @param targetSpaces the URI spaces of other datasets whose links are counted
     * @throws org.apache.jena.query.QueryCancelledException past {@code timeout}
     */
    default Optional<StoreStatistics> indexStatistics(String uriSpace, List<String> targetSpaces, Duration timeout) {
        return Optional.empty();
    }

    /**
     * A new connection, for tools and tests that talk SPARQL to the store directly; the caller closes it.
     * Queries sent through it have none of {@link #execute}'s guards.
     */
    RDFConnection connect();

    /** Where the loader writes. */
    LoadTarget loadTarget();

    /**
     * Sends the data from one consistent state to {@code sink}, for a backup, between its own start and finish:
     * for a local store, and a remote one that answers a dataset GET, every quad (every named graph, and the
     * real default graph); otherwise (Virtuoso, which keeps graphs of its own) citynet's graphs — the load graph,
     * the graphs its manifest lists and those written through the service — checked against the store's counts.
     *
     * @return how the snapshot was taken, for reports ("one read transaction on …")
     */
    String exportQuads(StreamRDF sink);

    /**
     * Every quad of citynet's named graphs, for the dumps: graph by graph in IRI order, each graph's triples in
     * SPARQL's order of subject, predicate and object, each quad once, from one state of the data and checked
     * complete against the store's own count (a remote store is read in pages below its cap).
     *
     * @param timeout how long the read may take (locally, the one query; remotely, each request)
     * @return how many quads went to {@code sink}
     * @throws PartialAnswerException if the read came out incomplete or the data changed during it; what went
     *                                to the sink must then be thrown away
     */
    long sortedQuads(Duration timeout, Consumer<Quad> sink);

    /**
     * The most rows one read of a whole list may ask for in a request, below the store's cap on the rows of an
     * answer (Virtuoso's {@code ResultSetMaxRows}); 0 where there is no cap, and a list is read in one query.
     */
    default int readPageSize() {
        return 0;
    }

    /** Whether the store holds any quad of citynet's (a remote store's own graphs do not count). */
    boolean holdsData();

    /**
     * Replaces citynet's data with the quads {@code quads} sends to the stream it is given: all or nothing on
     * a local store; on a remote one graph by graph with the load graph last (an interrupted restore leaves no
     * complete manifest, so the next start loads the files again).
     *
     * @param replaceExisting whether a store that holds data may be replaced
     * @return whether the store held data before
     * @throws StoreNotEmptyException if it holds data and {@code replaceExisting} is false; nothing changed
     */
    boolean replaceAll(Consumer<StreamRDF> quads, boolean replaceExisting);

    /**
     * The one way clients' changes reach the store: each write validated against the shapes of
     * {@code files} and committed all or nothing (on a remote store: as one update conditional on the store's
     * version, see {@link ValidatedWriter}).
     */
    ValidatedWriter writer(KnowledgeGraphFiles files);

    /**
     * A number that grows with every committed write this process can see (loads, SPARQL updates and Graph
     * Store writes, restores); values computed from the data are kept until it moves. Known without I/O: for
     * a remote store it moves when {@link #changeStamp()} finds a new stamp, which the service reads at the
     * start of every request.
     */
    long generation();

    /**
     * Changes whenever the data changes: for a store in this JVM its {@link #generation()}, known without I/O;
     * for a remote store its version stamp, read from the store on every call (another process may have
     * written to it), the same in every process that reads it.
     */
    ChangeStamp changeStamp();

    /** For logs and health: what kind of store, where. */
    String description();

    @Override
    void close();
}
