package org.citynet.kernel.backup;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;

import org.apache.commons.codec.digest.DigestUtils;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;

/**
 * Writes a backup file atomically: gzipped N-Quads go to a hidden temporary file beside the target, which
 * is forced to disk and then moved over the target in one rename, so nobody ever sees half a backup. The
 * checksum file {@code FILE.sha256} (the format {@code sha256sum -c} reads) follows the same way, after the
 * backup: if the process dies between the two renames, the new backup stands beside the old checksum,
 * which restore refuses rather than restoring anything wrongly. One instance per backup; not reusable.
 */
final class BackupWriter {

    private static final int BUFFER = 1 << 16;

    private BackupWriter() {
    }

    /** The checksum file that goes with a backup file. */
    static Path checksumFile(Path backup) {
        return backup.resolveSibling(backup.getFileName() + ".sha256");
    }

    /**
     * @param producer sends every quad of the snapshot to the stream it is given and says how the snapshot
     *                 was taken; returns only when done
     * @throws UncheckedIOException if the file cannot be written; the target is then untouched
     */
    static BackupSummary write(Path out, Function<StreamRDF, String> producer) {
        Path target = out.toAbsolutePath().normalize();
        Path temp = null;
        String snapshot;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".partial");
            MessageDigest sha256 = DigestUtils.getSha256Digest();
            Counter counter = new Counter();
            try (OutputStream file = Files.newOutputStream(temp);
                 GZIPOutputStream gzip = new GZIPOutputStream(
                         new DigestOutputStream(new BufferedOutputStream(file, BUFFER), sha256), BUFFER)) {
                StreamRDF writer = StreamRDFWriter.getWriterStream(gzip, RDFFormat.NQUADS_UTF8);
                StreamRDF counting = counter.around(writer);
                counting.start();
                snapshot = producer.apply(counting);
                counting.finish();
            }
            String hex = HexFormat.of().formatHex(sha256.digest());
            moveIntoPlace(temp, target);
            temp = null;
            Path checksum = checksumFile(target);
            writeChecksum(checksum, hex, target.getFileName().toString());
            return new BackupSummary(target, checksum, counter.quads, counter.graphs.size(), hex, snapshot);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the backup " + target, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void writeChecksum(Path checksum, String hex, String backupName) throws IOException {
        Path temp = Files.createTempFile(checksum.getParent(), "." + checksum.getFileName(), ".partial");
        try {
            // Two spaces: sha256sum's text-mode line, so "sha256sum -c FILE.sha256" checks the backup.
            Files.writeString(temp, hex + "  " + backupName + "\n", StandardCharsets.UTF_8);
            moveIntoPlace(temp, checksum);
            temp = null;
        } finally {
            deleteQuietly(temp);
        }
    }

    // Forced to disk before the rename: otherwise a machine crash could leave the new name on empty blocks.
    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // Only a leftover hidden file; the error that brought us here matters more.
            }
        }
    }

    /** Counts what passes through to the writer. */
    private static final class Counter {
        private long quads;
        private final Set<Node> graphs = new HashSet<>();

        StreamRDF around(StreamRDF writer) {
            return new StreamRDFWrapper(writer) {
                @Override
                public void triple(Triple triple) {
                    quads++;
                    super.triple(triple);
                }

                @Override
                public void quad(Quad quad) {
                    quads++;
                    if (!quad.isDefaultGraph()) {
                        graphs.add(quad.getGraph());
                    }
                    super.quad(quad);
                }
            };
        }
    }
}
