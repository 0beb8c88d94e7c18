package org.citynet.web.system.security;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import org.citynet.web.system.ProblemException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * A client has spent its budget of store time or reached its ceiling on requests: 429 with
 * {@code Retry-After}, the seconds until it would be admitted again. The problem details name the quotas
 * that refused it ({@code violated-policies}, as draft-ietf-httpapi-ratelimit-headers does) and say how to
 * cost less.
 */
public class RateLimitExceededException extends ProblemException {

    private final long retryAfterSeconds;

    RateLimitExceededException(RateLimiter.Decision decision) {
        this(RateLimitFields.retryAfter(decision.admission()), RateLimitFields.violated(decision.admission()),
                decision);
    }

    private RateLimitExceededException(long retryAfterSeconds, List<String> violated, RateLimiter.Decision decision) {
        super(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
                detail(retryAfterSeconds, violated, decision));
        this.retryAfterSeconds = retryAfterSeconds;
        property("retryAfter", retryAfterSeconds);
        property("violated-policies", violated);
        getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    private static String detail(long retryAfter, List<String> violated, RateLimiter.Decision decision) {
        String who = decision.authenticated() ? "This user" : "This address";
        String spent = violated.contains(RateLimitFields.QUERY_TIME)
                ? who + " has spent its budget of store time, " + seconds(decision.allowance().queryTime()) + " s"
                : who + " has sent its " + decision.allowance().requests() + " requests";
        return spent + " a minute, refilled continuously. Try again in " + retryAfter + " s"
                + (decision.authenticated() ? "." : ", or authenticate for a larger allowance.")
                + " Answers from the cache and 304s (send If-None-Match with the ETag you were given) cost next to"
                + " nothing; for bulk use, download a dump (/dumps/citynet.nq.gz, listed in /catalog).";
    }

    private static String seconds(Duration duration) {
        return BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros().toPlainString();
    }
}
