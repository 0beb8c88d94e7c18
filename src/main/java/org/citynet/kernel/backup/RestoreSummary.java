package org.citynet.kernel.backup;

import java.nio.file.Path;

/**
 * What a restore did.
 *
 * @param file     the backup restored from
 * @param quads    quads written into the store
 * @param sha256   the verified SHA-256 of the backup file
 * @param replaced whether the store held data that the restore replaced ({@code --force})
 */
public record RestoreSummary(Path file, long quads, String sha256, boolean replaced) {
}
