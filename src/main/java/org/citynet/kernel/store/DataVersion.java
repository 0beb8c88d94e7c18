package org.citynet.kernel.store;

import java.time.Instant;
import java.util.Optional;

/**
 * Which data an answer was made from, for {@code ETag}, {@code Last-Modified}, and for everything derived
 * from the data that is reused only while the data stays the same (dumps, counts). Made by
 * {@link DataVersions}.
 *
 * @param generation   the store's write generation ({@code KnowledgeStore.generation()}); it starts at 0
 *                     again in every process
 * @param contentHash  the content hash the loader recorded in its manifest; empty if there is none
 * @param loadedAt     when the loader committed that load; null if there is no manifest or it does not say
 * @param lastModified when the data last changed as far as this process knows, to the second
 * @param servedSince  when this process began to serve the store: a generation means something only
 *                     together with it
 */
public record DataVersion(long generation, String contentHash, Instant loadedAt, Instant lastModified,
                          Instant servedSince) {

    /** When the files were loaded, if the manifest says. */
    public Optional<Instant> loaded() {
        return Optional.ofNullable(loadedAt);
    }

    /**
     * A strong entity tag for one representation ({@code variant}: format and language) of the data: it
     * changes with the loaded content, with any later write and across representations. It also changes
     * with every start of the service, because the generation starts at 0 again: a store reused after a
     * restart would otherwise give, after writes, a tag a client saw before them.
     */
    public String etag(String variant) {
        String hash = contentHash.length() > 16 ? contentHash.substring(0, 16) : contentHash;
        return "\"" + hash + "-" + Long.toString(servedSince.toEpochMilli(), 36) + "-" + generation + "-"
                + Long.toString(lastModified.getEpochSecond(), 36) + "-" + variant + "\"";
    }
}
