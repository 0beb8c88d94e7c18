package org.citynet.web.pages;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.citynet.kernel.store.UntilChanged;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The footer every page shows (the source documents, the licence, the data's attribution statements), as
 * HTML rendered from {@code templates/footer.html} once per variant and kept until the data changes. It
 * credits every source document, one per hundred generated cities — a thousand list items at 100,000 cities
 * — so rendering it afresh made up most of the cost of an entity page beyond its queries. The layout
 * inserts it with {@code th:utext}; the template escapes what it writes as any other does. Thread-safe.
 */
public class SiteFooter {

    /** Variants kept per data generation; beyond them (odd {@code ?lang=} values) a footer is rendered each time. */
    static final int MAX_VARIANTS = 64;

    private static final String TEMPLATE = "footer";
    private static final Set<String> FRAGMENT = Set.of("footer");

    private final ITemplateEngine templates;
    private final UntilChanged<Long, Map<Variant, String>> rendered;

    public SiteFooter(ITemplateEngine templates, LongSupplier generation) {
        this.templates = templates;
        this.rendered = UntilChanged.perGeneration(generation, ConcurrentHashMap::new);
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

    /** The footer's HTML for the page. */
    public String html(PageContext page) {
        Variant variant = Variant.of(page);
        Map<Variant, String> known = rendered.get();
        String html = known.get(variant);
        if (html == null) {
            html = render(page);
            if (known.size() < MAX_VARIANTS) {
                known.put(variant, html);
            }
        }
        return html;
    }

    private String render(PageContext page) {
        // The page language is the locale of the footer's messages, as PageLocaleResolver makes it for the page.
        Context context = new Context(Locale.forLanguageTag(page.language()), Map.of("page", page));
        return templates.process(TEMPLATE, FRAGMENT, context);
    }
}
