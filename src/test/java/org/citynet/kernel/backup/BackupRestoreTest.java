package org.citynet.kernel.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.citynet.kernel.load.KnowledgeGraphFiles;
import org.citynet.kernel.load.KnowledgeGraphLoader;
import org.citynet.kernel.load.LoadRecord;
import org.citynet.kernel.load.LoaderFixtures;
import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.kernel.store.StoreFactory;
import org.citynet.kernel.store.StoreInitializer;
import org.citynet.kernel.store.StoreStartup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backup and restore on real TDB2 directories opened by {@link StoreFactory}, with the repository's own
 * knowledge graph loaded by the real loader: the round trip gives back every graph and the manifest (so
 * the service would reuse the restored store), and every damaged backup is refused without touching the
 * target.
 */
class BackupRestoreTest {

    /** Maven runs tests in the project folder, which holds ontology/ and data/. */
    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @TempDir
    Path temp;

    private KnowledgeStore source;
    private StoreSnapshot sourceData;
    private Path backup;

    @BeforeEach
    void loadAndBackUpTheRealData() {
        source = open("source");
        new KnowledgeGraphLoader().load(KnowledgeGraphFiles.fromRoot(PROJECT), source.loadTarget());
        sourceData = StoreSnapshot.of(source);
        backup = temp.resolve("backups/citynet.nq.gz");
    }

    @AfterEach
    void close() {
        source.close();
    }

    @Test
    void backupWritesEveryQuadGzippedWithAChecksumFileSha256sumCanRead() throws IOException {
        BackupSummary summary = StoreBackup.backup(source, backup);

        assertThat(summary.file()).isEqualTo(backup.toAbsolutePath());
        assertThat(summary.quads()).isEqualTo(sourceData.quads()).isGreaterThan(2000);
        assertThat(summary.graphs()).isEqualTo(sourceData.graphs().size());
        assertThat(summary.sha256()).isEqualTo(sha256(backup));
        assertThat(Files.readString(summary.checksum()))
                .isEqualTo(summary.sha256() + "  citynet.nq.gz\n");
        assertThat(summary.snapshot()).startsWith("one read transaction on TDB2 at ");
        DatasetGraph parsed = DatasetGraphFactory.create();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(backup))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(parsed);
        }
        StoreSnapshot.of(parsed).assertSameAs(sourceData);
        try (var files = Files.list(backup.getParent())) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .as("no temporary file left behind")
                    .containsExactlyInAnyOrder("citynet.nq.gz", "citynet.nq.gz.sha256");
        }
    }

    @Test
    void restoreIntoAFreshDirectoryGivesBackEveryGraphAndTheManifestSoTheServiceReusesIt() {
        StoreBackup.backup(source, backup);
        LoadRecord manifest = source.loadTarget().lastLoad().orElseThrow();
        source.close();

        try (KnowledgeStore restored = open("restored")) {
            RestoreSummary summary = StoreRestore.restore(restored, backup, false);

            assertThat(summary.quads()).isEqualTo(sourceData.quads());
            assertThat(summary.replaced()).isFalse();
            StoreSnapshot.of(restored).assertSameAs(sourceData);
            assertThat(restored.loadTarget().lastLoad()).contains(manifest);
            long generation = restored.generation();
            StoreStartup startup = new StoreInitializer(new KnowledgeGraphLoader())
                    .ensureLoaded(restored, KnowledgeGraphFiles.fromRoot(PROJECT), false);
            assertThat(startup.outcome()).isEqualTo(StoreInitializer.Outcome.REUSED);
            assertThat(restored.generation()).as("no load written").isEqualTo(generation);
        }
    }

    @Test
    void aStoreThatHoldsDataIsOnlyReplacedWhenForced() {
        StoreBackup.backup(source, backup);
        try (KnowledgeStore target = open("target")) {
            new KnowledgeGraphLoader().load(LoaderFixtures.good(), target.loadTarget());
            StoreSnapshot before = StoreSnapshot.of(target);

            assertThatThrownBy(() -> StoreRestore.restore(target, backup, false))
                    .isInstanceOf(RestoreRefusedException.class)
                    .hasMessageContaining("is not empty").hasMessageContaining("--force");
            StoreSnapshot.of(target).assertSameAs(before);

            RestoreSummary summary = StoreRestore.restore(target, backup, true);
            assertThat(summary.replaced()).isTrue();
            StoreSnapshot.of(target).assertSameAs(sourceData);
        }
    }

    @Test
    void aBackupWithAFlippedByteIsRefusedAndTheTargetIsUnchanged() throws IOException {
        StoreBackup.backup(source, backup);
        byte[] bytes = Files.readAllBytes(backup);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(backup, bytes);

        assertRefusedLeavingTargetUnchanged("SHA-256 is " + sha256(backup) + " but citynet.nq.gz.sha256 records");
    }

    @Test
    void aTruncatedBackupIsRefusedByItsChecksum() throws IOException {
        StoreBackup.backup(source, backup);
        truncate(backup);

        assertRefusedLeavingTargetUnchanged("the file is damaged or not the backup that was written");
    }

    @Test
    void aTruncatedGzipStreamIsRefusedEvenWithAMatchingChecksum() throws IOException {
        StoreBackup.backup(source, backup);
        truncate(backup);
        writeChecksum(backup);

        assertRefusedLeavingTargetUnchanged("not a complete gzip stream");
    }

    @Test
    void aSyntaxErrorIsRefusedWithLineAndColumnBeforeAnythingChanges() throws IOException {
        Files.createDirectories(backup.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(backup))) {
            out.write("""
                    <https://example.org/s> <https://example.org/p> "one" <https://example.org/g> .
                    <https://example.org/s> <https://example.org/p> "two" <https://example.org/g>
                    """.getBytes(StandardCharsets.UTF_8));
        }
        writeChecksum(backup);

        assertRefusedLeavingTargetUnchanged("citynet.nq.gz:3:");
    }

    @Test
    void aBackupWithoutItsChecksumFileIsRefused() throws IOException {
        StoreBackup.backup(source, backup);
        Files.delete(BackupWriter.checksumFile(backup));

        assertRefusedLeavingTargetUnchanged("citynet.nq.gz.sha256: missing");
    }

    /** Forced, so only the backup itself can be the reason for the refusal. */
    private void assertRefusedLeavingTargetUnchanged(String reason) {
        try (KnowledgeStore target = open("target")) {
            new KnowledgeGraphLoader().load(LoaderFixtures.good(), target.loadTarget());
            StoreSnapshot before = StoreSnapshot.of(target);
            long generation = target.generation();

            assertThatThrownBy(() -> StoreRestore.restore(target, backup, true))
                    .isInstanceOf(RestoreRefusedException.class)
                    .hasMessageContaining(reason);

            StoreSnapshot.of(target).assertSameAs(before);
            assertThat(target.generation()).as("no write transaction committed").isEqualTo(generation);
        }
    }

    private KnowledgeStore open(String directory) {
        return StoreFactory.open(temp.resolve(directory).toString(), temp, StoreFactory.RemoteOptions.NONE);
    }

    private static void truncate(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - bytes.length / 3));
    }

    private static void writeChecksum(Path file) throws IOException {
        Files.writeString(BackupWriter.checksumFile(file), sha256(file) + "  " + file.getFileName() + "\n");
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
