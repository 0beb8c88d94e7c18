package org.citynet.web.system.security;

import org.citynet.web.system.CitynetProperties;

/**
 * Whether this server takes writes at all, decided once from the configuration: only with at least one
 * configured user or API token. The store may be local or remote: a remote store is written through the
 * service the same way (validated, all or nothing, conditional on the store's version so that replicas never
 * overwrite each other), with the store's own credentials ({@code citynet.store.username}). When writes are
 * off, every write request is answered with 403 and the reason, never with an open door and never with a
 * login challenge no one could answer.
 *
 * @param enabled true if writes are possible (for authenticated clients)
 * @param reason  why writes are off, for the client and the log; null when enabled
 */
public record WriteAccess(boolean enabled, String reason) {

    public static WriteAccess of(CitynetProperties properties) {
        if (!properties.security().hasCredentials()) {
            return new WriteAccess(false, "no users or API tokens are configured"
                    + " (citynet.security.users, citynet.security.tokens)");
        }
        return new WriteAccess(true, null);
    }

    /** @throws WritesDisabledException if writes are off */
    public void require() {
        if (!enabled) {
            throw new WritesDisabledException(reason);
        }
    }
}
