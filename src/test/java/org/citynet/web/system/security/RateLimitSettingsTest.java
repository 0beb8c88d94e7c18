package org.citynet.web.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.citynet.web.system.CitynetProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** What {@code citynet.rate-limit} accepts, bound as Spring Boot binds it at start-up. */
class RateLimitSettingsTest {

    @Test
    void theDefaultsAreAMinuteOfStoreTimeAndTwelveHundredRequestsAMinute() {
        CitynetProperties.RateLimit settings = bind(Map.of());
        assertThat(settings.enabled()).isTrue();
        assertThat(settings.anonymous().queryTime()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.anonymous().requests()).isEqualTo(1200);
        assertThat(settings.authenticated().queryTime()).isEqualTo(Duration.ofSeconds(180));
        assertThat(settings.authenticated().requests()).isEqualTo(6000);
        assertThat(settings.anonymous().describe()).isEqualTo("60 s of store time and 1200 requests a minute");
    }

    @Test
    void aFieldLeftOutTakesTheDefaultOfItsOwnKindOfClient() {
        CitynetProperties.RateLimit settings = bind(Map.of(
                "citynet.rate-limit.anonymous.query-time", "1500ms",
                "citynet.rate-limit.authenticated.requests", "10000"));
        assertThat(settings.anonymous().queryTime()).isEqualTo(Duration.ofMillis(1500));
        assertThat(settings.anonymous().requests()).isEqualTo(1200);
        assertThat(settings.authenticated().queryTime()).isEqualTo(Duration.ofSeconds(180));
        assertThat(settings.authenticated().requests()).isEqualTo(10000);
    }

    @Test
    void theSettingsOfTheRequestCountRuleStopTheStartUp() {
        assertThatThrownBy(() -> bind(Map.of("citynet.rate-limit.anonymous.capacity", "120")))
                .rootCause().hasMessageContaining("citynet.rate-limit.anonymous.capacity, refill and period are no"
                        + " longer used").hasMessageContaining("query-time");
        assertThatThrownBy(() -> bind(Map.of("citynet.rate-limit.authenticated.period", "1h")))
                .rootCause().hasMessageContaining("citynet.rate-limit.authenticated");
    }

    @Test
    void emptyBudgetsAndSmallerAuthenticatedAllowancesAreRefused() {
        assertThatThrownBy(() -> bind(Map.of("citynet.rate-limit.anonymous.query-time", "0s")))
                .rootCause().hasMessageContaining("citynet.rate-limit.anonymous.query-time must be at least 1ms");
        assertThatThrownBy(() -> bind(Map.of("citynet.rate-limit.anonymous.requests", "0")))
                .rootCause().hasMessageContaining("citynet.rate-limit.anonymous.requests must be at least 1");
        assertThatThrownBy(() -> bind(Map.of("citynet.rate-limit.authenticated.query-time", "30s")))
                .rootCause().hasMessageContaining("must be at least citynet.rate-limit.anonymous");
    }

    private static CitynetProperties.RateLimit bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("citynet.rate-limit", CitynetProperties.RateLimit.class);
    }
}
