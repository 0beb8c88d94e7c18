package org.citynet.tools.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * Every measured phase as one tab-separated line, appended as soon as it is measured, so that a run that
 * is stopped half-way still leaves its numbers: size, case, target, clients, operations, errors, p50, p95,
 * p99 (ms), throughput (1/s), load average, notes.
 */
final class ResultsFile {

    private final Path file;

    ResultsFile(Path file) {
        this.file = file;
        write("size\tcase\ttarget\tclients\toperations\terrors\tp50_ms\tp95_ms\tp99_ms\tthroughput\tloadavg\tnotes\n",
                StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    Path path() {
        return file;
    }

    synchronized void append(Size size, BenchCase c, String target, Measurement m, String loadAverage) {
        // Formatted here, not by commons-csv: tabs and line breaks can only come from the notes, flattened below.
        String notes = (m.notes() + (m.failed() ? " first error: " + m.firstError() : "")).replaceAll("[\\t\\n]", " ");
        write(String.format(Locale.ROOT, "%s\t%s\t%s\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\t%.2f\t%s\t%s%n", size.label(),
                c.name(), target, m.clients(), m.operations(), m.errors(), m.p50(), m.p95(), m.p99(), m.throughput(),
                loadAverage, notes.strip()), StandardOpenOption.APPEND);
    }

    private void write(String text, StandardOpenOption... options) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, options);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
