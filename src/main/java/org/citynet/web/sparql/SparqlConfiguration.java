package org.citynet.web.sparql;

import org.citynet.kernel.store.QueryRunner;
import org.citynet.web.system.CitynetProperties;
import org.citynet.web.system.FilterOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.UrlHandlerFilter;

/**
 * What the SPARQL protocol endpoints share: the collector of clients' queries, which runs them on their
 * share of the store's query slots ({@code citynet.sparql.max-concurrent-client-queries}), and the filter that
 * answers {@code /sparql/} (as the W3C protocol tests send it) like {@code /sparql}.
 */
@Configuration(proxyBeanMethods = false)
class SparqlConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SparqlConfiguration.class);

    /**
     * Queries clients write themselves, on {@code /sparql}, {@code /sparql/graph} and the embedded Fuseki:
     * however many arrive, they hold at most their share of the slots, and the rest stay free for the pages
     * and the API, whose queries are the service's own.
     */
    @Bean
    AnswerCollector clientQueries(QueryRunner runner, CitynetProperties properties) {
        CitynetProperties.Sparql limits = properties.sparql();
        log.info("Clients' SPARQL queries hold at most {} of the {} query slots", limits.clientQuerySlots(),
                limits.maxConcurrentQueries());
        return new AnswerCollector(runner.share(limits.clientQuerySlots()), limits.timeout(), limits.maxRows());
    }

    /**
     * {@code /sparql/…/} becomes {@code /sparql/…} for everything after it — the rate limit, Spring Security's
     * decision whether a POST is a write, CORS and the controllers — so no rule has to list both forms.
     */
    @Bean
    FilterRegistrationBean<UrlHandlerFilter> sparqlTrailingSlash() {
        FilterRegistrationBean<UrlHandlerFilter> registration = new FilterRegistrationBean<>(
                UrlHandlerFilter.trailingSlashHandler("/sparql/**").wrapRequest().build());
        registration.setOrder(FilterOrder.URL_FORMS);
        return registration;
    }
}
