package org.citynet.web.sparql;

import java.util.List;
import java.util.Set;

import jakarta.servlet.Filter;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.ActionService;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.WebContent;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The Fuseki module that gives the embedded Fuseki the service's guards, through Fuseki's own extension
 * points: the query operation and the Graph Store reads are registered with the service's handlers
 * ({@link FusekiQuery}, {@link FusekiGraphRead}) in place of Fuseki's; the service's rate limit and request
 * limits run as servlet filters before Fuseki's dispatch; and Jetty's connector listens on the configured
 * interface only, taking request headers as large as the service's Tomcat does. Listed explicitly by
 * {@link EmbeddedFuseki}, the only module its server has.
 */
final class FusekiGuards implements FusekiModule {

    private final ActionService query;
    private final ActionService graphReads;
    private final List<Filter> filters;
    private final String host;
    private final int maxRequestHeaderBytes;

    /**
     * @param query                 answers the query operation
     * @param graphReads            answers Graph Store reads
     * @param filters               servlet filters every request passes first, in order
     * @param host                  the interface to listen on
     * @param maxRequestHeaderBytes as the service's {@code server.max-http-request-header-size}: a query in
     *                              the URL up to the length limit gets the endpoint's own answer, not Jetty's
     *                              bare 431
     */
    FusekiGuards(ActionService query, ActionService graphReads, List<Filter> filters, String host,
                 int maxRequestHeaderBytes) {
        this.query = query;
        this.graphReads = graphReads;
        this.filters = List.copyOf(filters);
        this.host = host;
        this.maxRequestHeaderBytes = maxRequestHeaderBytes;
    }

    @Override
    public String name() {
        return "citynet guards";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        // With its content type, so that a POSTed application/sparql-query body is dispatched here too.
        builder.registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery, query);
        builder.registerOperation(Operation.GSP_R, graphReads);
        filters.forEach(filter -> builder.addFilter("/*", filter));
    }

    /**
     * Fuseki's builder knows only "loopback" or "every interface", and Jetty's default request header size
     * (8 KB) is below a query URL the endpoint accepts: both are set on Jetty's connector before it opens
     * its socket.
     */
    @Override
    public void serverBeforeStarting(FusekiServer server) {
        for (Connector connector : server.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector network) {
                network.setHost(host);
                HttpConnectionFactory http = network.getConnectionFactory(HttpConnectionFactory.class);
                if (http != null) {
                    http.getHttpConfiguration().setRequestHeaderSize(maxRequestHeaderBytes);
                }
            }
        }
    }
}
