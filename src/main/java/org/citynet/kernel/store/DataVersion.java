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
 * @param sharedStamp  the version stamp of a store that several processes share ({@link ChangeStamp#shared()}),
 *                     the same in each of them for the same data; null for a store in this JVM
 */
public record DataVersion(long generation, String contentHash, Instant loadedAt, Instant lastModified,
                          Instant servedSince, String sharedStamp) {

    /** The version of a store in this JVM, which no other process writes. */
    public DataVersion(long generation, String contentHash, Instant loadedAt, Instant lastModified,
                       Instant servedSince) {
        this(generation, contentHash, loadedAt, lastModified, servedSince, null);
    }

    /** When the files were loaded, if the manifest says. */
    public Optional<Instant> loaded() {
        return Optional.ofNullable(loadedAt);
    }

    /**
     * A strong entity tag for one representation ({@code variant}: format and language) of the data: it
     * changes with the loaded content, with any later write and across representations.
     * <ul>
     *   <li>With a shared stamp it is made from the stamp, so every replica over the same store gives the same
     *       tag for the same data, and a tag one replica gave is confirmed (304) by another only while the data
     *       is the same.</li>
     *   <li>Otherwise it also changes with every start of the service, because the generation starts at 0
     *       again: a store reused after a restart would otherwise give, after writes, a tag a client saw before
     *       them.</li>
     * </ul>
     */
    public String etag(String variant) {
        String hash = contentHash.length() > 16 ? contentHash.substring(0, 16) : contentHash;
        if (sharedStamp != null) {
            return "\"" + hash + "-" + AnswerTags.shortHash(sharedStamp) + "-" + variant + "\"";
        }
        return "\"" + hash + "-" + Long.toString(servedSince.toEpochMilli(), 36) + "-" + generation + "-"
                + Long.toString(lastModified.getEpochSecond(), 36) + "-" + variant + "\"";
    }
}
