package org.citynet.tools.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OpenLink Virtuoso (Debian's {@code virtuoso-opensource}, installed with apt-get if missing) as a second
 * SPARQL store to compare with: a private instance on free loopback ports, its database, configuration and
 * data in one temporary folder under the work directory, loaded with the same N-Quads the service serves
 * (the service's own dump) by Virtuoso's bulk loader. Without a FROM clause Virtuoso's default graph is the
 * union of all graphs, as the service's is. {@link #close} stops it and deletes the folder.
 */
final class VirtuosoServer implements AutoCloseable {

    /**
     * Its caps on the rows of an answer and on the rows it sorts, told to the service over it as well: above
     * the largest answer the service reads (every city, 100,000 rows at the largest size), which at exactly
     * the cap would be taken for a cut one and refused.
     */
    static final long MAX_ROWS = 1_000_000;


    private static final Path PACKAGED_INI = Path.of("/etc/virtuoso-opensource-7/virtuoso.ini");
    private static final Duration LOAD = Duration.ofHours(2);

    private final Process process;
    private final Path folder;
    private final int sqlPort;
    private final int httpPort;
    private final ChildProcesses processes;

    private VirtuosoServer(Process process, Path folder, int sqlPort, int httpPort, ChildProcesses processes) {
        this.process = process;
        this.folder = folder;
        this.sqlPort = sqlPort;
        this.httpPort = httpPort;
        this.processes = processes;
    }

    /** Installs if needed, configures and starts; returns when it accepts SQL connections. */
    static VirtuosoServer start(ChildProcesses processes, Path work, String label) {
        install(processes);
        Path folder = work.resolve(label).resolve("virtuoso");
        StorePreparation.delete(folder);
        int sqlPort = ServiceProcess.freePort();
        int httpPort = ServiceProcess.freePort();
        try {
            Files.createDirectories(folder.resolve("db"));
            Files.createDirectories(folder.resolve("data"));
            Files.writeString(folder.resolve("virtuoso.ini"), configuration(Files.readString(PACKAGED_INI), folder,
                    sqlPort, httpPort));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write Virtuoso's configuration in " + folder, e);
        }
        Process process = processes.start(label + "-virtuoso", List.of("virtuoso-t", "+foreground", "+configfile",
                folder.resolve("virtuoso.ini").toString()), folder);
        VirtuosoServer server = new VirtuosoServer(process, folder, sqlPort, httpPort, processes);
        server.awaitOnline();
        return server;
    }

    String sparql() {
        return "http://127.0.0.1:" + httpPort + "/sparql";
    }

    /** Downloads the dump the service serves and bulk-loads it; returns the load's wall time. */
    Duration load(String dumpUrl, String label) {
        Path file = folder.resolve("data").resolve("citynet.nq.gz");
        download(dumpUrl, file);
        String script = "ld_dir('" + folder.resolve("data") + "', '*.nq.gz', 'https://w3id.org/citynet/graph/default');"
                + " rdf_loader_run(); checkpoint;"
                + " select count(*) from DB.DBA.LOAD_LIST where ll_error is not null;";
        ChildProcesses.Finished finished = processes.run(label + "-virtuoso-load",
                List.of("isql-vt", Integer.toString(sqlPort), "dba", "dba", "exec=" + script), folder, LOAD);
        Matcher errors = Pattern.compile("(?m)^\\s*(\\d+)\\s*$").matcher(finished.output());
        if (errors.find() && !errors.group(1).equals("0")) {
            throw new IllegalStateException("Virtuoso's loader reported errors; see " + finished.log());
        }
        return finished.wall();
    }

    /** Every path and both ports moved into {@code folder}; room for 16 clients; big enough buffers. */
    static String configuration(String packaged, Path folder, int sqlPort, int httpPort) {
        String ini = packaged.replace("/var/lib/virtuoso-opensource-7/db/", folder.resolve("db") + "/");
        ini = set(ini, "Parameters", "ServerPort", Integer.toString(sqlPort));
        ini = set(ini, "HTTPServer", "ServerPort", "127.0.0.1:" + httpPort);
        ini = set(ini, "Parameters", "DirsAllowed", "., " + folder.resolve("data") + ", /usr/share/virtuoso-opensource-7/vad");
        // About 2 GB of page buffers (Virtuoso's guidance: 85,000 buffers per GB), instead of the packaged 80 MB.
        ini = set(ini, "Parameters", "NumberOfBuffers", "170000");
        ini = set(ini, "Parameters", "MaxDirtyBuffers", "130000");
        ini = set(ini, "Parameters", "MaxClientConnections", "32");
        ini = set(ini, "HTTPServer", "MaxClientConnections", "32");
        ini = set(ini, "HTTPServer", "ServerThreads", "32");
        ini = set(ini, "SPARQL", "ResultSetMaxRows", Long.toString(MAX_ROWS));
        // As the conformance suite's Virtuoso: its cost estimate refuses, before they run, queries it would
        // answer in milliseconds (2,317 s estimated for a 5 ms UNION at 100k cities).
        ini = set(ini, "SPARQL", "MaxQueryCostEstimationTime", "3600");
        // The direct queries ask for up to 10,001 rows (the service's cap plus one), sorted; Virtuoso's default
        // refuses to sort more than 10,000.
        ini = ini.replaceFirst("(?m)^\\[Parameters\\]\\s*$", "[Parameters]\nMaxSortedTopRows = " + MAX_ROWS);
        return ini;
    }

    /** Replaces {@code key = value} inside {@code [section]} (the same key appears in several sections). */
    private static String set(String ini, String section, String key, String value) {
        Pattern pattern = Pattern.compile("(?ms)(^\\[" + section + "\\][^\\[]*?^" + key + "\\s*=)[^\\n;]*");
        Matcher matcher = pattern.matcher(ini);
        if (!matcher.find()) {
            throw new IllegalStateException("Virtuoso's packaged configuration has no " + key + " in [" + section + "]");
        }
        return matcher.replaceFirst(Matcher.quoteReplacement(matcher.group(1) + " " + value));
    }

    private static void install(ChildProcesses processes) {
        if (Files.isExecutable(Path.of("/usr/bin/virtuoso-t")) && Files.isExecutable(Path.of("/usr/bin/isql-vt"))) {
            return;
        }
        processes.run("virtuoso-install", List.of("sh", "-c", "apt-get update -q && DEBIAN_FRONTEND=noninteractive"
                + " apt-get install -y -q virtuoso-opensource"), Path.of("/"), Duration.ofMinutes(20));
    }

    private void awaitOnline() {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (true) {
            try {
                processes.run("virtuoso-ping", List.of("isql-vt", Integer.toString(sqlPort), "dba", "dba",
                        "exec=select 1;"), folder, Duration.ofSeconds(30));
                return;
            } catch (IllegalStateException e) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    close();
                    throw new IllegalStateException("Virtuoso did not come online; see its log", e);
                }
                ServiceProcess.sleep(1000);
            }
        }
    }

    private static void download(String url, Path file) {
        try {
            HttpResponse<Path> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofMinutes(30)).build(), HttpResponse.BodyHandlers.ofFile(file));
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + url + " answered " + response.statusCode());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot download " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        ChildProcesses.stop(process);
        StorePreparation.delete(folder);
    }
}
