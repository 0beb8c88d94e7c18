package org.citynet.tools.generator;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;

/**
 * A writer stream that, when finished, also finishes its output (writing a gzip trailer where there is
 * one) without closing the file underneath, which its owner closes.
 */
final class FinishingStream extends StreamRDFWrapper {

    private final OutputStream target;

    FinishingStream(StreamRDF writer, OutputStream target) {
        super(writer);
        this.target = target;
    }

    @Override
    public void finish() {
        super.finish();
        try {
            if (target instanceof java.util.zip.GZIPOutputStream gzip) {
                gzip.finish();
            }
            target.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
