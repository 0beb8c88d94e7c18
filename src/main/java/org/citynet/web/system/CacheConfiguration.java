package org.citynet.web.system;

import java.util.List;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring Cache over Caffeine for what the service derives from the data and reuses until the data changes
 * (the ontology, term labels, the sources pages credit, the page footer, the map's credits, the catalogue's
 * counts). Every entry is keyed on the data's version — the store's generation
 * ({@code QueryRunner.dataGeneration()}) or the {@code DataVersion} — read before the value is computed,
 * with whatever else the value depends on: after a committed write no old entry is found again, and a small
 * bound lets the old ones go. A value computed while a write commits is filed under the older version, so it
 * is recomputed, never served as newer.
 *
 * <p>Methods called from other beans use {@code @Cacheable}; values a bean reads from its own methods go
 * through {@link org.springframework.cache.Cache#get(Object, java.util.concurrent.Callable)}, since the
 * caching proxy does not see a bean's calls to itself. The whole-answer cache ({@link AnswerCache}) stays
 * apart: it is bounded by bytes and shared with the SPARQL endpoint.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
public class CacheConfiguration {

    public static final String CATALOG_SUMMARY = "catalog-summary";
    public static final String ONTOLOGY = "ontology";
    public static final String TERM_LABELS = "term-labels";
    public static final String PAGE_SOURCES = "page-sources";
    public static final String PAGE_ATTRIBUTIONS = "page-attributions";
    /** Keyed on the version and a document's IRI: at most this many documents are kept. */
    public static final String SOURCE_DOCUMENTS = "source-documents";
    static final int SOURCE_DOCUMENTS_KEPT = 50_000;
    public static final String MAP_CREDITS = "map-credits";
    /** Keyed on the version and the page's language and address: at most this many are kept. */
    public static final String SITE_FOOTER = "site-footer";
    static final int FOOTER_VARIANTS = 128;

    @Bean
    CacheManager cacheManager() {
        CaffeineCacheManager manager = new CaffeineCacheManager();
        // The current version, and the one before while requests made under it finish.
        manager.setCaffeine(Caffeine.newBuilder().maximumSize(2));
        // Named once here: a misspelt name fails at once instead of making a new cache.
        manager.setCacheNames(List.of(CATALOG_SUMMARY, ONTOLOGY, TERM_LABELS, PAGE_SOURCES, PAGE_ATTRIBUTIONS,
                MAP_CREDITS));
        manager.registerCustomCache(SITE_FOOTER, Caffeine.newBuilder().maximumSize(FOOTER_VARIANTS).build());
        manager.registerCustomCache(SOURCE_DOCUMENTS, Caffeine.newBuilder().maximumSize(SOURCE_DOCUMENTS_KEPT).build());
        return manager;
    }
}
