package org.citynet.web.sparql;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.core.DatasetGraph;
import org.citynet.web.system.CitynetProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Fuseki (Fuseki main, on Jetty) serving the store's dataset on its own port, read-only, started and
 * stopped with the application. Anyone who can reach it may query ({@code /citynet}, {@code /citynet/sparql},
 * {@code /citynet/query}) and read graphs ({@code /citynet}, {@code /citynet/get}); the default graph is the
 * union of the named graphs, as for the service.
 *
 * <p>It listens on {@code citynet.fuseki.host}: loopback by default, so that only this machine (an
 * operator's backup, a local tool) reaches it; another address exposes it on purpose. Either way it has the
 * guards of the service's {@code /sparql}, because the service answers for it: its one Fuseki module,
 * {@link FusekiGuards}, registers the service's own handlers for the query and Graph Store operations
 * ({@link FusekiQuery}, {@link FusekiGraphRead}) and puts the service's rate limit and request limits in
 * front as servlet filters.
 *
 * <p>There are no write endpoints ({@code /citynet/update}, {@code /citynet/data}): writes go through the
 * service ({@code /sparql}, {@code /sparql/graph}), the one path that authenticates the writer and
 * validates the result against the shapes. There are no administration endpoints either: of Fuseki's
 * {@code /$/…} only {@code /$/ping} exists, and no Fuseki module is loaded from the classpath (the guards are
 * listed explicitly), so a jar that brings one (the admin module, say) cannot add endpoints unnoticed.
 */
public final class EmbeddedFuseki implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedFuseki.class);

    private final DatasetGraph dataset;
    private final CitynetProperties.Fuseki config;
    private final FusekiModule guards;
    private FusekiServer server;

    /** @param guards the one Fuseki module of the server ({@link FusekiGuards}) */
    EmbeddedFuseki(DatasetGraph dataset, CitynetProperties.Fuseki config, FusekiModule guards) {
        this.dataset = dataset;
        this.config = config;
        this.guards = guards;
    }

    @Override
    public synchronized void start() {
        server = FusekiServer.create()
                .fusekiModules(FusekiModules.create(guards))
                .port(config.port())
                .enablePing(true)
                .enableStats(false)
                .enableMetrics(false)
                .enableTasks(false)
                .enableCompact(false)
                .add(config.datasetPath(), dataService())
                .build()
                .start();
        if (config.loopbackOnly()) {
            log.info("Embedded Fuseki serves {} on loopback only (read-only)", datasetUrl());
        } else {
            log.warn("Embedded Fuseki serves {} (read-only) on {}: exposed to whoever reaches that interface,"
                    + " with the limits of /sparql", datasetUrl(), config.host());
        }
    }

    private DataService.Builder dataService() {
        return DataService.newBuilder(dataset)
                .addEndpoint(Operation.Query)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.GSP_R)
                .addEndpoint(Operation.GSP_R, "get");
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

    /** The dataset's URL as this machine reaches it. */
    public String datasetUrl() {
        return "http://" + reachableHost() + ":" + port() + config.datasetPath();
    }

    /** The interface Fuseki listens on, as configured ({@code localhost} by default). */
    public String host() {
        return config.host();
    }

    private String reachableHost() {
        String host = config.host();
        boolean anyInterface = host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
        if (anyInterface || config.loopbackOnly()) {
            return "localhost";
        }
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
