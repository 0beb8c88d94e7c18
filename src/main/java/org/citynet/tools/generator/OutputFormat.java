package org.citynet.tools.generator;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;

/**
 * The file formats the generator writes, chosen by the output file's name: N-Quads ({@code .nq}, one
 * statement per line, what bulk loaders read fastest) or TriG ({@code .trig}, Jena's streaming "blocks"
 * layout with prefixes, for reading), each optionally gzipped ({@code .gz}). Both are written as a stream,
 * never held in memory. Java's gzip header carries no time stamp, so gzipped output is as reproducible as
 * plain output.
 */
public enum OutputFormat {
    NQUADS(".nq", RDFFormat.NQUADS_UTF8),
    TRIG(".trig", RDFFormat.TRIG_BLOCKS);

    private static final String GZIP = ".gz";

    private final String extension;
    private final RDFFormat format;

    OutputFormat(String extension, RDFFormat format) {
        this.extension = extension;
        this.format = format;
    }

    /** @throws IllegalArgumentException naming the accepted extensions if the name has none of them */
    public static OutputFormat of(Path file) {
        String name = baseName(file);
        for (OutputFormat candidate : values()) {
            if (name.endsWith(candidate.extension)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("Cannot tell the format of " + file.getFileName()
                + ": name it *.nq, *.nq.gz, *.trig or *.trig.gz");
    }

    static boolean gzipped(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(GZIP);
    }

    /** A writer onto {@code out}, gzipping if the file name asks for it; finishing the stream flushes it. */
    StreamRDF open(OutputStream out, boolean gzip) throws IOException {
        OutputStream target = gzip ? new GZIPOutputStream(out, 1 << 16) : out;
        StreamRDF writer = StreamRDFWriter.getWriterStream(target, format);
        return new FinishingStream(writer, target);
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(GZIP) ? name.substring(0, name.length() - GZIP.length()) : name;
    }
}
