package org.citynet.linkeddata;

import java.time.Instant;

/**
 * Which data a representation was made from, for {@code ETag} and {@code Last-Modified}.
 *
 * @param generation   the store's write generation ({@code KnowledgeStore.generation()})
 * @param contentHash  the content hash the loader recorded in its manifest; empty if there is none
 * @param loadedAt     when the loader committed that load; null if there is no manifest
 * @param lastModified when the data last changed as far as this service knows, to the second
 */
public record DataVersion(long generation, String contentHash, Instant loadedAt, Instant lastModified) {

    /**
     * A strong entity tag for one representation ({@code variant}: format and language) of the data:
     * it changes with the loaded content, with any later write and across representations.
     */
    public String etag(String variant) {
        String hash = contentHash.length() > 16 ? contentHash.substring(0, 16) : contentHash;
        return "\"" + hash + "-" + generation + "-" + Long.toString(lastModified.getEpochSecond(), 36) + "-"
                + variant + "\"";
    }
}
