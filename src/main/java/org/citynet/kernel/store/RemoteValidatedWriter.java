package org.citynet.kernel.store;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadAcc;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.update.UpdateRequest;
import org.citynet.kernel.rdf.LoadVocabulary;

/**
 * Validated writes to a remote store (see {@link ValidatedWriter}). Each write:
 * <ol>
 *   <li>copies citynet's data from the store into an in-memory TDB2 dataset (the engine of the local store, with
 *       its union default graph, so the change reads as it would locally; {@link RemoteReads}: complete, one
 *       state of the data), noting the store's version stamp it was read under;</li>
 *   <li>applies and checks the change on the copy ({@link WriteValidation});</li>
 *   <li>sends the difference as one update: {@code DELETE { removed } INSERT { added } WHERE { stamp }}
 *       (a graph emptied whole is deleted by pattern), then the stamp's change, so each operation applies only if
 *       nobody wrote since the copy was read;</li>
 *   <li>reads the stamp back: if it is not the new one, another write came first and this one committed
 *       nothing ({@link WriteConflictException}, 409).</li>
 * </ol>
 * The copy costs time and memory in proportion to all the data, like validation itself. An update of more than
 * {@link RemoteProtocol#updateChunk()} quads, or one that removes triples with blank nodes (an update sent to
 * a store cannot name them), is refused ({@link UnsupportedWriteException}). On a store that runs each update
 * request in one transaction (Fuseki, RDF4J) the write is all or nothing. Thread-safe; writes through one
 * process queue behind each other.
 */
final class RemoteValidatedWriter implements ValidatedWriter {

    private static final Query LOADED_GRAPHS = SparqlFiles.load("store", "loaded-graphs");
    private static final int READ_ATTEMPTS = 3;

    private final RemoteClient client;
    private final WriteValidation validation;
    private final Duration timeout;
    private final Runnable committed;

    /** @param committed called after each committed write (the store's generation) */
    RemoteValidatedWriter(RemoteClient client, WriteValidation validation, Duration timeout, Runnable committed) {
        this.client = client;
        this.validation = validation;
        this.timeout = timeout;
        this.committed = committed;
    }

    @Override
    public synchronized <T> T write(Function<DatasetGraph, T> change) {
        DatasetGraph copy = DatabaseMgr.createDatasetGraph();
        try {
            copy.getContext().set(TDB2.symUnionDefaultGraph, true);
            String stamp = readInto(copy);
            Set<Quad> before = Txn.calculateRead(copy, () -> quads(copy));
            T result = Txn.calculateWrite(copy, () -> validation.apply(copy, change));
            Set<Quad> after = Txn.calculateRead(copy, () -> quads(copy));
            if (!before.equals(after)) {
                send(stamp, before, after);
                committed.run();
            }
            return result;
        } finally {
            copy.close();
        }
    }

    @Override
    public void requireWritable(Node graph) {
        Set<Node> loaded = new HashSet<>();
        client.select(LOADED_GRAPHS, Map.of(), timeout, false, row -> loaded.add(row.get("graph")));
        if (ProtectedGraphs.forLoaded(loaded).isProtected(graph)) {
            throw ProtectedGraphException.of(List.of(graph));
        }
    }

    /** Copies citynet's data, retrying if a write lands during the read; returns the stamp it was read under. */
    private String readInto(DatasetGraph copy) {
        RemoteReads reads = new RemoteReads(client, timeout);
        for (int attempt = 1; ; attempt++) {
            String stamp = client.stamp(timeout).stamp();
            try {
                Txn.executeWrite(copy, () -> {
                    copy.clear();
                    reads.read(copy::add);
                });
                // RemoteReads compared the stamp before and after itself; this one was read before that.
                if (java.util.Objects.equals(stamp, client.stamp(timeout).stamp())) {
                    return stamp;
                }
            } catch (PartialAnswerException e) {
                if (e.reason() != PartialAnswerException.Reason.INCOMPLETE || attempt >= READ_ATTEMPTS) {
                    throw e;
                }
            }
            if (attempt >= READ_ATTEMPTS) {
                throw new WriteConflictException("The data of " + client.description() + " kept changing while"
                        + " this write read it; nothing was written");
            }
        }
    }

    private void send(String stamp, Set<Quad> before, Set<Quad> after) {
        Set<Quad> removed = new LinkedHashSet<>(before);
        removed.removeAll(after);
        Set<Quad> added = new LinkedHashSet<>(after);
        added.removeAll(before);
        Set<Node> emptied = graphs(removed);
        emptied.removeAll(graphs(after));
        QuadAcc deletes = new QuadAcc();
        removed.stream().filter(quad -> !emptied.contains(quad.getGraph())).forEach(quad -> {
            if (quad.getSubject().isBlank() || quad.getObject().isBlank()) {
                throw new UnsupportedWriteException("The write removes a triple with a blank node from <"
                        + quad.getGraph().getURI() + ">, which an update sent to " + client.description()
                        + " cannot name. Give the node an IRI, or replace the whole graph.");
            }
            deletes.addQuad(quad);
        });
        QuadAcc inserts = new QuadAcc();
        added.forEach(inserts::addQuad);
        int size = deletes.getQuads().size() + inserts.getQuads().size();
        if (size > client.protocol().updateChunk()) {
            throw new UnsupportedWriteException("The write changes " + size + " triples; " + client.description()
                    + " takes at most " + client.protocol().updateChunk() + " in one all-or-nothing update"
                    + " (citynet.store.update-chunk). Split it, or change the files and reload.");
        }
        UpdateRequest request = new UpdateRequest();
        emptied.forEach(graph -> request.add(client.version().clearGraph(stamp, graph)));
        if (size > 0) {
            request.add(client.version().conditional(stamp, deletes, inserts));
        }
        String next = StoreVersion.newStamp();
        Set<Node> written = graphs(added);
        request.add(client.version().change(stamp, next, Instant.now(), written));
        client.update(request);
        String found = client.stamp(timeout).stamp();
        if (!next.equals(found)) {
            throw new WriteConflictException("Another process wrote to " + client.description() + " while this"
                    + " write was being checked; nothing of it was committed. Send it again.");
        }
    }

    private static Set<Quad> quads(DatasetGraph dataset) {
        Set<Quad> quads = new HashSet<>();
        dataset.find().forEachRemaining(quads::add);
        return quads;
    }

    private static Set<Node> graphs(Set<Quad> quads) {
        return quads.stream().map(Quad::getGraph).filter(graph -> !LoadVocabulary.isReserved(graph))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
