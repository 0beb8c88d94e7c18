package org.citynet.web.system.security;

/**
 * Who sent a request, for rate limiting: its address, and the principal its credentials were verified to
 * be (earlier, and remembered) or the credentials not yet verified.
 *
 * @param address     the client's IP address (see {@link ClientIdentity})
 * @param principal   the user or {@code token:name} when known, else null
 * @param credentials the Authorization header when present and not yet verified, else null
 */
record Client(String address, String principal, String credentials) {

    static Client anonymous(String address) {
        return new Client(address, null, null);
    }

    boolean authenticated() {
        return principal != null;
    }

    boolean hasUnverifiedCredentials() {
        return principal == null && credentials != null;
    }
}
