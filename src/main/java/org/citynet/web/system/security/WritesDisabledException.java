package org.citynet.web.system.security;

import org.citynet.web.system.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * A write request to a server that takes no writes (see {@link WriteAccess}). Answered with 403 and the
 * reason: no credentials would help, so there is no login challenge.
 */
public class WritesDisabledException extends ProblemException {

    public WritesDisabledException(String reason) {
        super(HttpStatus.FORBIDDEN, "writes-not-enabled", "Writes not enabled", "Writes are not enabled on this"
                + " server: " + reason + ". Reads are public.");
    }
}
