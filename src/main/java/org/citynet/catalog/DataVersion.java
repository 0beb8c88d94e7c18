package org.citynet.catalog;

import java.time.Instant;
import java.util.Optional;

/**
 * What identifies the state of the data: the store's write generation (it grows with every committed
 * write this process sees) and the load manifest's content hash and load time (which also change when
 * another process reloads a shared or remote store). Anything derived from the data (dumps, counts) is
 * reused only while the version is equal.
 *
 * @param contentHash the manifest's content hash; null if the store holds no manifest
 * @param loadedAt    when the files were loaded; null if the store holds no manifest
 */
record DataVersion(long generation, String contentHash, Instant loadedAt) {

    Optional<Instant> loaded() {
        return Optional.ofNullable(loadedAt);
    }
}
