package org.citynet.web.system;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.citynet.kernel.store.RemoteProtocol;
import org.citynet.kernel.store.StoreKind;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
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
        @Valid @DefaultValue Catalog catalog,
        @Valid @DefaultValue Security security,
        @Valid @DefaultValue RateLimit rateLimit,
        @Valid @DefaultValue Limits limits) {

    /** Binding uses this, the canonical constructor; the shorter ones below are for code written before. */
    @ConstructorBinding
    public CitynetProperties {
    }

    /** The settings without {@code rate-limit} and {@code limits} sections (their defaults), for callers that predate them. */
    public CitynetProperties(URI baseIri, String root, Store store, Fuseki fuseki, Sparql sparql,
                             NamedQueries namedQueries, Catalog catalog, Security security) {
        this(baseIri, root, store, fuseki, sparql, namedQueries, catalog, security, RateLimit.defaults(),
                Limits.defaults());
    }

    /** The settings without a {@code security} section (writes off), for callers that predate it. */
    public CitynetProperties(URI baseIri, String root, Store store, Fuseki fuseki, Sparql sparql,
                             NamedQueries namedQueries, Catalog catalog) {
        this(baseIri, root, store, fuseki, sparql, namedQueries, catalog, Security.defaults());
    }

    /** The settings without a {@code catalog} section (its defaults apply), for callers that predate it. */
    public CitynetProperties(URI baseIri, String root, Store store, Fuseki fuseki, Sparql sparql,
                             NamedQueries namedQueries) {
        this(baseIri, root, store, fuseki, sparql, namedQueries, Catalog.defaults());
    }

    /**
     * Where the data lives, and for a remote store how to talk to it. Every remote setting left unset takes
     * the default of the store's {@code kind} (see the README, "A remote store").
     *
     * @param location        {@code mem}, a TDB2 directory (relative to the root) or the http(s) URL of a
     *                        remote SPARQL 1.1 dataset
     * @param reload          load the files again on start even if the store holds the same content hash
     * @param queryEndpoint   remote only: query URL if not the dataset URL (e.g. Virtuoso's {@code /sparql})
     * @param updateEndpoint  remote only: update URL if not the dataset URL
     * @param gspEndpoint     remote only: Graph Store Protocol URL; named, loads {@code PUT} each graph there
     * @param username        remote only: the store's user, for HTTP Digest or Basic (whichever it asks for)
     * @param password        remote only: that user's password
     * @param kind            remote only: {@code fuseki} (default), {@code virtuoso}, {@code rdf4j} or
     *                        {@code generic}; gives the defaults of the settings below
     * @param querySendMode   remote only: {@code get-or-form} (GET, or a form POST when the URL would be too
     *                        long; the default), {@code form}, {@code get}, {@code get-or-body}, {@code body}
     * @param updateSendMode  remote only: {@code body} ({@code application/sparql-update; charset=utf-8}, the
     *                        default) or {@code form}
     * @param timeoutParameter remote only: the request parameter that asks the store to stop a query
     *                        ({@code timeout} for Fuseki, Virtuoso and RDF4J); empty to send none
     * @param timeoutUnit     remote only: its unit, {@code seconds} (Fuseki, RDF4J) or {@code milliseconds}
     *                        (Virtuoso)
     * @param maxRows         remote only: the store's cap on the rows of an answer (Virtuoso's
     *                        {@code ResultSetMaxRows}, 10000 as packaged); 0 for none. An answer that reaches it
     *                        is refused, never served, cached or published
     * @param maxSortedRows   remote only: the most rows the store sorts for ORDER BY with LIMIT/OFFSET
     *                        (Virtuoso's {@code MaxSortedTopRows}, 10000); 0 for no limit
     * @param pageSize        remote only: rows per request when whole graphs are read (dumps, backups, copies),
     *                        below {@code max-rows}; 0 for one request
     * @param updateChunk     remote only: most quads in one update request (loads, and a write through the
     *                        service, which must fit in one)
     * @param loadMethod      remote only: {@code auto} (Graph Store {@code PUT} per graph when
     *                        {@code gsp-endpoint} is set, else updates), {@code graph-store} or {@code update}
     * @param restoreGeometry remote only: whether geometry literals the store rewrites (Virtuoso) are restored
     * @param versionGraph    remote only: the graph holding the store's version stamp, which every write through
     *                        the service changes: Fuseki's own default graph ({@code urn:x-arq:DefaultGraph},
     *                        hidden by {@code tdb2:unionDefaultGraph}) by default there, else
     *                        {@code https://w3id.org/citynet/graph/version}
     * @param stampMaxAge     remote only: how long a version stamp read from the store is used again (e.g.
     *                        {@code 1s}); 0 (the default) reads it for every request. See the README, "How fresh
     *                        replicas are"
     */
    public record Store(
            @NotBlank @DefaultValue("run/tdb2") String location,
            @DefaultValue("false") boolean reload,
            String queryEndpoint,
            String updateEndpoint,
            String gspEndpoint,
            String username,
            String password,
            @DefaultValue("fuseki") StoreKind kind,
            RemoteProtocol.QueryForm querySendMode,
            RemoteProtocol.UpdateForm updateSendMode,
            String timeoutParameter,
            TimeUnit timeoutUnit,
            @Min(0) Long maxRows,
            @Min(0) Long maxSortedRows,
            @Min(0) Integer pageSize,
            @Min(1) Integer updateChunk,
            RemoteProtocol.LoadMethod loadMethod,
            Boolean restoreGeometry,
            String versionGraph,
            Duration stampMaxAge) {

        @ConstructorBinding
        public Store {
            kind = kind == null ? StoreKind.FUSEKI : kind;
        }

        /** Where the data lives, with a Fuseki's habits if it is remote. */
        public Store(String location, boolean reload, String queryEndpoint, String updateEndpoint, String gspEndpoint,
                     String username, String password) {
            this(location, reload, queryEndpoint, updateEndpoint, gspEndpoint, username, password, StoreKind.FUSEKI,
                    null, null, null, null, null, null, null, null, null, null, null, null);
        }

        public boolean remote() {
            return location.startsWith("http://") || location.startsWith("https://");
        }

        public boolean inMemory() {
            return location.equals("mem");
        }

        /** How to talk to a remote store: the kind's defaults with every setting given here instead. */
        public RemoteProtocol protocol() {
            RemoteProtocol protocol = RemoteProtocol.defaults(kind);
            if (querySendMode != null) {
                protocol = protocol.withQueryForm(querySendMode);
            }
            if (updateSendMode != null) {
                protocol = protocol.withUpdateForm(updateSendMode);
            }
            if (timeoutParameter != null || timeoutUnit != null) {
                protocol = protocol.withTimeout(
                        timeoutParameter != null ? timeoutParameter : protocol.timeoutParameter(),
                        timeoutUnit != null ? timeoutUnit : protocol.timeoutUnit());
            }
            if (maxRows != null || maxSortedRows != null || pageSize != null) {
                long rows = maxRows != null ? maxRows : protocol.maxRows();
                protocol = protocol.withCaps(rows, maxSortedRows != null ? maxSortedRows : protocol.maxSortedRows(),
                        pageSize != null ? pageSize : maxRows != null ? 0 : protocol.pageSize());
            }
            if (updateChunk != null || loadMethod != null) {
                protocol = protocol.withLoad(loadMethod != null ? loadMethod : protocol.loadMethod(),
                        updateChunk != null ? updateChunk : protocol.updateChunk());
            }
            if (restoreGeometry != null) {
                protocol = protocol.withGeometryRestored(restoreGeometry);
            }
            if (versionGraph != null && !versionGraph.isBlank()) {
                protocol = protocol.withVersionGraph(versionGraph.strip());
            }
            if (stampMaxAge != null) {
                protocol = protocol.withStampMaxAge(stampMaxAge);
            }
            return protocol;
        }
    }

    /**
     * The embedded Fuseki server (local stores only). It serves reads only: writes go through the service
     * ({@code /sparql}, {@code /sparql/graph}), where they are authenticated and validated. Its query and
     * Graph Store endpoints answer through the service's own SPARQL code, with the same limits.
     *
     * @param port           0 picks a free port
     * @param datasetPath    where the dataset is served, e.g. {@code /citynet}
     * @param host           the interface Fuseki listens on: {@code localhost} (the default) keeps it to this
     *                       machine; an address such as {@code 0.0.0.0} (every IPv4 interface) or one
     *                       interface's address exposes it to whoever can reach that interface
     * @param updateUsername no longer used; set, it stops the start-up (see the constructor)
     * @param updatePassword no longer used, like {@code updateUsername}
     */
    public record Fuseki(
            @DefaultValue("true") boolean enabled,
            @Min(0) @Max(65535) @DefaultValue("3030") int port,
            @NotBlank @DefaultValue("/citynet") String datasetPath,
            @NotBlank @DefaultValue(LOOPBACK) String host,
            String updateUsername,
            String updatePassword) {

        /** The name Fuseki itself binds for "loopback only" ({@code --localhost}). */
        public static final String LOOPBACK = "localhost";

        /** A deployment that relied on Fuseki's own update user must learn that it is gone, not lose writes. */
        @ConstructorBinding
        public Fuseki {
            if (isSet(updateUsername) || isSet(updatePassword)) {
                throw new IllegalArgumentException("citynet.fuseki.update-username and update-password are no"
                        + " longer used: the embedded Fuseki serves reads only. Writes go through the service"
                        + " (/sparql, /sparql/graph) for the users and API tokens of citynet.security.");
            }
        }

        /** For callers written when the choice was loopback or every interface. */
        public Fuseki(boolean enabled, int port, String datasetPath, boolean loopbackOnly, String updateUsername,
                      String updatePassword) {
            this(enabled, port, datasetPath, loopbackOnly ? LOOPBACK : "0.0.0.0", updateUsername, updatePassword);
        }

        /** Whether Fuseki listens on this machine's loopback interface only. */
        public boolean loopbackOnly() {
            return LOOPBACK.equals(host) || host.startsWith("127.") || "::1".equals(host) || "[::1]".equals(host);
        }

        private static boolean isSet(String value) {
            return value != null && !value.isBlank();
        }
    }

    /**
     * The public SPARQL endpoint.
     *
     * @param timeout        a query running longer is stopped and answered with 503
     * @param maxQueryLength longest query text accepted, in characters
     * @param maxRows        most result rows (or triples) returned
     * @param maxConcurrentQueries most queries the service runs on a local store at once (its endpoint, named
     *                       queries, pages, API, dumps); one more waits for a turn within its timeout, then is
     *                       answered 503. Each query over millions of quads may hold tens of megabytes of
     *                       heap (sorts, groups, hash joins): this bounds the sum.
     * @param maxConcurrentClientQueries how many of those slots queries that clients write themselves (SPARQL on
     *                       {@code /sparql} and the embedded Fuseki, Graph Store reads) may hold at once; unset,
     *                       all but one, so that however many such queries arrive, the pages and the API
     *                       always find a slot
     */
    public record Sparql(
            @NotNull @DefaultValue("10s") Duration timeout,
            @Min(100) @DefaultValue("20000") int maxQueryLength,
            @Min(1) @DefaultValue("10000") int maxRows,
            @Min(1) @DefaultValue("4") int maxConcurrentQueries,
            @Min(1) Integer maxConcurrentClientQueries) {

        @ConstructorBinding
        public Sparql {
        }

        /** Without a share for clients' queries (its default). */
        public Sparql(Duration timeout, int maxQueryLength, int maxRows, int maxConcurrentQueries) {
            this(timeout, maxQueryLength, maxRows, maxConcurrentQueries, null);
        }

        /** The slots clients' queries may hold: as set, at most all of them; by default all but one. */
        public int clientQuerySlots() {
            int share = maxConcurrentClientQueries != null ? maxConcurrentClientQueries : maxConcurrentQueries - 1;
            return Math.max(1, Math.min(share, maxConcurrentQueries));
        }
    }

    /**
     * The named queries from {@code queries/}.
     *
     * @param timeout           a named query running longer is stopped and answered with 503
     * @param maxPageSize       largest page a client may ask for
     * @param wholeTimeout      longest a query may run whose whole rows are kept for the data version (a
     *                          {@code #+ precompute} aggregate, or an answer longer than the SPARQL row cap,
     *                          which is then paginated): it runs once per data version, not per request
     * @param keptAnswers       how many whole answers, lists of page keys and unfiltered rows of {@code #+ precompute:
     *                          unfiltered} queries are kept at once, for the current data version
     * @param keptHeapPercent   the share of the JVM's maximum heap ({@code -Xmx}) they may hold together, by an
     *                          estimate of their bytes; the least recently used go first, and one that alone holds
     *                          more is answered but computed again for each request. A limit in rows or cells was
     *                          none on memory: at 100,000 cities the cells once allowed took the 1 GiB service out
     *                          of heap
     */
    public record NamedQueries(
            @NotNull @DefaultValue("10s") Duration timeout,
            @Min(1) @DefaultValue("1000") int maxPageSize,
            @NotNull @DefaultValue("60s") Duration wholeTimeout,
            @Min(1) @DefaultValue("128") int keptAnswers,
            @Min(1) @Max(80) @DefaultValue("25") int keptHeapPercent) {

        @ConstructorBinding
        public NamedQueries {
        }

        /** With the default bound and limits of kept whole answers. */
        public NamedQueries(Duration timeout, int maxPageSize) {
            this(timeout, maxPageSize, Duration.ofSeconds(60), 128, 25);
        }

        /** What the kept answers may hold together, in bytes: {@link #keptHeapPercent} of this JVM's heap. */
        public long keptBytes() {
            return Runtime.getRuntime().maxMemory() / 100 * keptHeapPercent;
        }
    }

    /**
     * The DCAT catalogue, VoID and the dumps. Publisher and contact are the deployment's own; the data's
     * licence and descriptive facts are in {@code catalog/catalog.ttl}.
     *
     * @param dumpDirectory     where the dump files are written; unset means a temporary directory of this
     *                          process, removed when it stops. One running service per directory.
     * @param dumpTimeout       longest time the query that reads the whole store for a dump may run
     * @param statisticsTimeout longest time each counting query behind VoID and the catalogue may run: whole-graph
     *                          counts, once per data version (at 100,000 cities on TDB2 45 s alone, and more
     *                          while the indexes and dumps read the store at start-up)
     * @param publisherName     {@code foaf:name} of the publisher
     * @param publisherHomepage the publisher's web page; unset means the service's own address
     * @param publisherType     ADMS publisher type ({@code http://purl.org/adms/publishertype/...})
     * @param contact           contact point: an http(s) URL (a page or a form) or a role {@code mailto:}
     *                          address, never a person's; unset means the service's own address
     */
    public record Catalog(
            String dumpDirectory,
            @NotNull @DefaultValue("10m") Duration dumpTimeout,
            @NotNull @DefaultValue("5m") Duration statisticsTimeout,
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

    /**
     * Who may write (SPARQL Update, Graph Store Protocol). Reads are public whatever is set here; with no
     * user and no token, writes are off.
     *
     * @param users        people or tools with a password, for HTTP Basic
     * @param tokens       API tokens for {@code Authorization: Bearer}, for machine clients
     * @param maxWriteSize largest SPARQL Update or Graph Store body accepted
     */
    public record Security(
            @DefaultValue List<@Valid User> users,
            @DefaultValue List<@Valid ApiToken> tokens,
            @NotNull @DefaultValue("16MB") DataSize maxWriteSize) {

        public Security {
            users = users == null ? List.of() : List.copyOf(users);
            tokens = tokens == null ? List.of() : List.copyOf(tokens);
            requireUnique("users", users.stream().map(User::name).toList());
            requireUnique("tokens", tokens.stream().map(ApiToken::name).toList());
        }

        static Security defaults() {
            return new Security(List.of(), List.of(), DataSize.ofMegabytes(16));
        }

        /** True if anyone at all can authenticate. */
        public boolean hasCredentials() {
            return !users.isEmpty() || !tokens.isEmpty();
        }

        private static void requireUnique(String list, List<String> names) {
            Set<String> seen = new HashSet<>();
            names.stream().filter(name -> !seen.add(name)).findFirst().ifPresent(name -> {
                throw new IllegalArgumentException("citynet.security." + list + " names '" + name + "' twice");
            });
        }
    }

    /**
     * Fair use, as the Wikidata Query Service does it: each client has a budget of store time a minute,
     * refilled continuously and charged with the time its requests actually held the store (and spent checking
     * its credentials), so that answers from the answer cache and 304s cost next to nothing; and a generous
     * ceiling on its number of requests, against floods of cheap ones. A client whose budget is spent, or who
     * reached the ceiling, is refused with 429 and {@code Retry-After} until enough has refilled. A client is the
     * authenticated user or API token when the request carries valid credentials, else its IP address (see
     * {@code org.citynet.web.system.security.ClientIdentity} for proxies). {@code /actuator/health} is exempt.
     *
     * @param enabled        off: no limit at all
     * @param anonymous      the allowance of each IP address (default 60 s of store time and 1,200 requests
     *                       a minute)
     * @param authenticated  the allowance of each user or API token (default 180 s and 6,000 requests a
     *                       minute); at least the anonymous one. A field left out takes this default, not
     *                       the anonymous one
     * @param maxClients     most clients whose budgets are kept; an idle budget is forgotten once it would be
     *                       whole again, so forgetting it changes nothing
     * @param trustedProxies addresses or CIDR ranges of reverse proxies whose {@code X-Forwarded-For} is
     *                       believed (the rightmost address that is not such a proxy is the client)
     */
    public record RateLimit(
            @DefaultValue("true") boolean enabled,
            @DefaultValue Allowance anonymous,
            @DefaultValue Allowance authenticated,
            @Min(1) @DefaultValue("100000") int maxClients,
            @DefaultValue List<String> trustedProxies) {

        public static final Allowance ANONYMOUS = new Allowance(Duration.ofSeconds(60), 1200L);
        public static final Allowance AUTHENTICATED = new Allowance(Duration.ofSeconds(180), 6000L);

        public RateLimit {
            anonymous = Allowance.complete("anonymous", anonymous, ANONYMOUS);
            authenticated = Allowance.complete("authenticated", authenticated, AUTHENTICATED);
            if (authenticated.queryTime().compareTo(anonymous.queryTime()) < 0
                    || authenticated.requests() < anonymous.requests()) {
                throw new IllegalArgumentException("citynet.rate-limit.authenticated (" + authenticated.describe()
                        + ") must be at least citynet.rate-limit.anonymous (" + anonymous.describe()
                        + "): authenticating must never make a client's allowance smaller");
            }
            trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
        }

        static RateLimit defaults() {
            return new RateLimit(true, ANONYMOUS, AUTHENTICATED, 100_000, List.of());
        }
    }

    /**
     * What one client may use each minute, refilled continuously: up to a minute's worth at once, then a
     * steady trickle (60 s a minute is one second of store time every second).
     *
     * @param queryTime store time a minute, at least 1 ms: the time its queries held the store, waiting for a
     *                  query slot not included, and the time spent checking the credentials it sent
     * @param requests  requests a minute, however cheap (304s and cache hits included; a refused one is not
     *                  counted)
     * @param capacity  no longer used (the bucket of requests the rule before budgets had); set, it stops the
     *                  start-up, like {@code refill} and {@code period}
     * @param refill    no longer used, like {@code capacity}
     * @param period    no longer used, like {@code capacity}: budgets are per minute
     */
    public record Allowance(Duration queryTime, Long requests, Long capacity, Long refill, Duration period) {

        @ConstructorBinding
        public Allowance {
        }

        public Allowance(Duration queryTime, long requests) {
            this(queryTime, requests, null, null, null);
        }

        /** The allowance with each field left out taken from {@code defaults}, checked. */
        static Allowance complete(String tier, Allowance given, Allowance defaults) {
            if (given == null) {
                return defaults;
            }
            String prefix = "citynet.rate-limit." + tier;
            if (given.capacity() != null || given.refill() != null || given.period() != null) {
                throw new IllegalArgumentException(prefix + ".capacity, refill and period are no longer used: a"
                        + " client now has a budget of store time and a ceiling on requests, both per minute. Set "
                        + prefix + ".query-time (e.g. 60s) and " + prefix + ".requests (e.g. 1200) instead.");
            }
            Duration queryTime = given.queryTime() != null ? given.queryTime() : defaults.queryTime();
            long requests = given.requests() != null ? given.requests() : defaults.requests();
            if (queryTime.compareTo(Duration.ofMillis(1)) < 0) {
                throw new IllegalArgumentException(prefix + ".query-time must be at least 1ms, not " + queryTime);
            }
            if (queryTime.compareTo(Duration.ofDays(1)) > 0) {
                throw new IllegalArgumentException(prefix + ".query-time must be at most a day (of store time a"
                        + " minute), not " + queryTime);
            }
            if (requests < 1) {
                throw new IllegalArgumentException(prefix + ".requests must be at least 1, not " + requests);
            }
            return new Allowance(queryTime, requests);
        }

        /** For messages and logs: "60 s of store time and 1200 requests a minute". */
        public String describe() {
            return BigDecimal.valueOf(queryTime.toMillis(), 3).stripTrailingZeros().toPlainString()
                    + " s of store time and " + requests + " requests a minute";
        }
    }

    /**
     * Limits on every request, checked before anything else reads it.
     *
     * @param maxPathLength      longest path (without the query string), in characters: 414 beyond
     * @param maxParameterLength longest value of a URL parameter, in characters: 400 naming it beyond;
     *                           SPARQL's {@code query} and {@code update} have their own limits
     */
    public record Limits(
            @Min(64) @DefaultValue("1024") int maxPathLength,
            @Min(64) @DefaultValue("2000") int maxParameterLength) {

        static Limits defaults() {
            return new Limits(1024, 2000);
        }
    }

    /**
     * A user who may write, authenticated with HTTP Basic.
     *
     * @param name     the user name (no colon: HTTP Basic separates name and password with one)
     * @param password the password's hash in Spring Security's {@code {id}hash} form; only BCrypt
     *                 ({@code {bcrypt}$2a$…}, {@code $2b$}, {@code $2y$}) is accepted, never a plain text
     *                 ({@code {noop}}) password
     */
    public record User(@NotBlank String name, @NotBlank String password) {

        private static final Pattern BCRYPT = Pattern.compile("\\{bcrypt}\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}");

        public User {
            if (name != null && name.contains(":")) {
                throw new IllegalArgumentException("citynet.security.users: the name '" + name
                        + "' contains a colon, which HTTP Basic cannot carry");
            }
            // The value itself is never repeated in the message: it might be a password pasted by mistake.
            if (password != null && !BCRYPT.matcher(password).matches()) {
                throw new IllegalArgumentException("citynet.security.users: the password of '" + name
                        + "' is not a BCrypt hash of the form {bcrypt}$2a$10$… (see the README for how to make one)");
            }
        }

        @Override
        public String toString() {
            return "User[name=" + name + "]";
        }
    }

    /**
     * An API token, stored only as its SHA-256: the token itself is a long random secret given to the
     * client, never written into the configuration.
     *
     * @param name   who or what holds the token, for logs
     * @param sha256 the SHA-256 of the token's UTF-8 bytes, 64 hexadecimal digits
     */
    public record ApiToken(
            @NotBlank String name,
            @NotNull @jakarta.validation.constraints.Pattern(regexp = "[0-9a-fA-F]{64}",
                    message = "must be the SHA-256 of the token: 64 hexadecimal digits") String sha256) {
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
