package org.citynet.kernel.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;

/**
 * The current {@link DataVersion}: the store's generation with the load manifest's content hash and
 * {@code cn:loadedAt}. The manifest is read again only when the store's {@linkplain KnowledgeStore#changeStamp()
 * change stamp} moves. For a remote store, which other processes may write, the stamp is read from the store
 * every time, and is the store's own version stamp: every replica then gives the same version, ETag and
 * Last-Modified for the same data. On a local store a write that did not come from the loader (a SPARQL update)
 * leaves the manifest as it was, so its time is the moment this service first saw the new generation.
 *
 * <p>A request reads the version once: {@link #pin()} at its start (the service's first filter) makes every
 * {@link #current()} on that thread give the same version until {@link #unpin()}, and the stamp read with it
 * {@link QueryRunner#requestStamp()}, so one request costs one read of a remote stamp, and its ETag,
 * Last-Modified, cached answer and the values kept per data version it reads all describe one version.
 * Thread-safe; one per application.
 */
public class DataVersions {

    private static final Query MANIFEST = SparqlFiles.load("store", "last-load");

    private final KnowledgeStore store;
    private final QueryRunner runner;
    private final Duration timeout;
    private final Clock clock;
    private final Instant servedSince;
    private volatile Known current;
    private final ThreadLocal<DataVersion> pinned = new ThreadLocal<>();

    public DataVersions(KnowledgeStore store, QueryRunner runner, Duration timeout) {
        this(store, runner, timeout, Clock.systemUTC());
    }

    DataVersions(KnowledgeStore store, QueryRunner runner, Duration timeout, Clock clock) {
        this.store = store;
        this.runner = runner;
        this.timeout = timeout;
        this.clock = clock;
        this.servedSince = clock.instant();
    }

    /** A version with the stamp it was made under. */
    private record Known(String stamp, DataVersion version) {
    }

    /** The version this thread's request pinned, else the store's version now. */
    public DataVersion current() {
        DataVersion version = pinned.get();
        return version != null ? version : read();
    }

    /** Reads the version now and keeps it for this thread until {@link #unpin()}: call at a request's start. */
    public DataVersion pin() {
        ChangeStamp stamp = store.changeStamp();
        DataVersion version = read(stamp);
        pinned.set(version);
        runner.pin(stamp.value());
        return version;
    }

    public void unpin() {
        pinned.remove();
        runner.unpin();
    }

    private DataVersion read() {
        return read(store.changeStamp());
    }

    private DataVersion read(ChangeStamp stamp) {
        // The stamp and generation are read before the data: a write that commits in between makes this version
        // look older than the data read under it, so the next request recomputes; it never labels old data new.
        // The stamp first: reading a remote store's stamp is what advances its generation.
        long generation = runner.dataGeneration();
        Known known = current;
        if (known != null && known.stamp().equals(stamp.value())) {
            return known.version();
        }
        Manifest manifest = readManifest();
        synchronized (this) {
            known = current;
            DataVersion version = known == null ? null : known.version();
            boolean newStamp = stamp.shared() && (version == null || !stamp.value().equals(version.sharedStamp()));
            if (version == null || generation > version.generation() || newStamp
                    || generation == version.generation() && !manifest.matches(version)) {
                current = new Known(stamp.value(), next(generation, manifest, version, stamp));
            } else if (!known.stamp().equals(stamp.value())) {
                current = new Known(stamp.value(), version);
            }
            return current.version();
        }
    }
    /** What the load manifest records; {@code loadedAt} null if it does not say or is unreadable. */
    private record Manifest(String contentHash, Instant loadedAt) {
        boolean matches(DataVersion version) {
            return contentHash.equals(version.contentHash()) && Objects.equals(loadedAt, version.loadedAt());
        }
    }

    private Manifest readManifest() {
        return runner.select(MANIFEST, Map.of(), timeout, row -> new Manifest(lexical(row, "hash"),
                parse(lexical(row, "loadedAt")))).stream().findFirst().orElse(new Manifest("", null));
    }

    private DataVersion next(long generation, Manifest manifest, DataVersion previous, ChangeStamp stamp) {
        Instant loadedAt = manifest.loadedAt();
        Instant now = clock.instant();
        if (stamp.shared()) {
            // The store says when its data last changed: the same in every replica.
            Instant changed = stamp.changedAt() != null ? stamp.changedAt() : loadedAt != null ? loadedAt : servedSince;
            Instant lastModified = changed.isAfter(now) ? now : changed;
            return new DataVersion(generation, manifest.contentHash(), loadedAt,
                    lastModified.truncatedTo(ChronoUnit.SECONDS), servedSince, stamp.value());
        }
        // A new load dates the data; the same manifest under a new generation means a write beside the loader.
        boolean newLoad = loadedAt != null && (previous == null || !Objects.equals(previous.loadedAt(), loadedAt));
        Instant lastModified = newLoad && !loadedAt.isAfter(now) ? loadedAt : now;
        if (previous == null && generation == 0) {
            // Nothing written by this process: writes of an earlier run may have followed the load unseen.
            lastModified = loadedAt != null && loadedAt.isAfter(servedSince) ? lastModified : servedSince;
        }
        return new DataVersion(generation, manifest.contentHash(), loadedAt,
                lastModified.truncatedTo(ChronoUnit.SECONDS), servedSince);
    }

    private static String lexical(QuerySolution row, String variable) {
        RDFNode node = row.get(variable);
        return node != null && node.isLiteral() ? node.asLiteral().getLexicalForm() : null;
    }

    private static Instant parse(String dateTime) {
        try {
            return dateTime == null ? null : Instant.parse(dateTime);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
