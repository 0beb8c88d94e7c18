package org.citynet.kernel.store;

import java.nio.file.Path;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.citynet.kernel.load.KnowledgeGraphLoader;
import org.citynet.kernel.load.LoaderFixtures;

/**
 * A real Fuseki in this JVM on a free loopback port, serving an in-memory dataset without a union default
 * graph, loaded with the loader's good fixture as the service loads a remote store: the shared store of the
 * remote-store unit tests. {@link #served()} is the dataset itself, for what a test does behind the service's back.
 */
final class FixtureFuseki implements AutoCloseable {

    private final DatasetGraph served = DatasetGraphFactory.createTxnMem();
    private final FusekiServer server;
    private final String url;

    private FixtureFuseki() {
        server = FusekiServer.create().port(0).loopback(true).add("/ds", served, true).build().start();
        url = "http://localhost:" + server.getHttpPort() + "/ds";
    }

    static FixtureFuseki started() {
        FixtureFuseki fuseki = new FixtureFuseki();
        try {
            new KnowledgeGraphLoader().load(LoaderFixtures.good(), new RemoteLoadTarget(fuseki.url));
            return fuseki;
        } catch (RuntimeException e) {
            fuseki.close();
            throw e;
        }
    }

    DatasetGraph served() {
        return served;
    }

    String url() {
        return url;
    }

    /** The service's view of this Fuseki, talked to as {@code protocol} says. */
    KnowledgeStore open(Path temp, RemoteProtocol protocol) {
        return StoreFactory.open(url, temp, new StoreFactory.RemoteOptions(null, null, null, null, null, protocol));
    }

    @Override
    public void close() {
        server.stop();
    }
}
