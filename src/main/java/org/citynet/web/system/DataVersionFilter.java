package org.citynet.web.system;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.citynet.kernel.store.DataVersion;
import org.citynet.kernel.store.DataVersions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the store's data version once at the start of every request and keeps it for the request
 * ({@link DataVersions#pin()}). For a remote store this is the read of its version stamp: another replica's
 * write is seen from the next request on, so no answer, ETag or 304 of this one describes data older than the
 * store's when the request began, and every value kept until the data changes (labels, indexes, the footer) is
 * made again first. One small query per request; static files and the actuator are left out. If the store
 * cannot be read, the request goes on unpinned and fails where the store is needed, with the usual answer.
 */
final class DataVersionFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DataVersionFilter.class);
    private static final List<String> WITHOUT_DATA = List.of("/css/", "/js/", "/vendor/", "/webjars/", "/actuator/",
            "/favicon.ico");

    private final DataVersions versions;
    private final BackgroundWarmUps warmUps;

    DataVersionFilter(DataVersions versions, BackgroundWarmUps warmUps) {
        this.versions = versions;
        this.warmUps = warmUps;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return WITHOUT_DATA.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean pinned = false;
        try {
            DataVersion version = versions.pin();
            pinned = true;
            warmUps.seen(version);
        } catch (RuntimeException e) {
            log.debug("Could not read the store's data version for {}: {}", request.getRequestURI(), e.getMessage());
        }
        try {
            chain.doFilter(request, response);
        } finally {
            if (pinned) {
                versions.unpin();
            }
        }
    }
}
