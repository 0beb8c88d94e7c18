package org.citynet.web.system;

import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongSupplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.commons.codec.digest.DigestUtils;
import org.citynet.kernel.store.DataVersion;
import org.citynet.kernel.store.QueryRunner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The one bounded cache of whole answers, shared by the REST API ({@link AnswerCacheFilter}) and the SPARQL
 * endpoint, so that {@code citynet.answer-cache.max-size} bounds them together. Answers are keyed on their
 * ETag, which holds the {@link DataVersion}: after a write no old answer can be found again, and the bound
 * lets it age out (least recently used first). With {@code citynet.answer-cache.enabled=false} it keeps
 * and finds nothing. Also the HTTP rules both users share: {@code If-None-Match} and a request's wish for a
 * fresh answer. Thread-safe; one per application.
 */
@Component
public class AnswerCache {

    /** A kept answer, weighed for the cache's bound. */
    public interface Entry {

        /** The size of the answer's body in bytes; {@code max-entry} bounds it. */
        int size();

        /** Roughly what the entry holds on the heap, for the cache's bound. */
        default int weight() {
            return size() + 128;
        }
    }

    private final Cache<String, Entry> cache;
    private final LongSupplier generation;
    private final long maxEntry;
    private final boolean enabled;

    @Autowired
    public AnswerCache(AnswerCacheProperties properties, QueryRunner runner) {
        this(properties, runner::dataGeneration);
    }

    AnswerCache(AnswerCacheProperties properties, LongSupplier generation) {
        this.enabled = properties.enabled();
        this.generation = generation;
        this.maxEntry = properties.maxEntry().toBytes();
        this.cache = Caffeine.newBuilder().maximumWeight(properties.maxSize().toBytes())
                .weigher((String key, Entry answer) -> answer.weight()).build();
    }

    /** Whether answers get ETags and are kept ({@code citynet.answer-cache.enabled}). */
    public boolean enabled() {
        return enabled;
    }

    /** The answer kept under {@code tag}, if it is one of {@code type}. */
    public <T extends Entry> Optional<T> find(String tag, Class<T> type) {
        Entry known = enabled ? cache.getIfPresent(tag) : null;
        return type.isInstance(known) ? Optional.of(type.cast(known)) : Optional.empty();
    }

    /**
     * Keeps {@code answer} under {@code tag} unless it is larger than {@code max-entry} or the store's
     * generation moved since {@code version} was read: then it was made under a later write than the tag
     * says, and would be found by requests that must not see that write's data labelled as older.
     */
    public void keep(String tag, Entry answer, DataVersion version) {
        if (enabled && answer.size() <= maxEntry && generation.getAsLong() == version.generation()) {
            cache.put(tag, answer);
        }
    }

    /** {@code If-None-Match}: a list of tags, weak or strong, or {@code *}. */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            tag = tag.startsWith("W/") ? tag.substring(2) : tag;
            if (tag.equals("*") || tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the request asks for a fresh answer: {@code Cache-Control: no-cache} or {@code max-age=0}, or
     * {@code Pragma: no-cache}.
     */
    public static boolean wantsFresh(String cacheControl, String pragma) {
        String directives = cacheControl == null ? "" : cacheControl.toLowerCase(Locale.ROOT);
        return directives.contains("no-cache") || directives.contains("max-age=0")
                || pragma != null && pragma.toLowerCase(Locale.ROOT).contains("no-cache");
    }

    /** A short hash of everything besides the data that an answer depends on, for its tag. */
    public static String digest(String variant) {
        return HexFormat.of().formatHex(DigestUtils.sha256(variant), 0, 12);
    }
}
