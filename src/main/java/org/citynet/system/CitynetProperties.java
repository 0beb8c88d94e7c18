package org.citynet.system;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
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
        @Valid @DefaultValue NamedQueries namedQueries) {

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

    /** The base as a string ending in '/'. */
    public String base() {
        String b = baseIri.toString();
        return b.endsWith("/") ? b : b + "/";
    }

    public Path rootPath() {
        return Path.of(root).toAbsolutePath().normalize();
    }
}
