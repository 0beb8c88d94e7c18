package org.citynet.web.system.security;

/**
 * A write sent by a web page of another origin (the browser says so in {@code Origin} or
 * {@code Sec-Fetch-Site}). Refused with 403 before any authentication, see {@link SameOriginWrites}.
 */
public class CrossOriginWriteException extends RuntimeException {

    CrossOriginWriteException() {
        super("Writes are not accepted from web pages of other origins. Send them from a program (curl, a"
                + " SPARQL client) or from a page of this server.");
    }
}
