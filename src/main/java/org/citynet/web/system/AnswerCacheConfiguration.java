package org.citynet.web.system;

import org.citynet.kernel.store.DataVersions;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts the {@link AnswerCacheFilter} in front of {@code /api/*}, after security and rate limiting (a
 * cached answer still counts against a client's allowance), unless
 * {@code citynet.answer-cache.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "citynet.answer-cache.enabled", havingValue = "true", matchIfMissing = true)
class AnswerCacheConfiguration {

    @Bean
    FilterRegistrationBean<AnswerCacheFilter> answerCacheFilter(DataVersions versions, AnswerCache cache) {
        FilterRegistrationBean<AnswerCacheFilter> registration = new FilterRegistrationBean<>(
                new AnswerCacheFilter(versions, cache));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(FilterOrder.ANSWER_CACHE);
        return registration;
    }
}
