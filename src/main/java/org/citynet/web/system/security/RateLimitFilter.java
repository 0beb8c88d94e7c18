package org.citynet.web.system.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Applies the fair-use limit before anything else reads a request — before authentication, so that guessing
 * passwords is limited too — and charges the request's cost afterwards. Around each request it opens a tab
 * on the {@link CostMeter}: what the request's queries held the store, and any check of its credentials,
 * add to it, and the total is charged to the client's budget when the request ends, whatever its answer.
 * A dump ({@code /dumps/}) costs no store time: it is a file, remade once after each change of the data for
 * everyone, and whoever asks first (and waits for it) should not pay for the whole store being read; a
 * credential check sent with it still counts.
 *
 * <p>Every answer carries {@code RateLimit-Policy} and {@code RateLimit} ({@link RateLimitFields}); a refused
 * request gets 429 problem+json with {@code Retry-After}, written by {@code ErrorMapping}, and
 * {@code Access-Control-Allow-Origin: *} so that a web page of another origin can read why. Health probes
 * ({@code /actuator/health}) are never limited: an orchestrator must not take a busy service for a dead one.
 */
final class RateLimitFilter extends OncePerRequestFilter {

    private static final String HEALTH = "/actuator/health";
    private static final String DUMPS = "/dumps/";

    private final RateLimiter limiter;
    private final CostMeter meter;
    private final HandlerExceptionResolver resolver;

    RateLimitFilter(RateLimiter limiter, CostMeter meter, HandlerExceptionResolver resolver) {
        this.limiter = limiter;
        this.meter = meter;
        this.resolver = resolver;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        return path.equals(HEALTH) || path.startsWith(HEALTH + "/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // The tab is open before admission: checking credentials sent with the request is part of its cost.
        try (CostMeter.Tab tab = meter.open()) {
            RateLimiter.Decision decision = limiter.admit(request);
            try {
                response.setHeader(RateLimitFields.POLICY, RateLimitFields.policy(decision.admission()));
                response.setHeader(RateLimitFields.LIMIT, RateLimitFields.limit(decision.admission()));
                if (decision.allowed()) {
                    chain.doFilter(request, response);
                } else {
                    refuse(request, response, decision);
                }
            } finally {
                limiter.charge(decision, path(request).startsWith(DUMPS) ? tab.checkTime() : tab.total());
            }
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, RateLimiter.Decision decision) {
        if (request.getHeader(HttpHeaders.ORIGIN) != null) {
            // Refused before Spring MVC's CORS handling: without these a page could not read why.
            response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
            response.setHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, String.join(", ",
                    HttpHeaders.RETRY_AFTER, RateLimitFields.POLICY, RateLimitFields.LIMIT));
        }
        resolver.resolveException(request, response, null, new RateLimitExceededException(decision));
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
