package org.citynet.kernel.store;

import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.rdflink.RDFLinkHTTP;
import org.apache.jena.sparql.core.DatasetGraph;
import org.citynet.kernel.load.LoadPlan;
import org.citynet.kernel.load.LoadRecord;
import org.citynet.kernel.load.LoadTarget;
import org.citynet.kernel.load.RemoteLoadTarget;

/**
 * A remote SPARQL 1.1 dataset (query, update and Graph Store Protocol over HTTP). The store must present
 * the union of its named graphs as the default graph (for Fuseki: {@code tdb2:unionDefaultGraph true}).
 * The generation only advances for loads made by this process: writes other clients make directly to the
 * remote store are not seen.
 */
final class RemoteKnowledgeStore implements KnowledgeStore {

    private final RemoteEndpoints endpoints;
    private final HttpClient httpClient;
    private final AtomicLong generation = new AtomicLong();

    RemoteKnowledgeStore(RemoteEndpoints endpoints) {
        this.endpoints = endpoints;
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL);
        if (endpoints.username() != null) {
            builder.authenticator(new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(endpoints.username(), endpoints.password().toCharArray());
                }
            });
        }
        this.httpClient = builder.build();
    }

    @Override
    public RDFConnection connect() {
        return RDFConnectionRemote.newBuilder()
                .queryEndpoint(endpoints.query())
                .updateEndpoint(endpoints.update())
                .gspEndpoint(endpoints.gsp())
                .httpClient(httpClient)
                .build();
    }

    private RDFLink link() {
        return RDFLinkHTTP.newBuilder()
                .queryEndpoint(endpoints.query())
                .updateEndpoint(endpoints.update())
                .gspEndpoint(endpoints.gsp())
                .httpClient(httpClient)
                .build();
    }

    @Override
    public LoadTarget loadTarget() {
        LoadTarget remote = new RemoteLoadTarget(this::link, endpoints.query());
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
                remote.apply(plan);
                generation.incrementAndGet();
            }

            @Override
            public String toString() {
                return remote.toString();
            }
        };
    }

    @Override
    public Optional<DatasetGraph> localDataset() {
        return Optional.empty();
    }

    @Override
    public long generation() {
        return generation.get();
    }

    @Override
    public String description() {
        return "remote SPARQL store " + endpoints.query();
    }

    @Override
    public void close() {
        // Nothing to release: Java 17's HttpClient has no close(); its threads end with the JVM.
    }

    /** The URLs of a remote dataset's services, and the credentials to use with them (both or neither). */
    record RemoteEndpoints(String query, String update, String gsp, String username, String password) {
    }
}
