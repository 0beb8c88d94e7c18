package org.citynet.system;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Every setting of citynet, bound from {@code citynet.*} and validated at start-up, so that a wrong value
 * stops the service with a message naming the property rather than failing on the first request.
 *
 * @param baseIri   the canonical base of the graph's IRIs
 * @param root      the folder holding {@code ontology/}, {@code data/} and {@code queries/}; a string, not a
 *                  Path, because Spring would resolve a Path property against the servlet context
 */
@ConfigurationProperties("citynet")
@Validated
public record CitynetProperties(
        @NotNull @DefaultValue("https://w3id.org/citynet/") URI baseIri,
        @NotBlank @DefaultValue(".") String root,
        @Valid @DefaultValue Store store,
        @Valid @DefaultValue Fuseki fuseki,
        @Valid @DefaultValue Sparql sparql,
        @Valid @DefaultValue NamedQueries namedQueries,
        @Valid @DefaultValue Catalog catalog) {

    /** Binding uses this, the canonical constructor; the shorter one below is for code written before. */
    @ConstructorBinding
    public CitynetProperties {
    }

    /** The settings without a {@code catalog} section (its defaults apply), for callers that predate it. */
    public CitynetProperties(URI baseIri, String root, Store store, Fuseki fuseki, Sparql sparql,
                             NamedQueries namedQueries) {
        this(baseIri, root, store, fuseki, sparql, namedQueries, Catalog.defaults());
    }

    /**
     * Where the data lives.
     *
     * @param location       {@code mem}, a TDB2 directory (relative to the root) or the http(s) URL of a
     *                       remote SPARQL 1.1 dataset
     * @param reload         load the files again on start even if the store holds the same content hash
     * @param queryEndpoint  remote only: query URL if not the dataset URL (e.g. Virtuoso's {@code /sparql})
     * @param updateEndpoint remote only: update URL if not the dataset URL
     * @param gspEndpoint    remote only: Graph Store Protocol URL if not the dataset URL
     * @param username       remote only: user for HTTP Basic authentication, if the store needs one
     * @param password       remote only: that user's password
     */
    public record Store(
            @NotBlank @DefaultValue("run/tdb2") String location,
            @DefaultValue("false") boolean reload,
            String queryEndpoint,
            String updateEndpoint,
            String gspEndpoint,
            String username,
            String password) {

        public boolean remote() {
            return location.startsWith("http://") || location.startsWith("https://");
        }

        public boolean inMemory() {
            return location.equals("mem");
        }
    }

    /**
     * The embedded Fuseki server (local stores only).
     *
     * @param port           0 picks a free port
     * @param datasetPath    where the dataset is served, e.g. {@code /citynet}
     * @param updateUsername with {@code updatePassword}, enables SPARQL Update and Graph Store writes for
     *                       this user over HTTP Basic; writes are off when either is unset
     */
    public record Fuseki(
            @DefaultValue("true") boolean enabled,
            @Min(0) @Max(65535) @DefaultValue("3030") int port,
            @NotBlank @DefaultValue("/citynet") String datasetPath,
            @DefaultValue("false") boolean loopbackOnly,
            String updateUsername,
            String updatePassword) {

        public boolean writesEnabled() {
            return updateUsername != null && !updateUsername.isBlank() && updatePassword != null
                    && !updatePassword.isBlank();
        }
    }

    /**
     * The public SPARQL endpoint.
     *
     * @param timeout        a query running longer is stopped and answered with 503
     * @param maxQueryLength longest query text accepted, in characters
     * @param maxRows        most result rows (or triples) returned
     */
    public record Sparql(
            @NotNull @DefaultValue("10s") Duration timeout,
            @Min(100) @DefaultValue("20000") int maxQueryLength,
            @Min(1) @DefaultValue("10000") int maxRows) {
    }

    /**
     * The named queries from {@code queries/}.
     *
     * @param timeout     a named query running longer is stopped and answered with 503
     * @param maxPageSize largest page a client may ask for
     */
    public record NamedQueries(
            @NotNull @DefaultValue("10s") Duration timeout,
            @Min(1) @DefaultValue("1000") int maxPageSize) {
    }

    /**
     * The DCAT catalogue, VoID and the dumps. Publisher and contact are the deployment's own; the data's
     * licence and descriptive facts are in {@code catalog/catalog.ttl}.
     *
     * @param dumpDirectory     where the dump files are written; unset means a temporary directory of this
     *                          process, removed when it stops. One running service per directory.
     * @param dumpTimeout       longest time the query that reads the whole store for a dump may run
     * @param statisticsTimeout longest time each counting query behind VoID and the catalogue may run
     * @param publisherName     {@code foaf:name} of the publisher
     * @param publisherHomepage the publisher's web page; unset means the service's own address
     * @param publisherType     ADMS publisher type ({@code http://purl.org/adms/publishertype/...})
     * @param contact           contact point: an http(s) URL (a page or a form) or a role {@code mailto:}
     *                          address, never a person's; unset means the service's own address
     */
    public record Catalog(
            String dumpDirectory,
            @NotNull @DefaultValue("10m") Duration dumpTimeout,
            @NotNull @DefaultValue("60s") Duration statisticsTimeout,
            @NotBlank @DefaultValue("citynet") String publisherName,
            URI publisherHomepage,
            @NotNull @DefaultValue("http://purl.org/adms/publishertype/NonProfitOrganisation") URI publisherType,
            URI contact) {

        public Catalog {
            if (contact != null && !List.of("http", "https", "mailto").contains(String.valueOf(contact.getScheme()))) {
                throw new IllegalArgumentException("citynet.catalog.contact must be an http(s) URL or a mailto:"
                        + " role address, not '" + contact + "'");
            }
        }

        static Catalog defaults() {
            return new Catalog(null, Duration.ofMinutes(10), Duration.ofSeconds(60), "citynet", null,
                    URI.create("http://purl.org/adms/publishertype/NonProfitOrganisation"), null);
        }
    }

    /** The base as a string ending in '/'. */
    public String base() {
        String b = baseIri.toString();
        return b.endsWith("/") ? b : b + "/";
    }

    public Path rootPath() {
        return Path.of(root).toAbsolutePath().normalize();
    }
}
