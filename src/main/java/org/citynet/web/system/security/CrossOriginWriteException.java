package org.citynet.web.system.security;

import org.citynet.web.system.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * A write sent by a web page of another origin (the browser says so in {@code Origin} or
 * {@code Sec-Fetch-Site}). Refused with 403 before any authentication, see {@link SameOriginWrites}.
 */
public class CrossOriginWriteException extends ProblemException {

    CrossOriginWriteException() {
        super(HttpStatus.FORBIDDEN, "cross-origin-write", "Cross-origin write refused", "Writes are not accepted"
                + " from web pages of other origins. Send them from a program (curl, a SPARQL client) or from a page"
                + " of this server.");
    }
}
