package org.citynet.kernel.store;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.DatabaseConnection;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The one place that opens a store, from one configuration value:
 * <ul>
 *   <li>{@code mem} — a TDB2 dataset in memory (the same engine as on disk, gone at exit);</li>
 *   <li>{@code http://…} or {@code https://…} — a remote SPARQL 1.1 dataset;</li>
 *   <li>anything else — a TDB2 directory, relative to the project root, created if absent.</li>
 * </ul>
 * A TDB2 directory must be opened by exactly one {@code KnowledgeStore} in a JVM; everything else (the
 * embedded Fuseki, the services, the command line) goes through it.
 */
public final class StoreFactory {

    private StoreFactory() {
    }

    /**
     * @param location        see the class comment
     * @param root            base for a relative TDB2 directory
     * @param remoteOverrides endpoint URLs and credentials for a remote store (ignored for local ones)
     */
    public static KnowledgeStore open(String location, Path root, RemoteOptions remoteOverrides) {
        if (location.equals("mem")) {
            return new LocalKnowledgeStore(DatabaseMgr.createDatasetGraph(), "TDB2 in memory", () -> { });
        }
        if (isRemote(location)) {
            return new RemoteKnowledgeStore(new RemoteClient(remoteOverrides.endpointsFor(location),
                    remoteOverrides.protocol()));
        }
        return openDirectory(root.resolve(location));
    }

    /**
     * A TDB2 directory, created if absent: for the service's store and for tools that work on TDB2 itself
     * (the bulk loader). An incomplete last journal entry, left by a process killed during a commit, is cut
     * first ({@link JournalRepair}). Its node caches are sized to the heap ({@link NodeCaches}).
     *
     * @throws DamagedJournalException if the journal is damaged in a way that a killed commit does not explain
     */
    // Synchronized so that no other opening in this JVM takes TDB2's lock while the journal is being repaired.
    public static synchronized LocalKnowledgeStore openDirectory(Path location) {
        Path directory = location.toAbsolutePath().normalize();
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new IllegalArgumentException("Store location " + directory + " exists and is not a directory");
        }
        JournalRepair.beforeOpen(directory);
        DatasetGraph dataset = DatabaseConnection.connectCreate(Location.create(directory),
                NodeCaches.forHeap(Runtime.getRuntime().maxMemory())).getDatasetGraph();
        // expel, not just close: it releases TDB2's lock on the directory so a later open in this JVM works.
        return new LocalKnowledgeStore(dataset, "TDB2 at " + directory, () -> TDBInternal.expel(dataset));
    }

    /** True if {@code location} names a remote SPARQL dataset rather than a local store. */
    public static boolean isRemote(String location) {
        return location.startsWith("http://") || location.startsWith("https://");
    }

    /**
     * How to reach a remote store when its services are not all at the dataset URL, who to be, and how to talk
     * to it. Null fields mean "the dataset URL", "no authentication" and a Fuseki's habits.
     *
     * @param gspEndpoint the Graph Store Protocol URL; named, it is where loads {@code PUT} each graph
     * @param username    for HTTP Digest or Basic, whichever the store asks for
     * @param protocol    request forms, timeout parameter and caps ({@link RemoteProtocol#defaults})
     */
    public record RemoteOptions(String queryEndpoint, String updateEndpoint, String gspEndpoint,
                                String username, String password, RemoteProtocol protocol) {

        public static final RemoteOptions NONE = new RemoteOptions(null, null, null, null, null, null);

        public RemoteOptions {
            if ((username == null) != (password == null)) {
                throw new IllegalArgumentException("A remote store's username and password go together");
            }
            protocol = protocol == null ? RemoteProtocol.defaults(StoreKind.FUSEKI) : protocol;
        }

        /** With a Fuseki's habits. */
        public RemoteOptions(String queryEndpoint, String updateEndpoint, String gspEndpoint, String username,
                             String password) {
            this(queryEndpoint, updateEndpoint, gspEndpoint, username, password, null);
        }

        RemoteClient.RemoteEndpoints endpointsFor(String datasetUrl) {
            return new RemoteClient.RemoteEndpoints(orElse(queryEndpoint, datasetUrl),
                    orElse(updateEndpoint, datasetUrl), orElse(gspEndpoint, datasetUrl),
                    gspEndpoint != null && !gspEndpoint.isBlank(), username, password);
        }

        private static String orElse(String value, String fallback) {
            return value == null || value.isBlank() ? fallback : value;
        }
    }
}
