package org.citynet.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;

/** The caches of values derived from the data, keyed on the data's generation, without Spring's context. */
class CacheConfigurationTest {

    private final CacheManager caches = new CacheConfiguration().cacheManager();
    private final AtomicLong generation = new AtomicLong();

    @Test
    void aValueIsKeptUntilTheGenerationMoves() {
        AtomicLong computed = new AtomicLong();
        Cache cache = caches.getCache(CacheConfiguration.ONTOLOGY);
        assertThat(cache.get(generation.get(), computed::incrementAndGet)).isEqualTo(1);
        assertThat(cache.get(generation.get(), computed::incrementAndGet)).isEqualTo(1);
        generation.incrementAndGet();
        assertThat(cache.get(generation.get(), computed::incrementAndGet)).isEqualTo(2);
    }

    @Test
    void everyCacheTheServiceNamesExistsAndNoOtherIsMade() {
        for (String name : new String[] {CacheConfiguration.CATALOG_SUMMARY, CacheConfiguration.ONTOLOGY,
                CacheConfiguration.TERM_LABELS, CacheConfiguration.PAGE_SOURCES, CacheConfiguration.PAGE_ATTRIBUTIONS,
                CacheConfiguration.SOURCE_DOCUMENTS, CacheConfiguration.MAP_CREDITS,
                CacheConfiguration.SITE_FOOTER}) {
            assertThat(caches.getCache(name)).as(name).isNotNull();
        }
        assertThat(caches.getCache("misspelt")).isNull();
    }

    @Test
    void oldGenerationsAreLetGo() {
        Cache cache = caches.getCache(CacheConfiguration.TERM_LABELS);
        for (long g = 0; g < 100; g++) {
            cache.put(g, "labels of " + g);
        }
        com.github.benmanes.caffeine.cache.Cache<?, ?> caffeine =
                (com.github.benmanes.caffeine.cache.Cache<?, ?>) cache.getNativeCache();
        caffeine.cleanUp();
        assertThat(caffeine.estimatedSize()).isLessThanOrEqualTo(2);
    }
}
