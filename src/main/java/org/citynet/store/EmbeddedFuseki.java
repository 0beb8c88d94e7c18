package org.citynet.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.core.DatasetGraph;
import org.citynet.system.CitynetProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Fuseki (Fuseki main, on Jetty) serving the store's dataset on its own port, started and stopped with
 * the application. Anyone may query ({@code /citynet}, {@code /citynet/sparql}, {@code /citynet/query})
 * and read graphs ({@code /citynet}, {@code /citynet/get}); SPARQL Update ({@code /citynet/update}) and
 * Graph Store writes ({@code /citynet/data}) exist only when an update user is configured, and then only
 * for that user over HTTP Basic. The default graph is the union of the named graphs, as for the service.
 */
public final class EmbeddedFuseki implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedFuseki.class);

    private final DatasetGraph dataset;
    private final CitynetProperties.Fuseki config;
    private FusekiServer server;
    private Path passwordFile;

    public EmbeddedFuseki(DatasetGraph dataset, CitynetProperties.Fuseki config) {
        this.dataset = dataset;
        this.config = config;
    }

    @Override
    public synchronized void start() {
        FusekiServer.Builder builder = FusekiServer.create()
                .port(config.port())
                .loopback(config.loopbackOnly())
                .enablePing(true)
                .add(config.datasetPath(), dataService());
        if (config.writesEnabled()) {
            passwordFile = writePasswordFile();
            builder.passwordFile(passwordFile.toString()).auth(AuthScheme.BASIC);
        }
        server = builder.build().start();
        log.info("Embedded Fuseki serves {} (writes {})", datasetUrl(),
                config.writesEnabled() ? "for user " + config.updateUsername() : "off");
    }

    private DataService.Builder dataService() {
        DataService.Builder service = DataService.newBuilder(dataset)
                .addEndpoint(Operation.Query)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.GSP_R)
                .addEndpoint(Operation.GSP_R, "get");
        if (config.writesEnabled()) {
            AuthPolicy writer = Auth.policyAllowSpecific(config.updateUsername());
            service.addEndpoint(Operation.Update, "update", writer)
                    .addEndpoint(Operation.GSP_RW, "data", writer);
        }
        return service;
    }

    /** Jetty's realm file, readable by this user only, deleted on stop. */
    private Path writePasswordFile() {
        try {
            Path file = Files.createTempFile("citynet-fuseki-", ".passwd",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, config.updateUsername() + ": " + config.updatePassword() + "\n",
                    StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write Fuseki's password file", e);
        }
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
        if (passwordFile != null) {
            try {
                Files.deleteIfExists(passwordFile);
            } catch (IOException e) {
                log.warn("Could not delete {}", passwordFile, e);
            }
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
