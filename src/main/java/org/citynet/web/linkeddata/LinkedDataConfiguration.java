package org.citynet.web.linkeddata;

import java.time.Duration;

import org.citynet.kernel.rdf.Iris;
import org.citynet.kernel.store.DataVersions;
import org.citynet.kernel.store.QueryRunner;
import org.citynet.web.pages.EntityIndex;
import org.citynet.web.pages.EntityViews;
import org.citynet.web.pages.PageContextInterceptor;
import org.citynet.web.pages.PageContexts;
import org.citynet.web.pages.PageLocaleResolver;
import org.citynet.web.pages.SiteFooter;
import org.citynet.web.pages.TermLabels;
import org.citynet.web.system.CitynetProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.thymeleaf.ITemplateEngine;

/**
 * Wires the linked-data feature: the IRI mapping, the RDF prefixes and JSON-LD context, the description
 * and page builders, and the page language for all templates (locale resolver, the {@code page} and
 * {@code footer} model attributes). Every store read of the feature uses the SPARQL endpoint's timeout.
 */
@Configuration(proxyBeanMethods = false)
class LinkedDataConfiguration implements WebMvcConfigurer {

    private final PageContexts pages;
    private final SiteFooter footer;

    LinkedDataConfiguration(PageContexts pages, SiteFooter footer) {
        this.pages = pages;
        this.footer = footer;
    }

    @Bean
    static IriMapping iriMapping(Iris iris) {
        return new IriMapping(iris.base());
    }

    @Bean
    static Prefixes prefixes(IriMapping iris) {
        return new Prefixes(iris);
    }

    @Bean
    static JsonLdContext jsonLdContext(Prefixes prefixes) {
        return new JsonLdContext(prefixes);
    }

    @Bean
    static Describer describer(QueryRunner runner, CitynetProperties properties) {
        return new Describer(runner, timeout(properties));
    }

    @Bean
    static TermLabels termLabels(QueryRunner runner, CitynetProperties properties) {
        return new TermLabels(runner, timeout(properties));
    }

    @Bean
    static EntityViews entityViews(TermLabels labels, Prefixes prefixes, IriMapping iris) {
        return new EntityViews(labels, prefixes, iris);
    }

    @Bean
    static OntologyDocs ontologyDocs(IriMapping iris, QueryRunner runner, CitynetProperties properties,
                                     TermLabels labels) {
        return new OntologyDocs(iris, runner, timeout(properties), labels);
    }

    @Bean
    static EntityIndex entityIndex(IriMapping iris, QueryRunner runner, CitynetProperties properties,
                                   TermLabels labels) {
        return new EntityIndex(iris, runner, timeout(properties), labels);
    }

    @Bean
    static Representations representations(DataVersions versions, Prefixes prefixes, JsonLdContext context) {
        return new Representations(versions, prefixes, context);
    }

    @Bean
    static PageContexts pageContexts(IriMapping iris, QueryRunner runner, CitynetProperties properties) {
        return new PageContexts(iris, runner, timeout(properties));
    }

    @Bean
    static SiteFooter siteFooter(ITemplateEngine templates, QueryRunner runner) {
        return new SiteFooter(templates, runner::dataGeneration);
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
