package org.citynet.web.system.security;

import java.util.ArrayList;
import java.util.List;

import org.citynet.web.system.security.ClientBudget.Admission;
import org.citynet.web.system.security.ClientBudget.Usage;

/**
 * The {@code RateLimit-Policy} and {@code RateLimit} response fields of draft-ietf-httpapi-ratelimit-headers
 * (Structured Field lists, one item per quota) for a client's two quotas:
 * <pre>
 * RateLimit-Policy: "query-time";q=60000;qu="ms";w=60, "requests";q=1200;w=60
 * RateLimit: "query-time";r=59870;t=1, "requests";r=1187;t=1
 * </pre>
 * {@code q} is a minute's worth, {@code r} what is left; on an admitted request {@code t} is the seconds
 * until the quota is whole again. A refused request reports only the quotas that refused it, with {@code r=0}
 * and {@code t} the seconds until one would be admitted again — the {@code Retry-After} of the answer, which
 * the draft asks never to be earlier than {@code t}. Store time has no registered quota unit yet: its unit is
 * given as {@code qu="ms"}, milliseconds of store time.
 */
final class RateLimitFields {

    static final String POLICY = "RateLimit-Policy";
    static final String LIMIT = "RateLimit";
    static final String QUERY_TIME = "query-time";
    static final String REQUESTS = "requests";

    private RateLimitFields() {
    }

    static String policy(Admission admission) {
        long window = ClientBudget.PERIOD.toSeconds();
        return "\"" + QUERY_TIME + "\";q=" + admission.storeTime().quota() + ";qu=\"ms\";w=" + window
                + ", \"" + REQUESTS + "\";q=" + admission.requests().quota() + ";w=" + window;
    }

    static String limit(Admission admission) {
        List<String> items = new ArrayList<>();
        boolean refused = !admission.admitted();
        item(items, QUERY_TIME, admission.storeTime(), refused);
        item(items, REQUESTS, admission.requests(), refused);
        return String.join(", ", items);
    }

    /** The names of the quotas that refused the request, empty if it was admitted. */
    static List<String> violated(Admission admission) {
        List<String> names = new ArrayList<>();
        if (admission.storeTime().refused()) {
            names.add(QUERY_TIME);
        }
        if (admission.requests().refused()) {
            names.add(REQUESTS);
        }
        return names;
    }

    /** Seconds until a refused request would be admitted: the longest wait of the quotas that refused it. */
    static long retryAfter(Admission admission) {
        return seconds(Math.max(admission.storeTime().waitNanos(), admission.requests().waitNanos()));
    }

    private static void item(List<String> items, String name, Usage usage, boolean refused) {
        if (!refused) {
            items.add("\"" + name + "\";r=" + usage.remaining() + ";t=" + seconds(usage.fullNanos()));
        } else if (usage.refused()) {
            items.add("\"" + name + "\";r=0;t=" + seconds(usage.waitNanos()));
        }
    }

    /** Whole seconds, rounded up: a client that waits them is never early. */
    static long seconds(long nanos) {
        return nanos <= 0 ? 0 : (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
