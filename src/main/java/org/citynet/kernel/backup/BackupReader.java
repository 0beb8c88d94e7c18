package org.citynet.kernel.backup;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.apache.commons.codec.digest.DigestUtils;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.lang.StreamRDFCounting;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.citynet.kernel.load.LoadProblem;
import org.citynet.kernel.load.RecordingErrorHandler;

/**
 * Reads a backup file for a restore. {@link #verified} checks the file against its checksum file before
 * anything else; {@link #parseInto} then streams the gzipped N-Quads into a sink, refusing on the first
 * syntax error (with line and column) or a damaged gzip stream, and checks again that the bytes it parsed
 * are the ones verified, so a file replaced in the meantime is noticed. Holds no open resources.
 */
final class BackupReader {

    private static final int BUFFER = 1 << 16;
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{64}");

    private final Path file;
    private final String sha256;

    private BackupReader(Path file, String sha256) {
        this.file = file;
        this.sha256 = sha256;
    }

    /** @throws RestoreRefusedException if the file or its checksum file is missing, or they disagree */
    static BackupReader verified(Path backup) {
        Path file = backup.toAbsolutePath().normalize();
        try {
            if (!Files.isRegularFile(file)) {
                throw new RestoreRefusedException(List.of(file + ": no such backup file"));
            }
            String recorded = recorded(BackupWriter.checksumFile(file));
            String actual;
            try (InputStream in = Files.newInputStream(file)) {
                actual = DigestUtils.sha256Hex(in);
            }
            if (!actual.equals(recorded)) {
                throw new RestoreRefusedException(List.of(file + ": SHA-256 is " + actual + " but "
                        + BackupWriter.checksumFile(file).getFileName() + " records " + recorded
                        + "; the file is damaged or not the backup that was written"));
            }
            return new BackupReader(file, actual);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the backup " + file, e);
        }
    }

    /**
     * The hash recorded for {@code backup} in {@code checksumFile}: the first word of its first line.
     *
     * @throws RestoreRefusedException if the checksum file is missing or holds no SHA-256
     */
    private static String recorded(Path checksumFile) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(checksumFile, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new RestoreRefusedException(List.of(checksumFile + ": missing; a backup is only restored"
                    + " with the checksum file written beside it (create one with sha256sum if you trust the file)"));
        }
        String first = lines.isEmpty() ? "" : lines.get(0).strip().split("\\s+", 2)[0];
        if (!HEX.matcher(first).matches()) {
            throw new RestoreRefusedException(List.of(checksumFile + ": does not start with a SHA-256 in hex"));
        }
        return first.toLowerCase(Locale.ROOT);
    }

    Path file() {
        return file;
    }

    String sha256() {
        return sha256;
    }

    /** Parses the whole file without keeping anything: proves it can be restored. Returns the quad count. */
    long check() {
        return parseInto(StreamRDFLib.sinkNull());
    }

    /**
     * Streams every quad into {@code sink}; the caller decides what a refusal thrown half-way means (a
     * write transaction aborts).
     *
     * @return the number of quads and triples parsed
     * @throws RestoreRefusedException for a syntax error, a damaged gzip stream or a changed file
     */
    long parseInto(StreamRDF sink) {
        MessageDigest digest = DigestUtils.getSha256Digest();
        StreamRDFCounting counting = StreamRDFLib.count(sink);
        try (InputStream raw = new DigestInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER),
                digest)) {
            parse(gzip(raw), counting);
            // Read to the end, so the digest covers every byte even where gzip or the parser stopped early.
            raw.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the backup " + file, e);
        }
        if (!HexFormat.of().formatHex(digest.digest()).equals(sha256)) {
            throw new RestoreRefusedException(List.of(file + ": changed while it was being restored"));
        }
        return counting.count();
    }

    private GzipStream gzip(InputStream raw) {
        try {
            return new GzipStream(raw);
        } catch (IOException e) {
            throw new RestoreRefusedException(List.of(file + ": not a gzip stream (" + e + ")"), e);
        }
    }

    private void parse(GzipStream quads, StreamRDF sink) {
        RecordingErrorHandler errors = new RecordingErrorHandler(file.getFileName().toString());
        RuntimeException failure = null;
        try {
            RDFParser.source(quads).lang(Lang.NQUADS).errorHandler(errors).parse(sink);
        } catch (RiotParseException e) {
            if (!errors.sawFatal()) {
                errors.error(e.getOriginalMessage(), e.getLine(), e.getCol());
            }
        } catch (RuntimeException e) {
            failure = e;
        }
        // A damaged gzip stream comes first: the parser may report it as a syntax error at the cut, or not at all.
        if (quads.failure() != null) {
            throw new RestoreRefusedException(List.of(file + ": not a complete gzip stream ("
                    + quads.failure() + ")"), quads.failure());
        }
        if (errors.problems().stream().anyMatch(problem -> problem.severity() == LoadProblem.Severity.ERROR)) {
            throw refusal(errors);
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static RestoreRefusedException refusal(RecordingErrorHandler errors) {
        return new RestoreRefusedException(errors.problems().stream()
                .filter(problem -> problem.severity() == LoadProblem.Severity.ERROR)
                .map(LoadProblem::describe).distinct().toList());
    }

    /**
     * The decompressed backup, remembering the first I/O error: Jena's parser does not always pass it on,
     * and reports a cut stream as a syntax error or as a clean end. Closing it leaves the raw stream open,
     * so its digest can still be completed.
     */
    private static final class GzipStream extends FilterInputStream {
        private IOException failure;

        GzipStream(InputStream raw) throws IOException {
            super(new GZIPInputStream(new FilterInputStream(raw) {
                @Override
                public void close() {
                    // The caller closes the raw stream after reading it to the end.
                }
            }, BUFFER));
        }

        IOException failure() {
            return failure;
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            try {
                return super.read(buffer, offset, length);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        private IOException remember(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }
}
