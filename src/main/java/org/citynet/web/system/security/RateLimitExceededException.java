package org.citynet.web.system.security;

/** A client has used up its rate-limit allowance; maps to 429 with {@code Retry-After}. */
public class RateLimitExceededException extends RuntimeException {

    private final long retryAfterSeconds;
    private final long capacity;

    public RateLimitExceededException(long retryAfterSeconds, long capacity, boolean authenticated) {
        super("Too many requests from this " + (authenticated ? "user" : "address") + ": it may make "
                + capacity + " at once, refilled at a steady rate. Try again in " + retryAfterSeconds + " s"
                + (authenticated ? "." : ", or authenticate for a larger allowance."));
        this.retryAfterSeconds = retryAfterSeconds;
        this.capacity = capacity;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public long capacity() {
        return capacity;
    }
}
