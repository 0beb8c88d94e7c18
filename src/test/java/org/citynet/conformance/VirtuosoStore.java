package org.citynet.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OpenLink Virtuoso 7.2 from Debian ({@code virtuoso-opensource}; {@code .ci/run} installs it) on two free
 * loopback ports (SQL and HTTP), its database, configuration and log in a new temporary folder, started
 * empty ({@code virtuoso-t +foreground}). Written from the packaged {@code virtuoso.ini} with every path
 * moved into the folder and the caps that silently cut answers raised (see {@link #configuration}).
 *
 * <p>Writes. Virtuoso's public {@code /sparql} runs as the SQL user {@code SPARQL}, which may not update;
 * {@code /sparql-auth} and {@code /sparql-graph-crud-auth} authenticate with HTTP Digest only (their
 * challenge is always {@code WWW-Authenticate: Digest}, so a client that answers only Basic challenges, as
 * the JDK's HttpClient does, never gets in). {@link #start} creates the SQL user {@link #USER}, grants it
 * {@code SPARQL_UPDATE} and read/write on every graph ({@code RDF_DEFAULT_USER_PERMS_SET(…, 3)}), which is
 * what {@link Access#DIGEST} points the service at. {@link Access#OPEN} instead lets the anonymous
 * {@code SPARQL} user update through the public endpoints: only acceptable for a private instance on
 * loopback, and used so that the suite can compare every other surface while the Digest gap is open.
 *
 * <p>Default graph: without FROM, Virtuoso queries every quad of every graph (a bag: a triple in two graphs
 * matches twice), its own system graphs included ({@code virtrdf#}, {@code /sparql}, {@code /DAV/},
 * {@code ldp#}: about 2,500 triples in an empty instance).
 */
final class VirtuosoStore implements StoreUnderTest {

    static final String USER = "loader";
    static final String PASSWORD = "conformance-loader-secret";

    private static final Path PACKAGED_INI = Path.of("/etc/virtuoso-opensource-7/virtuoso.ini");
    private static final Path SERVER = Path.of("/usr/bin/virtuoso-t");
    private static final Path ISQL = Path.of("/usr/bin/isql-vt");

    /** How the service is to write. */
    enum Access { OPEN, DIGEST }

    private final ChildProcess process;
    private final Path folder;
    private final int sqlPort;
    private final int httpPort;
    private final Access access;

    private VirtuosoStore(ChildProcess process, Path folder, int sqlPort, int httpPort, Access access) {
        this.process = process;
        this.folder = folder;
        this.sqlPort = sqlPort;
        this.httpPort = httpPort;
        this.access = access;
    }

    static boolean installed() {
        return Files.isExecutable(SERVER) && Files.isExecutable(ISQL) && Files.isRegularFile(PACKAGED_INI);
    }

    static VirtuosoStore start(Path work, Access access) {
        return start(work, access, true);
    }

    /** @param generous whether to raise the caps ({@link #configuration}), or keep Debian's packaged values */
    static VirtuosoStore start(Path work, Access access, boolean generous) {
        if (!installed()) {
            throw new IllegalStateException("Virtuoso is not installed: apt-get install virtuoso-opensource");
        }
        Path folder;
        try {
            folder = Files.createTempDirectory(work, "virtuoso-");
            Files.createDirectories(folder.resolve("db"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int sqlPort = ChildProcess.freePort();
        int httpPort = ChildProcess.freePort();
        VirtuosoStore store = null;
        try {
            Files.writeString(folder.resolve("virtuoso.ini"),
                    generous ? configuration(Files.readString(PACKAGED_INI), folder, sqlPort, httpPort)
                            : packaged(Files.readString(PACKAGED_INI), folder, sqlPort, httpPort));
            ChildProcess process = ChildProcess.start("virtuoso", List.of(SERVER.toString(), "+foreground",
                    "+configfile", folder.resolve("virtuoso.ini").toString()), folder, folder.resolve("virtuoso.out"));
            store = new VirtuosoStore(process, folder, sqlPort, httpPort, access);
            store.awaitOnline();
            store.sql("DB.DBA.USER_CREATE('" + USER + "', '" + PASSWORD + "');"
                    + " GRANT SPARQL_UPDATE TO \"" + USER + "\";"
                    + " DB.DBA.RDF_DEFAULT_USER_PERMS_SET('" + USER + "', 3);"
                    + (access == Access.OPEN
                            ? " GRANT SPARQL_UPDATE TO \"SPARQL\"; DB.DBA.RDF_DEFAULT_USER_PERMS_SET('nobody', 3);"
                            : ""));
            return store;
        } catch (IOException | RuntimeException e) {
            if (store != null) {
                store.close();
            } else {
                ChildProcess.deleteTree(folder);
            }
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        }
    }

    /**
     * The packaged configuration with every path and both ports moved, and generous caps. The packaged
     * (Debian 7.2.5) values, and what each does when reached:
     * <ul>
     * <li>{@code [SPARQL] ResultSetMaxRows = 10000}: a longer answer is cut to exactly 10,000 rows, status
     * 200, no error; the only signal is the header {@code X-SPARQL-MaxRows: 10000}.
     * <li>{@code [Parameters] MaxSortedTopRows} (not in the file; built-in 10000): {@code ORDER BY} with
     * {@code LIMIT}+{@code OFFSET} above it fails, status 500, {@code Virtuoso 22023 Error SR353: Sorted TOP
     * clause specifies more then 10001 rows to sort. Only 10000 are allowed.}
     * <li>{@code [SPARQL] MaxQueryExecutionTime = 60} (seconds) and the request parameter {@code timeout}
     * (milliseconds): the "anytime query" — when it runs out, status 200 with whatever was found so far,
     * signalled only by the headers {@code X-SQL-State: S1TAT}, {@code X-SQL-Message: RC...: Returning
     * incomplete results, query interrupted by result timeout.}, {@code X-Exec-Milliseconds} and
     * {@code X-Exec-DB-Activity}.
     * <li>{@code [SPARQL] MaxQueryCostEstimationTime = 400} (seconds): a query whose estimated cost is above
     * it is refused before it runs (an error, not a partial answer; not met by the suite's queries).
     * <li>{@code NumberOfBuffers = 10000} (80 MB of pages), {@code MaxClientConnections = 10}, {@code
     * ServerThreads = 10}: more concurrent HTTP clients queue.
     * </ul>
     */
    static String configuration(String packaged, Path folder, int sqlPort, int httpPort) {
        String ini = packaged.replace("/var/lib/virtuoso-opensource-7/db/", folder.resolve("db") + "/");
        ini = set(ini, "Parameters", "ServerPort", Integer.toString(sqlPort));
        ini = set(ini, "HTTPServer", "ServerPort", "127.0.0.1:" + httpPort);
        ini = set(ini, "Parameters", "DirsAllowed", "., " + folder + ", /usr/share/virtuoso-opensource-7/vad");
        ini = set(ini, "Parameters", "NumberOfBuffers", "50000");
        ini = set(ini, "Parameters", "MaxDirtyBuffers", "37000");
        ini = set(ini, "Parameters", "MaxClientConnections", "32");
        ini = set(ini, "HTTPServer", "MaxClientConnections", "32");
        ini = set(ini, "HTTPServer", "ServerThreads", "32");
        ini = set(ini, "SPARQL", "ResultSetMaxRows", "1000000");
        ini = set(ini, "SPARQL", "MaxQueryExecutionTime", "600");
        ini = set(ini, "SPARQL", "MaxQueryCostEstimationTime", "3600");
        ini = ini.replaceFirst("(?m)^\\[Parameters\\]\\s*$", "[Parameters]\nMaxSortedTopRows = 1000000");
        return ini;
    }

    /** The packaged configuration with only the paths and ports moved: Debian's caps as they are. */
    static String packaged(String packaged, Path folder, int sqlPort, int httpPort) {
        String ini = packaged.replace("/var/lib/virtuoso-opensource-7/db/", folder.resolve("db") + "/");
        ini = set(ini, "Parameters", "ServerPort", Integer.toString(sqlPort));
        return set(ini, "HTTPServer", "ServerPort", "127.0.0.1:" + httpPort);
    }

    private static String set(String ini, String section, String key, String value) {
        Pattern pattern = Pattern.compile("(?ms)(^\\[" + section + "\\][^\\[]*?^" + key + "\\s*=)[^\\n;]*");
        Matcher matcher = pattern.matcher(ini);
        if (!matcher.find()) {
            throw new IllegalStateException("Virtuoso's packaged configuration has no " + key + " in [" + section + "]");
        }
        return matcher.replaceFirst(Matcher.quoteReplacement(matcher.group(1) + " " + value));
    }

    /** Runs SQL (several statements, each ending in {@code ;}) as {@code dba} with {@code isql-vt}. */
    String sql(String statements) {
        return ChildProcess.run("isql-vt", List.of(ISQL.toString(), Integer.toString(sqlPort), "dba", "dba",
                "exec=" + statements), folder, folder.resolve("isql.log"), Duration.ofMinutes(2));
    }

    private void awaitOnline() {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (true) {
            try {
                sql("select 1;");
                return;
            } catch (IllegalStateException e) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("Virtuoso did not come online:\n" + process.tail(3000), e);
                }
                ChildProcess.sleep(500);
            }
        }
    }

    @Override
    public String name() {
        return access == Access.OPEN ? "virtuoso" : "virtuoso-digest";
    }

    @Override
    public String origin() {
        return "http://127.0.0.1:" + httpPort;
    }

    String sparql() {
        return origin() + "/sparql";
    }

    @Override
    public Map<String, String> serviceSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("citynet.store.location", origin() + "/sparql");
        if (access == Access.OPEN) {
            settings.put("citynet.store.update-endpoint", origin() + "/sparql");
            settings.put("citynet.store.gsp-endpoint", origin() + "/sparql-graph-crud");
        } else {
            settings.put("citynet.store.update-endpoint", origin() + "/sparql-auth");
            settings.put("citynet.store.gsp-endpoint", origin() + "/sparql-graph-crud-auth");
            settings.put("citynet.store.username", USER);
            settings.put("citynet.store.password", PASSWORD);
        }
        return settings;
    }

    @Override
    public List<Path> logs() {
        return List.of(folder.resolve("db/virtuoso.log"), folder.resolve("virtuoso.out"));
    }

    @Override
    public void close() {
        try {
            process.close();
        } finally {
            ChildProcess.deleteTree(folder);
        }
    }
}
