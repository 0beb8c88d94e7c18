package org.citynet.web.system.security;

/**
 * A write request to a server that takes no writes (see {@link WriteAccess}). Answered with 403 and the
 * reason: no credentials would help, so there is no login challenge.
 */
public class WritesDisabledException extends RuntimeException {

    public WritesDisabledException(String reason) {
        super("Writes are not enabled on this server: " + reason + ". Reads are public.");
    }
}
