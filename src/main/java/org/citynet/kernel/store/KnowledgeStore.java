package org.citynet.kernel.store;

import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.system.StreamRDF;
import org.citynet.kernel.load.KnowledgeGraphFiles;
import org.citynet.kernel.load.LoadTarget;

/**
 * The store the service reads and writes, whatever it is: a TDB2 dataset in this JVM
 * ({@link LocalKnowledgeStore}) or any SPARQL 1.1 store over HTTP ({@link RemoteKnowledgeStore}). Callers
 * say what they want done; how each kind of store does it (transactions, HTTP requests, timeouts that
 * really stop a query) is the implementation's business. Queries see the union of the named graphs as
 * their default graph. Opened by {@link StoreFactory} only, closed once when its owner stops.
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
     * A new connection, for tools and tests that talk SPARQL to the store directly; the caller closes it.
     * Queries sent through it have none of {@link #execute}'s guards.
     */
    RDFConnection connect();

    /** Where the loader writes. */
    LoadTarget loadTarget();

    /**
     * Sends every quad (every named graph, and the real default graph if the store can tell it apart) from
     * one consistent state of the data to {@code sink}, between its own start and finish.
     *
     * @return how the snapshot was taken, for reports ("one read transaction on …")
     */
    String exportQuads(StreamRDF sink);

    /** Whether the store holds any quad at all. */
    boolean holdsData();

    /**
     * Replaces everything the store holds with the quads {@code quads} sends to the stream it is given, all
     * or nothing where the store runs one request in one transaction.
     *
     * @param replaceExisting whether a store that holds data may be replaced
     * @return whether the store held data before
     * @throws StoreNotEmptyException if it holds data and {@code replaceExisting} is false; nothing changed
     */
    boolean replaceAll(Consumer<StreamRDF> quads, boolean replaceExisting);

    /**
     * The one way clients' changes reach the store: each write validated against the shapes of
     * {@code files} and committed all or nothing.
     *
     * @throws UnsupportedOperationException if this store takes no writes through the service
     */
    ValidatedWriter writer(KnowledgeGraphFiles files);

    /**
     * A number that grows with every committed write this process can see (loads, SPARQL updates and
     * Graph Store writes through the service); caches and ETags are keyed on it.
     */
    long generation();

    /**
     * Changes whenever the data changes, as far as this process can tell: for a store in this JVM its
     * {@link #generation()}, known without I/O; for a remote store, read from the store on every call,
     * since another process may have written to it.
     */
    String changeStamp();

    /** For logs and health: what kind of store, where. */
    String description();

    @Override
    void close();
}
