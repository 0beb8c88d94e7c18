package org.citynet.web.sparql;

import java.time.Duration;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.citynet.web.system.CitynetProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Fuseki (Fuseki main, on Jetty) serving the store's dataset on its own port, read-only, started and
 * stopped with the application. Anyone may query ({@code /citynet}, {@code /citynet/sparql},
 * {@code /citynet/query}) and read graphs ({@code /citynet}, {@code /citynet/get}); the default graph is the
 * union of the named graphs, as for the service.
 *
 * <p>There are no write endpoints ({@code /citynet/update}, {@code /citynet/data}): writes go through the
 * service ({@code /sparql}, {@code /sparql/graph}), the one path that authenticates the writer and
 * validates the result against the shapes. There are no administration endpoints either: of Fuseki's
 * {@code /$/…} only {@code /$/ping} exists, and no Fuseki module is loaded from the classpath, so a jar that
 * brings one (the admin module, say) cannot add endpoints unnoticed.
 *
 * <p>Queries have the same time limit as the service's {@code /sparql} ({@code citynet.sparql.timeout}); a
 * client's {@code timeout} parameter can only shorten it.
 */
public final class EmbeddedFuseki implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedFuseki.class);

    private final DatasetGraph dataset;
    private final CitynetProperties.Fuseki config;
    private final Duration queryTimeout;
    private FusekiServer server;

    /** @param queryTimeout longest a query may run before Fuseki stops it and answers 503 */
    public EmbeddedFuseki(DatasetGraph dataset, CitynetProperties.Fuseki config, Duration queryTimeout) {
        this.dataset = dataset;
        this.config = config;
        this.queryTimeout = queryTimeout;
    }

    /** With the default limit of {@code citynet.sparql.timeout}, 10 seconds. */
    public EmbeddedFuseki(DatasetGraph dataset, CitynetProperties.Fuseki config) {
        this(dataset, config, Duration.ofSeconds(10));
    }

    @Override
    public synchronized void start() {
        server = FusekiServer.create()
                .fusekiModules(FusekiModules.empty())
                .port(config.port())
                .loopback(config.loopbackOnly())
                .enablePing(true)
                .enableStats(false)
                .enableMetrics(false)
                .enableTasks(false)
                .enableCompact(false)
                .add(config.datasetPath(), dataService())
                .build()
                .start();
        log.info("Embedded Fuseki serves {} (read-only)", datasetUrl());
    }

    private DataService.Builder dataService() {
        return DataService.newBuilder(dataset)
                .addEndpoint(query(""))
                .addEndpoint(query("sparql"))
                .addEndpoint(query("query"))
                .addEndpoint(Operation.GSP_R)
                .addEndpoint(Operation.GSP_R, "get");
    }

    /** A query endpoint whose context carries the time limit: Fuseki reads it for every query it runs. */
    private Endpoint query(String name) {
        Context limits = new Context();
        limits.set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
        return Endpoint.create().operation(Operation.Query).endpointName(name).context(limits).build();
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return server != null;
    }

    /** The port Fuseki listens on (useful when configured as 0). */
    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("Embedded Fuseki is not running");
        }
        return server.getHttpPort();
    }

    public String datasetUrl() {
        return "http://localhost:" + port() + config.datasetPath();
    }
}
