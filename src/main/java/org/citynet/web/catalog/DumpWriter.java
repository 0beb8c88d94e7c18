package org.citynet.web.catalog;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.apache.commons.codec.digest.DigestUtils;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.citynet.kernel.store.QueryRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes every quad of citynet's graphs, read once from one state of the data and checked complete against the
 * store's own count ({@link QueryRunner#sortedQuads}: one query in one read transaction locally, pages below
 * the cap of a remote store), into one gzip file per {@link DumpFormat}, all formats from the same read. A
 * read that comes out incomplete publishes nothing. Each file is written to a temporary name
 * in the target directory while its SHA-256 is computed, then moved atomically to its final name,
 * {@code citynet-<sha256><suffix>}: a reader never sees a half-written file, and a name always means the
 * same bytes. Stateless apart from its settings.
 */
final class DumpWriter {

    private static final Logger log = LoggerFactory.getLogger(DumpWriter.class);
    private static final PrefixMap PREFIXES = PrefixMapFactory.create(
            Templates.parse("dump-prefixes", "http://localhost/").getNsPrefixMap());

    private final QueryRunner runner;
    private final Duration timeout;
    private final Path directory;

    DumpWriter(QueryRunner runner, Duration timeout, Path directory) {
        this.runner = runner;
        this.timeout = timeout;
        this.directory = directory;
    }

    /** Writes one file per format; {@code created} becomes each dump's modification time. */
    Map<DumpFormat, Dump> write(Instant created) throws IOException {
        Map<DumpFormat, Output> outputs = new EnumMap<>(DumpFormat.class);
        try {
            for (DumpFormat format : DumpFormat.values()) {
                outputs.put(format, new Output(format, Files.createTempFile(directory, "citynet-", ".partial")));
            }
            outputs.values().forEach(Output::start);
            runner.sortedQuads(timeout, quad -> outputs.values().forEach(output -> output.rdf.quad(quad)));
            outputs.values().forEach(output -> output.rdf.finish());
            Map<DumpFormat, Dump> dumps = new EnumMap<>(DumpFormat.class);
            for (Output output : outputs.values()) {
                dumps.put(output.format, output.publish(created));
            }
            return dumps;
        } finally {
            for (Output output : outputs.values()) {
                output.discard();
            }
        }
    }

    /** One file being written: the RDF writer on top of gzip on top of the digest on top of the file. */
    private final class Output {

        private final DumpFormat format;
        private final Path temporary;
        private final MessageDigest digest;
        private final OutputStream gzip;
        private final StreamRDF rdf;
        private boolean closed;

        Output(DumpFormat format, Path temporary) throws IOException {
            this.format = format;
            this.temporary = temporary;
            this.digest = DigestUtils.getSha256Digest();
            // The digest sees the compressed bytes: the checksum is that of the file a client downloads.
            this.gzip = new GZIPOutputStream(new DigestOutputStream(
                    new BufferedOutputStream(Files.newOutputStream(temporary)), digest), 64 * 1024);
            this.rdf = StreamRDFWriter.getWriterStream(gzip, format.rdfFormat());
        }

        void start() {
            rdf.start();
            PREFIXES.forEach(rdf::prefix);
        }

        Dump publish(Instant created) throws IOException {
            gzip.close();
            closed = true;
            String sha256 = HexFormat.of().formatHex(digest.digest());
            Path target = directory.resolve("citynet-" + sha256 + format.suffix());
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return new Dump(format, target, sha256, Files.size(target), created);
        }

        /**
         * Removes the temporary file if it was not published (a failure on the way). Quiet, so that it never
         * hides the failure that brought it here.
         */
        void discard() {
            try {
                if (!closed) {
                    gzip.close();
                }
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                log.warn("Cannot remove the unfinished dump {}: {}", temporary, e.getMessage());
            }
        }
    }

}
