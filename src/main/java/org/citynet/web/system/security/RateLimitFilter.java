package org.citynet.web.system.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Applies the rate limit before anything else reads a request — before authentication, so that guessing
 * passwords is limited too. Every answer carries {@code RateLimit-Limit}, {@code RateLimit-Remaining} and
 * {@code RateLimit-Reset} (seconds until the bucket is full); a refused request gets 429 problem+json with
 * {@code Retry-After}, written by {@code ErrorMapping}. Health probes ({@code /actuator/health}) are never
 * limited: an orchestrator must not take a busy service for a dead one.
 */
final class RateLimitFilter extends OncePerRequestFilter {

    private static final String HEALTH = "/actuator/health";

    private final RateLimiter limiter;
    private final HandlerExceptionResolver resolver;

    RateLimitFilter(RateLimiter limiter, HandlerExceptionResolver resolver) {
        this.limiter = limiter;
        this.resolver = resolver;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(HEALTH) || path.startsWith(HEALTH + "/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RateLimiter.Decision decision = limiter.admit(request);
        response.setHeader("RateLimit-Limit", Long.toString(decision.limit()));
        response.setHeader("RateLimit-Remaining", Long.toString(decision.remaining()));
        response.setHeader("RateLimit-Reset", Long.toString(decision.resetSeconds()));
        if (decision.allowed()) {
            chain.doFilter(request, response);
            return;
        }
        resolver.resolveException(request, response, null, new RateLimitExceededException(
                decision.retryAfter(), decision.limit(), decision.authenticated()));
    }
}
