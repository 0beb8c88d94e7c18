package org.citynet.web.system.security;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;

import org.citynet.web.system.CitynetProperties;
import org.citynet.web.system.CitynetProperties.Allowance;

/**
 * Decides whether a request may go on, and charges what it cost afterwards: the client's
 * {@link ClientBudget} by address, or by user or API token once its credentials are known to be valid
 * ({@link ClientIdentity}). Credentials not yet verified are first admitted as the address, so that a flood
 * of wrong passwords is stopped as any other flood is, before a single hash is computed for it; the time the
 * check takes is part of the request's cost. Thread-safe.
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
            return admit(user(client.principal()), authenticated, true);
        }
        Decision asAddress = admit("address:" + client.address(), anonymous, false);
        if (!asAddress.allowed() || !client.hasUnverifiedCredentials()) {
            return asAddress;
        }
        return identity.verify(request, client)
                .map(principal -> admit(user(principal), authenticated, true))
                .orElse(asAddress);
    }

    /** Charges the client a request was counted as with what the request cost. */
    void charge(Decision decision, Duration cost) {
        if (!cost.isZero()) {
            buckets.charge(decision.key(), decision.allowance(), cost);
        }
    }

    private Decision admit(String key, Allowance allowance, boolean authenticatedClient) {
        return new Decision(key, allowance, authenticatedClient, buckets.admit(key, allowance));
    }

    private static String user(String principal) {
        return "user:" + principal;
    }

    /**
     * @param key           the client the request is counted as
     * @param allowance     that client's allowance
     * @param authenticated whether that client is a user or API token
     * @param admission     what its budget and ceiling said
     */
    record Decision(String key, Allowance allowance, boolean authenticated, ClientBudget.Admission admission) {

        boolean allowed() {
            return admission.admitted();
        }
    }
}
