package org.citynet.web.system.security;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import org.citynet.web.system.CitynetProperties.Allowance;

/**
 * One token bucket (Bucket4j) per client key, in a bounded map (Caffeine) that forgets a bucket once it
 * has been idle long enough to be full again, so forgetting it changes nothing, and the least used ones
 * beyond {@code maxClients}. Thread-safe: Bucket4j's local buckets are lock-free, Caffeine's map is
 * concurrent.
 */
final class ClientBuckets {

    private final Cache<String, Bucket> buckets;
    private final TimeMeter clock;

    ClientBuckets(int maxClients, Duration idleExpiry) {
        this(maxClients, idleExpiry, TimeMeter.SYSTEM_NANOTIME, Ticker.systemTicker());
    }

    /** With the clocks given, for tests. */
    ClientBuckets(int maxClients, Duration idleExpiry, TimeMeter clock, Ticker ticker) {
        this.clock = clock;
        this.buckets = Caffeine.newBuilder().maximumSize(maxClients).expireAfterAccess(idleExpiry).ticker(ticker)
                .build();
    }

    /** Takes one token from the client's bucket, made with {@code allowance} if it has none. */
    ConsumptionProbe take(String key, Allowance allowance) {
        return buckets.get(key, k -> bucket(allowance)).tryConsumeAndReturnRemaining(1);
    }

    long size() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    private Bucket bucket(Allowance allowance) {
        Bandwidth bandwidth = Bandwidth.builder().capacity(allowance.capacity())
                .refillGreedy(allowance.refill(), allowance.period()).build();
        return Bucket.builder().addLimit(bandwidth).withCustomTimePrecision(clock).build();
    }

    /** How long an untouched bucket takes to fill up from empty. */
    static Duration timeToFill(Allowance allowance) {
        long periods = (allowance.capacity() + allowance.refill() - 1) / allowance.refill();
        return allowance.period().multipliedBy(periods);
    }
}
