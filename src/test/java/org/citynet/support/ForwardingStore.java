package org.citynet.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.citynet.kernel.load.KnowledgeGraphFiles;
import org.citynet.kernel.load.LoadTarget;
import org.citynet.kernel.store.ChangeStamp;
import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.kernel.store.StoreStatistics;
import org.citynet.kernel.store.ValidatedWriter;

/**
 * A store that hands every call to another one: tests override what they watch or fake (reads counted, a
 * store made to look remote) and keep the rest.
 */
public class ForwardingStore implements KnowledgeStore {

    protected final KnowledgeStore store;

    public ForwardingStore(KnowledgeStore store) {
        this.store = store;
    }

    @Override
    public void execute(Query query, Map<String, Node> bindings, Duration timeout, Consumer<QueryExecution> body) {
        store.execute(query, bindings, timeout, body);
    }

    @Override
    public RDFConnection connect() {
        return store.connect();
    }

    @Override
    public LoadTarget loadTarget() {
        return store.loadTarget();
    }

    @Override
    public String exportQuads(StreamRDF sink) {
        return store.exportQuads(sink);
    }

    @Override
    public long sortedQuads(Duration timeout, Consumer<Quad> sink) {
        return store.sortedQuads(timeout, sink);
    }

    @Override
    public Optional<StoreStatistics> indexStatistics(String uriSpace, List<String> targetSpaces, Duration timeout) {
        return store.indexStatistics(uriSpace, targetSpaces, timeout);
    }

    @Override
    public boolean holdsData() {
        return store.holdsData();
    }

    @Override
    public boolean replaceAll(Consumer<StreamRDF> quads, boolean replaceExisting) {
        return store.replaceAll(quads, replaceExisting);
    }

    @Override
    public ValidatedWriter writer(KnowledgeGraphFiles files) {
        return store.writer(files);
    }

    @Override
    public long generation() {
        return store.generation();
    }

    @Override
    public ChangeStamp changeStamp() {
        return store.changeStamp();
    }

    @Override
    public String description() {
        return store.description();
    }

    @Override
    public void close() {
        store.close();
    }
}
