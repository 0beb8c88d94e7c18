package org.citynet.kernel.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.apache.jena.rdfconnection.RDFConnection;
import org.citynet.kernel.load.KnowledgeGraphFiles;
import org.citynet.kernel.load.KnowledgeGraphLoader;
import org.citynet.kernel.load.LoadRecord;
import org.citynet.support.ForwardingStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data version over a real store loaded with the real files by the real loader. */
class DataVersionsTest {

    private static final Instant LOADED = Instant.parse("2026-01-02T03:04:05.678Z");
    private static final Instant NOW = Instant.parse("2026-02-03T04:05:06.789Z");
    private static final Instant RESTARTED = Instant.parse("2026-03-04T05:06:07.890Z");

    private final KnowledgeGraphFiles files = KnowledgeGraphFiles.fromRoot(Path.of(""));
    private KnowledgeStore store;
    private DataVersions versions;

    @BeforeEach
    void load() {
        store = StoreFactory.open("mem", Path.of(""), StoreFactory.RemoteOptions.NONE);
        new KnowledgeGraphLoader(Clock.fixed(LOADED, ZoneOffset.UTC)).load(files, store.loadTarget());
        versions = versions(store, NOW);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aLoadIsDatedByItsManifest() {
        DataVersion version = versions.current();
        assertThat(version.contentHash()).isEqualTo(files.contentHash());
        assertThat(version.loadedAt()).isEqualTo(LOADED.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertThat(version.lastModified()).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
        assertThat(version.etag("ttl")).startsWith("\"" + files.contentHash().substring(0, 16)).endsWith("-ttl\"");
        assertThat(versions.current()).isSameAs(version);
    }

    @Test
    void aWriteBesideTheLoaderIsDatedWhenFirstSeen() {
        DataVersion loaded = versions.current();
        write(store, "a");
        DataVersion written = versions.current();
        assertThat(written.generation()).isGreaterThan(loaded.generation());
        assertThat(written.loadedAt()).isEqualTo(loaded.loadedAt());
        assertThat(written.lastModified()).isEqualTo(Instant.parse("2026-02-03T04:05:06Z"));
        assertThat(written.etag("ttl")).isNotEqualTo(loaded.etag("ttl"));
    }

    @Test
    void aRequestReadsTheStampOnceAtItsStartAndValuesKeptPerVersionAreKeyedOnIt() {
        QueryRunner runner = new QueryRunner(store);
        DataVersions request = new DataVersions(store, runner, Duration.ofSeconds(10), Clock.fixed(NOW, ZoneOffset.UTC));
        String before = runner.changeStamp();
        request.pin();
        try {
            write(store, "c");
            assertThat(runner.changeStamp()).isNotEqualTo(before);
            assertThat(runner.requestStamp()).isEqualTo(before);
        } finally {
            request.unpin();
        }
        assertThat(runner.requestStamp()).isEqualTo(runner.changeStamp()).isNotEqualTo(before);
    }

    @Test
    void differentRepresentationsHaveDifferentTags() {
        DataVersion version = versions.current();
        assertThat(version.etag("ttl")).isNotEqualTo(version.etag("html-1"));
    }

    @Test
    void aStoreReusedAfterARestartNeverRepeatsATagOfTheRunBefore(@TempDir Path tdb) {
        try (KnowledgeStore first = StoreFactory.open(tdb.toString(), Path.of(""), StoreFactory.RemoteOptions.NONE)) {
            new KnowledgeGraphLoader(Clock.fixed(LOADED, ZoneOffset.UTC)).load(files, first.loadTarget());
        }
        String seenBeforeTheWrite;
        try (KnowledgeStore reused = StoreFactory.open(tdb.toString(), Path.of(""), StoreFactory.RemoteOptions.NONE)) {
            DataVersions run = versions(reused, NOW);
            seenBeforeTheWrite = run.current().etag("ttl");
            write(reused, "b");
            assertThat(run.current().etag("ttl")).isNotEqualTo(seenBeforeTheWrite);
        }
        try (KnowledgeStore reusedAgain = StoreFactory.open(tdb.toString(), Path.of(""),
                StoreFactory.RemoteOptions.NONE)) {
            DataVersion afterRestart = versions(reusedAgain, RESTARTED).current();
            assertThat(afterRestart.generation()).as("the generation starts again").isZero();
            assertThat(afterRestart.etag("ttl")).isNotEqualTo(seenBeforeTheWrite);
            // The write of the run before may have followed the load: not dated earlier than this start.
            assertThat(afterRestart.lastModified()).isEqualTo(Instant.parse("2026-03-04T05:06:07Z"));
        }
    }

    @Test
    void aRemoteStoreReloadedByAnotherProcessGetsANewVersionWithoutANewGeneration() {
        KnowledgeStore remote = seenFromAfar(store);
        DataVersions overHttp = versions(remote, NOW);
        DataVersion before = overHttp.current();
        assertThat(overHttp.current()).isSameAs(before);
        Instant reloaded = LOADED.plusSeconds(60);
        new KnowledgeGraphLoader(Clock.fixed(reloaded, ZoneOffset.UTC)).load(files, store.loadTarget());
        DataVersion after = overHttp.current();
        assertThat(after.generation()).isEqualTo(before.generation());
        assertThat(after.loadedAt()).isEqualTo(reloaded.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertThat(after.etag("ttl")).isNotEqualTo(before.etag("ttl"));
    }

    @Test
    void replicasOfOneSharedStoreGiveTheSameTagForTheSameData() {
        KnowledgeStore remote = seenFromAfar(store);
        DataVersion one = versions(remote, NOW).current();
        DataVersion other = versions(remote, NOW.plusSeconds(3600)).current();
        assertThat(other.etag("ttl")).isEqualTo(one.etag("ttl"));
        assertThat(other.lastModified()).isEqualTo(one.lastModified());

        new KnowledgeGraphLoader(Clock.fixed(LOADED.plusSeconds(60), ZoneOffset.UTC)).load(files, store.loadTarget());
        assertThat(versions(remote, NOW).current().etag("ttl")).isNotEqualTo(one.etag("ttl"));
    }

    @Test
    void aPinnedVersionLastsUntilUnpinned() {
        DataVersions versions = versions(store, NOW);
        DataVersion pinned = versions.pin();
        write(store, "during-the-request");
        assertThat(versions.current()).isSameAs(pinned);
        versions.unpin();
        assertThat(versions.current().generation()).isGreaterThan(pinned.generation());
    }

    private static DataVersions versions(KnowledgeStore store, Instant now) {
        return new DataVersions(store, new QueryRunner(store), Duration.ofSeconds(10), Clock.fixed(now, ZoneOffset.UTC));
    }

    private static void write(KnowledgeStore store, String name) {
        try (RDFConnection connection = store.connect()) {
            connection.update("INSERT DATA { GRAPH <urn:x:g> { <urn:x:" + name + "> <urn:x:b> <urn:x:c> } }");
        }
    }

    /**
     * The store as a remote one looks: a generation that writes of others never move, and a change stamp
     * read from the store's manifest on every call, as {@link RemoteKnowledgeStore#changeStamp()} does.
     */
    private static KnowledgeStore seenFromAfar(KnowledgeStore store) {
        return new ForwardingStore(store) {
            @Override
            public long generation() {
                return 0;
            }

            @Override
            public ChangeStamp changeStamp() {
                return new ChangeStamp(store.loadTarget().lastLoad().map(LoadRecord::toString).orElse(""), null, true);
            }

            @Override
            public String description() {
                return "the same store, as if remote";
            }

            @Override
            public void close() {
            }
        };
    }
}
