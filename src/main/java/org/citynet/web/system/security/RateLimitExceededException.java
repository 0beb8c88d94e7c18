package org.citynet.web.system.security;

import org.citynet.web.system.ProblemException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** A client has used up its rate-limit allowance; maps to 429 with {@code Retry-After}. */
public class RateLimitExceededException extends ProblemException {

    private final long retryAfterSeconds;
    private final long capacity;

    public RateLimitExceededException(long retryAfterSeconds, long capacity, boolean authenticated) {
        super(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests", "Too many requests from this "
                + (authenticated ? "user" : "address") + ": it may make " + capacity + " at once, refilled at a"
                + " steady rate. Try again in " + retryAfterSeconds + " s"
                + (authenticated ? "." : ", or authenticate for a larger allowance."));
        this.retryAfterSeconds = retryAfterSeconds;
        this.capacity = capacity;
        property("retryAfter", retryAfterSeconds);
        getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public long capacity() {
        return capacity;
    }
}
