package org.citynet.web.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.citynet.web.system.CitynetProperties.Allowance;
import org.citynet.web.system.security.ClientBudget.Admission;
import org.junit.jupiter.api.Test;

/** RateLimit-Policy and RateLimit as draft-ietf-httpapi-ratelimit-headers writes them. */
class RateLimitFieldsTest {

    private final HandClock clock = new HandClock();
    private final ClientBudget budget = new ClientBudget(new Allowance(Duration.ofSeconds(60), 1200), clock);

    @Test
    void anAdmittedRequestReportsBothQuotas() {
        budget.charge(Duration.ofMillis(1500));
        Admission admission = budget.admit();
        assertThat(RateLimitFields.policy(admission))
                .isEqualTo("\"query-time\";q=60000;qu=\"ms\";w=60, \"requests\";q=1200;w=60");
        assertThat(RateLimitFields.limit(admission))
                .isEqualTo("\"query-time\";r=58500;t=2, \"requests\";r=1199;t=1");
        assertThat(RateLimitFields.violated(admission)).isEmpty();
    }

    @Test
    void aRefusedRequestReportsWhatRefusedItWithTheRetryAfter() {
        budget.charge(Duration.ofSeconds(62));
        Admission refused = budget.admit();
        assertThat(RateLimitFields.limit(refused)).isEqualTo("\"query-time\";r=0;t=3");
        assertThat(RateLimitFields.retryAfter(refused)).isEqualTo(3);
        assertThat(RateLimitFields.violated(refused)).containsExactly("query-time");
    }

    @Test
    void secondsAreRoundedUp() {
        assertThat(RateLimitFields.seconds(0)).isZero();
        assertThat(RateLimitFields.seconds(1)).isEqualTo(1);
        assertThat(RateLimitFields.seconds(1_000_000_000L)).isEqualTo(1);
        assertThat(RateLimitFields.seconds(1_000_000_001L)).isEqualTo(2);
    }
}
