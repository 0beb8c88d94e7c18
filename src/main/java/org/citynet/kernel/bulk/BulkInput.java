package org.citynet.kernel.bulk;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import org.apache.commons.codec.digest.DigestUtils;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.citynet.kernel.load.LoadException;
import org.citynet.kernel.load.LoadProblem;
import org.citynet.kernel.load.RecordingErrorHandler;

/**
 * One file to bulk-load: its syntax (from the name; {@code .gz} is unpacked on the fly) and the SHA-256 of
 * its bytes, computed while it is parsed so that the file is read once. Parsing stops at the first syntax
 * error or warning (the data must be clean, as for the normal loader) and reports it with file, line and
 * column.
 *
 * @param path the file
 * @param name the name used in messages (as given on the command line)
 * @param lang its RDF syntax
 */
record BulkInput(Path path, String name, Lang lang) {

    private static final String GZIP = ".gz";

    /** @throws LoadException if the file is missing, unreadable or of no known RDF syntax */
    static BulkInput of(Path path) {
        String name = path.toString().replace('\\', '/');
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new LoadException(List.of(LoadProblem.io(name, "no such readable file")));
        }
        String fileName = path.getFileName().toString().toLowerCase(Locale.ROOT);
        String unpacked = fileName.endsWith(GZIP) ? fileName.substring(0, fileName.length() - GZIP.length()) : fileName;
        Lang lang = RDFLanguages.filenameToLang(unpacked);
        if (lang == null || !RDFLanguages.isTriples(lang) && !RDFLanguages.isQuads(lang)) {
            throw new LoadException(List.of(LoadProblem.structure(name, "not a known RDF file type")));
        }
        return new BulkInput(path, name, lang);
    }

    /**
     * The name recorded in the manifest and the content hash: the file's own name without its folder, so
     * that the same file loaded from another place records the same.
     */
    String fileName() {
        return path.getFileName().toString();
    }

    boolean gzipped() {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(GZIP);
    }

    /**
     * Parses the file into {@code sink} (without starting or finishing it).
     *
     * @return lower-case hex SHA-256 of the file's bytes as stored (compressed, if it is)
     * @throws LoadException for the first syntax problem, with its line and column, or an I/O error
     */
    String parseInto(StreamRDF sink) {
        MessageDigest digest = DigestUtils.getSha256Digest();
        FailFast errors = new FailFast(new RecordingErrorHandler(name));
        try (InputStream raw = new DigestInputStream(new BufferedInputStream(Files.newInputStream(path), 1 << 16),
                digest); InputStream in = gzipped() ? new GZIPInputStream(raw, 1 << 16) : raw) {
            // The parser closes what it reads; the shield keeps the file open for draining below.
            RDFParser.source(new FilterInputStream(in) {
                @Override
                public void close() {
                }
            }).lang(lang).base(path.toUri().toString()).errorHandler(errors).parse(sink);
            // Drain what the parser did not read (a trailing newline), so the hash covers the whole file.
            raw.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (RiotParseException e) {
            throw errors.problem(e.getOriginalMessage(), e.getLine(), e.getCol());
        } catch (RiotException e) {
            throw errors.problem(e.getMessage(), -1, -1);
        } catch (IOException e) {
            throw new LoadException(List.of(LoadProblem.io(name, e.toString())), e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Records like the normal loader, but turns warnings into errors that stop the parse at once. Only the
     * first problem is kept: the parser may report the error it stopped at once more on its way out.
     */
    private static final class FailFast implements ErrorHandler {

        private final RecordingErrorHandler recorded;

        FailFast(RecordingErrorHandler recorded) {
            this.recorded = recorded;
        }

        @Override
        public void warning(String message, long line, long column) {
            if (recorded.problems().isEmpty()) {
                recorded.warning(message, line, column);
            }
            throw new RiotParseException(message, line, column);
        }

        @Override
        public void error(String message, long line, long column) {
            fatal(message, line, column);
        }

        @Override
        public void fatal(String message, long line, long column) {
            if (recorded.problems().isEmpty()) {
                recorded.error(message, line, column);
            }
            throw new RiotParseException(message, line, column);
        }

        /** The recorded problem, or one made from the exception if the handler never saw it. */
        LoadException problem(String message, long line, long column) {
            if (recorded.problems().isEmpty()) {
                recorded.error(message, line, column);
            }
            return new LoadException(recorded.problems());
        }
    }
}
