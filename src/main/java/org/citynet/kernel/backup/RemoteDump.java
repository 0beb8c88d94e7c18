package org.citynet.kernel.backup;

import java.nio.file.Path;
import java.util.Set;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.Query;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdflink.RDFConnectionAdapter;
import org.apache.jena.rdflink.RDFLinkHTTP;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.kernel.store.SparqlFiles;

/**
 * Reads every quad of a remote store in one HTTP request, streaming it into a backup file:
 * <ol>
 *   <li>a dataset GET (Graph Store Protocol on the dataset URL, {@code Accept: application/n-quads}), which
 *       Fuseki answers from one read transaction, so the backup is a consistent snapshot that includes
 *       the real default graph;</li>
 *   <li>if the server offers no dataset GET (a 4xx other than 401/403), one SPARQL query
 *       ({@code backup-quads.rq}) over every named graph: still one request, so one snapshot on any server
 *       that runs a query in one transaction, as Fuseki does; the real default graph cannot be read this
 *       way on a store whose default graph is the union of the named graphs, and is left out.</li>
 * </ol>
 * One query per graph would not do: graphs read by different requests can come from different commits,
 * and blank nodes shared between graphs would lose their identity.
 */
final class RemoteDump {

    private static final String ACCEPT = "application/n-quads, application/trig;q=0.9";
    private static final Set<Integer> NO_FALLBACK = Set.of(401, 403, 407);
    private static final Query ALL_QUADS = SparqlFiles.load("store", "backup-quads");

    private RemoteDump() {
    }

    static BackupSummary backup(KnowledgeStore store, Path out) {
        try (RDFConnection connection = store.connect()) {
            RDFLinkHTTP remote = httpLink(connection, store);
            String dataset = remote.getGraphStoreEndpoint();
            try {
                return BackupWriter.write(out, "one dataset GET of " + dataset, sink -> RDFParser.source(dataset)
                        .httpClient(remote.getHttpClient()).acceptHeader(ACCEPT).parse(withoutStartFinish(sink)));
            } catch (HttpException e) {
                if (e.getStatusCode() < 400 || e.getStatusCode() >= 500 || NO_FALLBACK.contains(e.getStatusCode())) {
                    throw e;
                }
            }
            return BackupWriter.write(out, "one SPARQL query over every named graph of " + remote.getQueryEndpoint()
                    + " (the real default graph is not included)", sink -> connection.querySelect(ALL_QUADS,
                    row -> sink.quad(Quad.create(row.get("g").asNode(), row.get("s").asNode(),
                            row.get("p").asNode(), row.get("o").asNode()))));
        }
    }

    // RemoteKnowledgeStore builds its connections on an RDFLinkHTTP, which carries the endpoints and the
    // HTTP client with the store's credentials.
    private static RDFLinkHTTP httpLink(RDFConnection connection, KnowledgeStore store) {
        if (connection instanceof RDFConnectionAdapter adapter && adapter.getLink() instanceof RDFLinkHTTP link) {
            return link;
        }
        throw new IllegalStateException(store.description() + " gives no HTTP connection to read from");
    }

    // The parser starts and finishes the stream itself; the backup writer already does, once.
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
}
