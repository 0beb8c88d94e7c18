package org.citynet.web.catalog;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One finished dump file: complete, never written to again, named by its checksum.
 *
 * @param sha256  SHA-256 of the file's bytes (the gzip stream), lower-case hex
 * @param size    the file's length in bytes
 * @param created when the data it holds was last found different from the dump before
 */
record Dump(DumpFormat format, Path file, String sha256, long size, Instant created) {
}
