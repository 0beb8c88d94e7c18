package org.citynet.web.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.citynet.web.system.CitynetProperties.Allowance;
import org.citynet.web.system.security.ClientBudget.Admission;
import org.junit.jupiter.api.Test;

/** One client's budget of store time and ceiling on requests, on a hand-driven clock. */
class ClientBudgetTest {

    private final HandClock clock = new HandClock();
    private final ClientBudget budget = new ClientBudget(new Allowance(Duration.ofSeconds(60), 1200), clock);

    @Test
    void cheapRequestsCostOneRequestEachAndNoStoreTime() {
        for (int i = 1; i <= 300; i++) {
            Admission admission = budget.admit();
            assertThat(admission.admitted()).isTrue();
            assertThat(admission.requests().remaining()).isEqualTo(1200 - i);
            budget.charge(Duration.ZERO);
        }
        Admission next = budget.admit();
        assertThat(next.storeTime().remaining()).isEqualTo(60_000);
        assertThat(next.storeTime().fullNanos()).isZero();
        assertThat(Duration.ofNanos(next.requests().fullNanos())).as("301 requests refill in 301 / 20 s")
                .isEqualTo(Duration.ofMillis(15_050));
    }

    @Test
    void aSpentBudgetRefusesUntilTheDebtIsPaidOff() {
        assertThat(budget.admit().admitted()).isTrue();
        budget.charge(Duration.ofSeconds(45));
        Admission left = budget.admit();
        assertThat(left.admitted()).as("15 s left").isTrue();
        assertThat(left.storeTime().remaining()).isEqualTo(15_000);
        assertThat(Duration.ofNanos(left.storeTime().fullNanos())).isEqualTo(Duration.ofSeconds(45));

        // The last admitted query ran 25 s: the budget is 10 s in debt.
        budget.charge(Duration.ofSeconds(25));
        Admission refused = budget.admit();
        assertThat(refused.admitted()).isFalse();
        assertThat(refused.storeTime().refused()).isTrue();
        assertThat(refused.requests().refused()).isFalse();
        assertThat(refused.storeTime().remaining()).isZero();
        assertThat(Duration.ofNanos(refused.storeTime().waitNanos())).as("10 s of debt, refilled at 1 s a second")
                .isEqualTo(Duration.ofSeconds(10).plusNanos(1000));
        assertThat(RateLimitFields.retryAfter(refused)).isEqualTo(11);
        assertThat(refused.requests().remaining()).as("a refusal takes no request").isEqualTo(1198);

        clock.advance(Duration.ofSeconds(10));
        assertThat(budget.admit().admitted()).as("debt paid, not a microsecond more").isFalse();
        clock.advance(Duration.ofMillis(1));
        Admission again = budget.admit();
        assertThat(again.admitted()).isTrue();
        assertThat(again.storeTime().remaining()).isEqualTo(1);
    }

    @Test
    void theBudgetRefillsContinuouslyUpToAMinutesWorth() {
        budget.charge(Duration.ofSeconds(60));
        assertThat(budget.admit().admitted()).isFalse();
        clock.advance(Duration.ofSeconds(30));
        assertThat(budget.admit().storeTime().remaining()).isEqualTo(30_000);
        clock.advance(Duration.ofMinutes(5));
        assertThat(budget.admit().storeTime().remaining()).as("never more than a minute's worth").isEqualTo(60_000);
    }

    @Test
    void theDebtIsCappedAtOneMinutesBudget() {
        for (int i = 0; i < 8; i++) {
            // a burst of eight 30 s queries, all admitted while the budget was positive
            budget.charge(Duration.ofSeconds(30));
        }
        assertThat(budget.timeLeftMicros()).isEqualTo(-60_000_000L);
        Admission refused = budget.admit();
        assertThat(Duration.ofNanos(refused.storeTime().waitNanos())).isLessThanOrEqualTo(Duration.ofSeconds(61));
        clock.advance(ClientBuckets.IDLE_UNTIL_WHOLE);
        assertThat(budget.admit().storeTime().remaining()).as("whole again after two minutes").isEqualTo(60_000);
    }

    @Test
    void theCeilingRefusesFloodsOfCheapRequests() {
        ClientBudget small = new ClientBudget(new Allowance(Duration.ofSeconds(60), 3), clock);
        for (int i = 0; i < 3; i++) {
            assertThat(small.admit().admitted()).isTrue();
        }
        Admission refused = small.admit();
        assertThat(refused.admitted()).isFalse();
        assertThat(refused.requests().refused()).isTrue();
        assertThat(refused.storeTime().refused()).isFalse();
        assertThat(Duration.ofNanos(refused.requests().waitNanos())).isEqualTo(Duration.ofSeconds(20));
        assertThat(RateLimitFields.retryAfter(refused)).isEqualTo(20);
        clock.advance(Duration.ofSeconds(20));
        assertThat(small.admit().admitted()).isTrue();
    }

    @Test
    void partsOfAMicrosecondAreRoundedUp() {
        budget.charge(Duration.ofNanos(1));
        assertThat(budget.timeLeftMicros()).isEqualTo(60_000_000L - 1);
        budget.charge(Duration.ZERO);
        assertThat(budget.timeLeftMicros()).isEqualTo(60_000_000L - 1);
    }
}
