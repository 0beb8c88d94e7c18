package org.citynet.kernel.load;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * What a store's load manifest says about the load that filled it: read back from the store, so it
 * describes the data actually served, whichever process loaded it.
 *
 * @param contentHash hash of the input files the load was made from
 * @param loadedAt    when the load was written; null if the manifest does not say (or not legibly)
 * @param tripleCount triples the load wrote, the manifest not included; -1 if the manifest does not say
 */
public record LoadRecord(String contentHash, Instant loadedAt, long tripleCount) {

    /**
     * From the lexical forms of the manifest's values; {@code loadedAt} and {@code tripleCount} may be
     * null. A manifest written by another tool may hold values we cannot read; they become unknown rather
     * than failing start-up, since only the content hash decides anything.
     */
    public static LoadRecord of(String contentHash, String loadedAt, String tripleCount) {
        return new LoadRecord(contentHash, instant(loadedAt), count(tripleCount));
    }

    private static Instant instant(String lexical) {
        try {
            return lexical == null ? null : Instant.parse(lexical);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static long count(String lexical) {
        try {
            return lexical == null ? -1 : Long.parseLong(lexical);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
