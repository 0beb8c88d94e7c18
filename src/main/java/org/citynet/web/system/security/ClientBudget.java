package org.citynet.web.system.security;

import java.time.Duration;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import org.citynet.web.system.CitynetProperties.Allowance;

/**
 * One client's allowance as two token buckets (Bucket4j), each holding up to a minute's worth and refilled
 * continuously: its budget of store time, in microseconds, and its ceiling on requests.
 *
 * <p>A request is admitted while the budget has time left and the ceiling a request; it takes its request
 * at once and is {@linkplain #charge charged} its store time afterwards, when that is known. The charge may
 * take the budget below zero — a query that ran 10 s on the last second of budget is paid for by waiting —
 * but never below minus one minute's budget, so that a budget left alone is whole again within two minutes
 * and nobody waits more than a minute to be admitted, however many queries a burst had in flight.
 * Thread-safe: Bucket4j's local buckets are lock-free.
 */
final class ClientBudget {

    /** What the quotas are counted over; buckets refill a quota's worth every period. */
    static final Duration PERIOD = Duration.ofMinutes(1);

    private final long timeQuota;
    private final long requestQuota;
    private final Bucket time;
    private final Bucket requests;

    ClientBudget(Allowance allowance, TimeMeter clock) {
        this.timeQuota = micros(allowance.queryTime());
        this.requestQuota = allowance.requests();
        this.time = bucket(timeQuota, clock);
        this.requests = bucket(requestQuota, clock);
    }

    /** Admits a request if the budget has time left and the ceiling a request, taking the request. */
    Admission admit() {
        EstimationProbe timeLeft = time.estimateAbilityToConsume(1);
        long requestsLeft;
        long requestWait = 0;
        if (timeLeft.canBeConsumed()) {
            ConsumptionProbe request = requests.tryConsumeAndReturnRemaining(1);
            requestsLeft = request.getRemainingTokens();
            requestWait = request.isConsumed() ? 0 : request.getNanosToWaitForRefill();
        } else {
            requestsLeft = requests.getAvailableTokens();
        }
        Usage storeTime = new Usage(timeQuota / 1000, Math.max(0, timeLeft.getRemainingTokens()) / 1000,
                nanosToFill(time, timeQuota), timeLeft.canBeConsumed() ? 0 : timeLeft.getNanosToWaitForRefill());
        Usage count = new Usage(requestQuota, Math.max(0, requestsLeft), nanosToFill(requests, requestQuota),
                requestWait);
        return new Admission(storeTime, count);
    }

    /** Charges what an admitted request cost, down to minus one minute's budget at most. */
    void charge(Duration cost) {
        long micros = micros(cost);
        long room = time.getAvailableTokens() + timeQuota;
        long charged = Math.min(micros, room);
        if (charged > 0) {
            time.consumeIgnoringRateLimits(charged);
        }
    }

    /** Store time left, in microseconds; negative while the client pays off a debt. */
    long timeLeftMicros() {
        return time.getAvailableTokens();
    }

    private static long nanosToFill(Bucket bucket, long quota) {
        EstimationProbe full = bucket.estimateAbilityToConsume(quota);
        return full.canBeConsumed() ? 0 : full.getNanosToWaitForRefill();
    }

    private static Bucket bucket(long quota, TimeMeter clock) {
        Bandwidth bandwidth = Bandwidth.builder().capacity(quota).refillGreedy(quota, PERIOD).build();
        return Bucket.builder().addLimit(bandwidth).withCustomTimePrecision(clock).build();
    }

    /** Whole microseconds, rounded up, so that no store work is free. */
    private static long micros(Duration duration) {
        long nanos = duration.toNanos();
        return nanos <= 0 ? 0 : (nanos + 999) / 1000;
    }

    /**
     * One quota's state as a response reports it (draft-ietf-httpapi-ratelimit-headers).
     *
     * @param quota     a minute's worth: milliseconds of store time, or requests
     * @param remaining what is left, in the same unit, never below 0
     * @param fullNanos until the quota is whole again
     * @param waitNanos until a request would be admitted, 0 unless this quota refused it
     */
    record Usage(long quota, long remaining, long fullNanos, long waitNanos) {

        boolean refused() {
            return waitNanos > 0;
        }
    }

    /** What a request found: the store-time budget and the request ceiling. */
    record Admission(Usage storeTime, Usage requests) {

        boolean admitted() {
            return !storeTime.refused() && !requests.refused();
        }
    }
}
