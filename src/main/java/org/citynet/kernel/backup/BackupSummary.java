package org.citynet.kernel.backup;

import java.nio.file.Path;

/**
 * What a backup wrote.
 *
 * @param file     the gzipped N-Quads file
 * @param checksum the file it was checked against: {@code FILE.sha256}, in {@code sha256sum} format
 * @param quads    quads written (triples of the default graph included)
 * @param graphs   distinct named graphs written
 * @param sha256   lower-case hex SHA-256 of the file's bytes, as recorded in {@code checksum}
 * @param snapshot how the consistent snapshot was taken, e.g. "one read transaction"
 */
public record BackupSummary(Path file, Path checksum, long quads, long graphs, String sha256, String snapshot) {
}
