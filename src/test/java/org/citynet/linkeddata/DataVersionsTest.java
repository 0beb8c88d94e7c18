package org.citynet.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.apache.jena.rdfconnection.RDFConnection;
import org.citynet.sparql.QueryRunner;
import org.citynet.store.KnowledgeGraphFiles;
import org.citynet.store.KnowledgeGraphLoader;
import org.citynet.store.KnowledgeStore;
import org.citynet.store.StoreFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The data version over a real in-memory store loaded with the real files by the real loader. */
class DataVersionsTest {

    private static final Instant LOADED = Instant.parse("2026-01-02T03:04:05.678Z");
    private static final Instant NOW = Instant.parse("2026-02-03T04:05:06.789Z");

    private final KnowledgeGraphFiles files = KnowledgeGraphFiles.fromRoot(Path.of(""));
    private KnowledgeStore store;
    private DataVersions versions;

    @BeforeEach
    void load() {
        store = StoreFactory.open("mem", Path.of(""), StoreFactory.RemoteOptions.NONE);
        new KnowledgeGraphLoader(Clock.fixed(LOADED, ZoneOffset.UTC)).load(files, store.loadTarget());
        versions = new DataVersions(new QueryRunner(store), Duration.ofSeconds(10), Clock.fixed(NOW, ZoneOffset.UTC));
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
        try (RDFConnection connection = store.connect()) {
            connection.update("INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:b> <urn:x:c> } }");
        }
        DataVersion written = versions.current();
        assertThat(written.generation()).isGreaterThan(loaded.generation());
        assertThat(written.loadedAt()).isEqualTo(loaded.loadedAt());
        assertThat(written.lastModified()).isEqualTo(Instant.parse("2026-02-03T04:05:06Z"));
        assertThat(written.etag("ttl")).isNotEqualTo(loaded.etag("ttl"));
    }

    @Test
    void differentRepresentationsHaveDifferentTags() {
        DataVersion version = versions.current();
        assertThat(version.etag("ttl")).isNotEqualTo(version.etag("html-1"));
    }
}
