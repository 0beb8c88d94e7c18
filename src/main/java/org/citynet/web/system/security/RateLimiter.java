package org.citynet.web.system.security;

import jakarta.servlet.http.HttpServletRequest;

import io.github.bucket4j.ConsumptionProbe;
import org.citynet.web.system.CitynetProperties;
import org.citynet.web.system.CitynetProperties.Allowance;

/**
 * Decides whether a request may go on: the client's bucket ({@link ClientBuckets}) by address, or by
 * user or API token once its credentials are known to be valid ({@link ClientIdentity}). Credentials not
 * yet verified are first charged to the address, so that a flood of wrong passwords is stopped as any
 * other flood is, before a single hash is computed for it. Thread-safe.
 */
final class RateLimiter {

    private final ClientIdentity identity;
    private final ClientBuckets buckets;
    private final Allowance anonymous;
    private final Allowance authenticated;

    RateLimiter(ClientIdentity identity, ClientBuckets buckets, CitynetProperties.RateLimit settings) {
        this.identity = identity;
        this.buckets = buckets;
        this.anonymous = settings.anonymous();
        this.authenticated = settings.authenticated();
    }

    Decision admit(HttpServletRequest request) {
        Client client = identity.identify(request);
        if (client.authenticated()) {
            return take("user:" + client.principal(), authenticated, true);
        }
        Decision asAddress = take("address:" + client.address(), anonymous, false);
        if (!asAddress.allowed() || !client.hasUnverifiedCredentials()) {
            return asAddress;
        }
        return identity.verify(request, client)
                .map(principal -> take("user:" + principal, authenticated, true))
                .orElse(asAddress);
    }

    private Decision take(String key, Allowance allowance, boolean authenticatedClient) {
        ConsumptionProbe probe = buckets.take(key, allowance);
        return new Decision(probe.isConsumed(), allowance.capacity(), probe.getRemainingTokens(),
                seconds(probe.getNanosToWaitForReset()), seconds(probe.getNanosToWaitForRefill()),
                authenticatedClient);
    }

    /** Whole seconds, rounded up, at least 1 when any wait is left. */
    private static long seconds(long nanos) {
        return nanos <= 0 ? 0 : Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }

    /**
     * @param limit         the bucket's capacity
     * @param remaining     tokens left after this request
     * @param resetSeconds  until the bucket is full again
     * @param retryAfter    until the next request would be admitted (0 when admitted)
     * @param authenticated whether the client was counted as a user or API token
     */
    record Decision(boolean allowed, long limit, long remaining, long resetSeconds, long retryAfter,
                    boolean authenticated) {
    }
}
