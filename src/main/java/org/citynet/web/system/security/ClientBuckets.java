package org.citynet.web.system.security;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.github.bucket4j.TimeMeter;
import org.citynet.web.system.CitynetProperties.Allowance;

/**
 * Each client's {@link ClientBudget}, by client key, in a bounded map (Caffeine) that forgets a budget once it
 * has been idle long enough to be whole again (two minutes: one to pay off the largest debt, one to fill up),
 * so forgetting it changes nothing, and the least used ones beyond {@code maxClients}. Thread-safe:
 * Bucket4j's local buckets are lock-free, Caffeine's map is concurrent.
 */
final class ClientBuckets {

    /** A budget at its largest debt pays it off in one period and fills up in the next. */
    static final Duration IDLE_UNTIL_WHOLE = ClientBudget.PERIOD.multipliedBy(2);

    private final Cache<String, ClientBudget> budgets;
    private final TimeMeter clock;

    ClientBuckets(int maxClients) {
        this(maxClients, TimeMeter.SYSTEM_NANOTIME, Ticker.systemTicker());
    }

    /** With the clocks given, for tests. */
    ClientBuckets(int maxClients, TimeMeter clock, Ticker ticker) {
        this.clock = clock;
        this.budgets = Caffeine.newBuilder().maximumSize(maxClients).expireAfterAccess(IDLE_UNTIL_WHOLE)
                .ticker(ticker).build();
    }

    /** Admits a request of the client, whose budget is made with {@code allowance} if it has none. */
    ClientBudget.Admission admit(String key, Allowance allowance) {
        return budget(key, allowance).admit();
    }

    /** Charges an admitted request's cost to the client. */
    void charge(String key, Allowance allowance, Duration cost) {
        budget(key, allowance).charge(cost);
    }

    long size() {
        budgets.cleanUp();
        return budgets.estimatedSize();
    }

    private ClientBudget budget(String key, Allowance allowance) {
        return budgets.get(key, k -> new ClientBudget(allowance, clock));
    }
}
