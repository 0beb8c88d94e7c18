package org.citynet.web.catalog;

import java.util.Arrays;
import java.util.Optional;

import org.apache.jena.riot.RDFFormat;

/**
 * The formats the whole store is dumped in, each a gzip-compressed file served under {@code /dumps/}.
 * TriG is written in blocks (one per graph, streamed) rather than pretty-printed, so a dump never needs
 * the whole store in memory at once.
 */
enum DumpFormat {

    NQUADS("citynet.nq.gz", ".nq.gz", RDFFormat.NQUADS),
    TRIG("citynet.trig.gz", ".trig.gz", RDFFormat.TRIG_BLOCKS);

    private final String fileName;
    private final String suffix;
    private final RDFFormat rdfFormat;

    DumpFormat(String fileName, String suffix, RDFFormat rdfFormat) {
        this.fileName = fileName;
        this.suffix = suffix;
        this.rdfFormat = rdfFormat;
    }

    /** The name it is downloaded as, e.g. {@code citynet.nq.gz}. */
    String fileName() {
        return fileName;
    }

    /** Its path relative to the service's public address, e.g. {@code dumps/citynet.nq.gz}. */
    String path() {
        return "dumps/" + fileName;
    }

    /** The end of the stored file's name, after its checksum. */
    String suffix() {
        return suffix;
    }

    RDFFormat rdfFormat() {
        return rdfFormat;
    }

    static Optional<DumpFormat> byFileName(String name) {
        return Arrays.stream(values()).filter(format -> format.fileName.equals(name)).findFirst();
    }
}
