package org.citynet.kernel.backup;

import org.apache.jena.query.Query;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.UpdateRequest;
import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.kernel.store.SparqlFiles;

/**
 * Restores a backup into a remote store with one SPARQL Update request, built with Jena's update API
 * (no data spliced into text): {@code DROP ALL ; INSERT DATA { ... }} when forced, else only the
 * {@code INSERT DATA}. Fuseki runs one request in one transaction, so the restore is all or nothing there.
 * The backup is held in memory to build the request. Whether the store holds data is asked first, in a
 * separate request: a write that lands between the question and the update is kept and merged with the
 * restored data rather than refused (the update itself cannot be made conditional).
 */
final class RemoteRestore {

    private static final Query HOLDS_DATA = SparqlFiles.load("store", "store-holds-data");

    private RemoteRestore() {
    }

    static RestoreSummary restore(KnowledgeStore store, BackupReader backup, boolean force) {
        try (RDFConnection connection = store.connect()) {
            boolean holdsData = connection.queryAsk(HOLDS_DATA);
            StoreRestore.refuseIfHoldsData(holdsData, force, store);
            DatasetGraph staged = DatasetGraphFactory.create();
            long quads = backup.parseInto(StreamRDFLib.dataset(staged));
            connection.update(replacement(staged, force));
            return new RestoreSummary(backup.file(), quads, backup.sha256(), holdsData);
        }
    }

    // One INSERT DATA for everything keeps blank nodes shared between graphs one node.
    private static UpdateRequest replacement(DatasetGraph staged, boolean force) {
        UpdateRequest request = new UpdateRequest();
        if (force) {
            request.add(new UpdateDrop(Target.ALL, true));
        }
        QuadDataAcc quads = new QuadDataAcc();
        staged.find().forEachRemaining(quads::addQuad);
        request.add(new UpdateDataInsert(quads));
        return request;
    }
}
