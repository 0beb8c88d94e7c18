package org.citynet.web.system.security;

import org.citynet.web.system.CitynetProperties;
import org.citynet.web.system.FilterOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Fair use ({@code citynet.rate-limit.*}): each client's budget of store time and ceiling on requests, unless
 * {@code citynet.rate-limit.enabled=false}. The filter runs after Spring's forwarded-header filter and before
 * Spring Security's filter chain.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "citynet.rate-limit.enabled", havingValue = "true", matchIfMissing = true)
class RateLimitConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RateLimitConfiguration.class);

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(CitynetProperties properties, CostMeter meter,
            @Qualifier("writerAuthentication") AuthenticationManager writerAuthentication,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
        CitynetProperties.RateLimit settings = properties.rateLimit();
        RateLimiter limiter = new RateLimiter(new ClientIdentity(writerAuthentication, settings.trustedProxies()),
                new ClientBuckets(settings.maxClients()), settings);
        FilterRegistrationBean<RateLimitFilter> registration =
                new FilterRegistrationBean<>(new RateLimitFilter(limiter, meter, resolver));
        registration.setOrder(FilterOrder.RATE_LIMIT);
        log.info("Fair use: {} for each address, {} for each user or API token; X-Forwarded-For believed from {}",
                settings.anonymous().describe(), settings.authenticated().describe(),
                settings.trustedProxies().isEmpty() ? "no one" : settings.trustedProxies());
        return registration;
    }
}
