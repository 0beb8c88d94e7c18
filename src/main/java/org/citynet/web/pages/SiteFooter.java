package org.citynet.web.pages;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

import org.citynet.web.system.CacheConfiguration;
import org.springframework.cache.annotation.Cacheable;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The footer every page shows (the source documents, the licence, the data's attribution statements), as
 * HTML rendered from {@code templates/footer.html} once per variant and data generation (Spring Cache, keyed
 * on both; the most recently used variants are kept) and reused until the data changes. It
 * credits every source document, one per hundred generated cities — a thousand list items at 100,000 cities
 * — so rendering it afresh made up most of the cost of an entity page beyond its queries. The layout
 * inserts it with {@code th:utext}; the template escapes what it writes as any other does. Thread-safe.
 */
public class SiteFooter {

    private static final String TEMPLATE = "footer";
    private static final Set<String> FRAGMENT = Set.of("footer");

    private final ITemplateEngine templates;
    private final LongSupplier generation;

    public SiteFooter(ITemplateEngine templates, LongSupplier generation) {
        this.templates = templates;
        this.generation = generation;
    }

    /**
     * Everything the footer shows depends on. The credits and attributions are part of it although they
     * come from the data: a page made from the data just before a write may render after the cache moved
     * on, and must not leave its footer under the new generation.
     */
    record Variant(String language, String chosenLanguage, String contextPath, List<PageContext.SourceCredit> sources,
                   List<PageContext.Attribution> attributions) {

        static Variant of(PageContext page) {
            return new Variant(page.language(), page.chosenLanguage(), page.contextPath(), page.sources(),
                    page.attributions());
        }
    }

    /** What the footer is kept under: the data generation it was rendered in, and its variant. */
    public record Key(long generation, Variant variant) {
    }

    /** The key of the page's footer; the generation is read before the footer is rendered. */
    public Key key(PageContext page) {
        return new Key(generation.getAsLong(), Variant.of(page));
    }

    /** The footer's HTML for the page. */
    @Cacheable(cacheNames = CacheConfiguration.SITE_FOOTER, key = "#root.target.key(#page)", sync = true)
    public String html(PageContext page) {
        // The page language is the locale of the footer's messages, as PageLocaleResolver makes it for the page.
        Context context = new Context(Locale.forLanguageTag(page.language()), Map.of("page", page));
        return templates.process(TEMPLATE, FRAGMENT, context);
    }
}
