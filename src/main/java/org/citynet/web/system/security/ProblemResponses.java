package org.citynet.web.system.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Where Spring Security's refusals become answers: handed to Spring MVC's exception resolvers, so that
 * {@code ErrorMapping}, the one place that writes problem details, answers them too (401 with
 * {@code WWW-Authenticate}, 403), never a redirect to a login page. While writes are off, every refusal
 * says so (403) instead of asking for credentials no one has.
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final HandlerExceptionResolver resolver;
    private final WriteAccess access;

    ProblemResponses(HandlerExceptionResolver resolver, WriteAccess access) {
        this.resolver = resolver;
        this.access = access;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) {
        resolve(request, response, new AuthenticationRequiredException(e));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) {
        resolve(request, response, new AccessRefusedException(e));
    }

    private void resolve(HttpServletRequest request, HttpServletResponse response, RuntimeException e) {
        RuntimeException answer = access.enabled() ? e : new WritesDisabledException(access.reason());
        resolver.resolveException(request, response, null, answer);
    }
}
