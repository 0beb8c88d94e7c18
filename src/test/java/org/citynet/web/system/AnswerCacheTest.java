package org.citynet.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.citynet.kernel.store.DataVersion;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The shared answer cache: its bounds, the generation rule, the switch, and the HTTP rules it reads. */
class AnswerCacheTest {

    private static final String TAG = "\"abc-1-api-x\"";

    private final AtomicLong generation = new AtomicLong(3);

    @Test
    void ifNoneMatchTakesListsWeakTagsAndStar() {
        assertThat(AnswerCache.matches(null, TAG)).isFalse();
        assertThat(AnswerCache.matches(TAG, TAG)).isTrue();
        assertThat(AnswerCache.matches("\"other\", W/" + TAG, TAG)).isTrue();
        assertThat(AnswerCache.matches("*", TAG)).isTrue();
        assertThat(AnswerCache.matches("\"abc-0-api-x\"", TAG)).isFalse();
    }

    @Test
    void noCacheMaxAgeZeroAndPragmaAskForAFreshAnswer() {
        assertThat(AnswerCache.wantsFresh(null, null)).isFalse();
        assertThat(AnswerCache.wantsFresh("max-age=60", null)).isFalse();
        assertThat(AnswerCache.wantsFresh("No-Cache", null)).isTrue();
        assertThat(AnswerCache.wantsFresh("public, max-age=0", null)).isTrue();
        assertThat(AnswerCache.wantsFresh(null, "no-cache")).isTrue();
    }

    @Test
    void keepsAnAnswerOnlyIfTheGenerationStayedAndItIsSmallEnough() {
        AnswerCache cache = cache(true);
        cache.keep("a", new Bytes(10), version(3));
        assertThat(cache.find("a", Bytes.class)).contains(new Bytes(10));
        cache.keep("big", new Bytes(2000), version(3));
        assertThat(cache.find("big", Bytes.class)).isEmpty();
        cache.keep("older", new Bytes(10), version(2));
        assertThat(cache.find("older", Bytes.class)).isEmpty();
        assertThat(cache.find("a", OtherEntry.class)).isEmpty();
    }

    @Test
    void switchedOffItKeepsNothing() {
        AnswerCache cache = cache(false);
        assertThat(cache.enabled()).isFalse();
        cache.keep("a", new Bytes(10), version(3));
        assertThat(cache.find("a", Bytes.class)).isEmpty();
    }

    @Test
    void theDigestIsShortAndTellsVariantsApart() {
        assertThat(AnswerCache.digest("x")).hasSize(24).isEqualTo(AnswerCache.digest("x"))
                .isNotEqualTo(AnswerCache.digest("y"));
    }

    private AnswerCache cache(boolean enabled) {
        return new AnswerCache(new AnswerCacheProperties(enabled, DataSize.ofKilobytes(64), DataSize.ofKilobytes(1)),
                generation::get);
    }

    private static DataVersion version(long generation) {
        Instant now = Instant.now();
        return new DataVersion(generation, "hash", null, now, now);
    }

    private record Bytes(int size) implements AnswerCache.Entry {
    }

    private record OtherEntry(int size) implements AnswerCache.Entry {
    }
}
