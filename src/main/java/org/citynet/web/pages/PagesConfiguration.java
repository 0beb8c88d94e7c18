package org.citynet.web.pages;

import java.time.Duration;

import org.citynet.kernel.store.QueryRunner;
import org.citynet.web.linkeddata.HtmlPages;
import org.citynet.web.linkeddata.IriMapping;
import org.citynet.web.linkeddata.Prefixes;
import org.citynet.web.system.CacheConfiguration;
import org.citynet.web.system.CitynetProperties;
import org.springframework.cache.CacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.thymeleaf.ITemplateEngine;

/**
 * Wires the pages for people: the entity and index page builders, the HTML side of the linked-data answers,
 * and the page language for all templates (locale resolver, the {@code page} and {@code footer} model
 * attributes). Every store read of the pages uses the SPARQL endpoint's timeout.
 */
@Configuration(proxyBeanMethods = false)
class PagesConfiguration implements WebMvcConfigurer {

    private final PageContexts pages;
    private final SiteFooter footer;

    PagesConfiguration(PageContexts pages, SiteFooter footer) {
        this.pages = pages;
        this.footer = footer;
    }

    @Bean
    static TermLabels termLabels(QueryRunner runner, CitynetProperties properties, CacheManager caches) {
        return new TermLabels(runner, timeout(properties), caches.getCache(CacheConfiguration.TERM_LABELS));
    }

    @Bean
    static EntityViews entityViews(TermLabels labels, Prefixes prefixes, IriMapping iris) {
        return new EntityViews(labels, prefixes, iris);
    }

    @Bean
    static EntityIndex entityIndex(IriMapping iris, QueryRunner runner, CitynetProperties properties,
                                   TermLabels labels) {
        return new EntityIndex(iris, runner, timeout(properties), labels);
    }

    @Bean
    static PageContexts pageContexts(IriMapping iris, QueryRunner runner, CitynetProperties properties,
                                     CacheManager caches) {
        return new PageContexts(iris, runner, timeout(properties), caches.getCache(CacheConfiguration.PAGE_SOURCES),
                caches.getCache(CacheConfiguration.PAGE_ATTRIBUTIONS));
    }

    @Bean
    static SiteFooter siteFooter(ITemplateEngine templates, QueryRunner runner) {
        return new SiteFooter(templates, runner::dataGeneration);
    }

    @Bean
    static HtmlPages linkedDataPages(PageContexts contexts, EntityViews entities, IriMapping iris,
                                     TermLabels labels) {
        return new LinkedDataPages(contexts, entities, iris, labels);
    }

    /** Replaces Spring Boot's Accept-Language resolver: pages follow {@code ?lang=} first. */
    @Bean(name = DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    static LocaleResolver localeResolver() {
        return new PageLocaleResolver();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PageContextInterceptor(pages, footer));
    }

    private static Duration timeout(CitynetProperties properties) {
        return properties.sparql().timeout();
    }
}
