package org.citynet.web.api.compare;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.citynet.kernel.store.ChangeStamp;
import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.support.ForwardingStore;

/**
 * A store that counts every read of its data (queries, connections, exports) and, seen "from afar", looks
 * like a remote store another process writes to: a generation that never moves and a change stamp that
 * moves only when the test says so. Everything else is the wrapped store's. Thread-safe.
 */
final class WatchedStore extends ForwardingStore {

    private final boolean fromAfar;
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicInteger stamp = new AtomicInteger();

    /** @param fromAfar whether the generation stays 0 and the stamp moves only by {@link #moveStamp} */
    WatchedStore(KnowledgeStore store, boolean fromAfar) {
        super(store);
        this.fromAfar = fromAfar;
    }

    int reads() {
        return reads.get();
    }

    void resetReads() {
        reads.set(0);
    }

    /** As if another process had changed the data. */
    void moveStamp() {
        stamp.incrementAndGet();
    }

    @Override
    public void execute(Query query, Map<String, Node> bindings, Duration timeout, Consumer<QueryExecution> body) {
        reads.incrementAndGet();
        store.execute(query, bindings, timeout, body);
    }

    @Override
    public RDFConnection connect() {
        reads.incrementAndGet();
        return store.connect();
    }

    @Override
    public String exportQuads(StreamRDF sink) {
        reads.incrementAndGet();
        return store.exportQuads(sink);
    }

    @Override
    public long sortedQuads(Duration timeout, Consumer<Quad> sink) {
        reads.incrementAndGet();
        return store.sortedQuads(timeout, sink);
    }

    @Override
    public boolean holdsData() {
        reads.incrementAndGet();
        return store.holdsData();
    }

    @Override
    public long generation() {
        return fromAfar ? 0 : store.generation();
    }

    @Override
    public ChangeStamp changeStamp() {
        // Shared, as a remote store's version stamp is.
        return fromAfar ? new ChangeStamp("afar " + stamp.get(), null, true) : store.changeStamp();
    }

    @Override
    public String description() {
        return "watched " + store.description();
    }
}
