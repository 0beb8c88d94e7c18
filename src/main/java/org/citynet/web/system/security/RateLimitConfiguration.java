package org.citynet.web.system.security;

import java.time.Duration;

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
 * Per-client rate limiting ({@code citynet.rate-limit.*}), unless {@code citynet.rate-limit.enabled=false}.
 * The filter runs after Spring's forwarded-header filter and before Spring Security's filter chain.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "citynet.rate-limit.enabled", havingValue = "true", matchIfMissing = true)
class RateLimitConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RateLimitConfiguration.class);

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(CitynetProperties properties,
            @Qualifier("writerAuthentication") AuthenticationManager writerAuthentication,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
        CitynetProperties.RateLimit settings = properties.rateLimit();
        Duration idle = max(ClientBuckets.timeToFill(settings.anonymous()),
                ClientBuckets.timeToFill(settings.authenticated()));
        RateLimiter limiter = new RateLimiter(new ClientIdentity(writerAuthentication, settings.trustedProxies()),
                new ClientBuckets(settings.maxClients(), idle), settings);
        FilterRegistrationBean<RateLimitFilter> registration =
                new FilterRegistrationBean<>(new RateLimitFilter(limiter, resolver));
        registration.setOrder(FilterOrder.RATE_LIMIT);
        log.info("Rate limit: {} requests at once and {} per {} for each address, {} and {} per {} for each user"
                        + " or API token; X-Forwarded-For believed from {}", settings.anonymous().capacity(),
                settings.anonymous().refill(), settings.anonymous().period(), settings.authenticated().capacity(),
                settings.authenticated().refill(), settings.authenticated().period(),
                settings.trustedProxies().isEmpty() ? "no one" : settings.trustedProxies());
        return registration;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
