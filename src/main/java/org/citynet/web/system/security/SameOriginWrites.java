package org.citynet.web.system.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Refuses writes that a browser sends on behalf of a page of another origin, before authentication.
 *
 * <p>Writes carry no cookie and no session, so there is nothing for cross-site request forgery to ride on,
 * except one thing: a browser that was once given HTTP Basic credentials for this server sends them again
 * by itself. A page elsewhere could then POST a form with {@code update=DROP …} here. Browsers mark such
 * requests ({@code Origin} of the other page, {@code Sec-Fetch-Site: cross-site}); programs (curl, SPARQL
 * clients) send neither, and are unaffected. A page of this server itself may still write.
 */
final class SameOriginWrites extends OncePerRequestFilter {

    private final HandlerExceptionResolver problems;

    SameOriginWrites(HandlerExceptionResolver problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isCrossOrigin(request)) {
            problems.resolveException(request, response, null, new CrossOriginWriteException());
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isCrossOrigin(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if ("cross-site".equalsIgnoreCase(site) || "same-site".equalsIgnoreCase(site)) {
            return true;
        }
        String origin = request.getHeader("Origin");
        return origin != null && !origin.equalsIgnoreCase(ownOrigin(request));
    }

    /** This server's origin as the client addressed it (behind a proxy: as X-Forwarded-* say). */
    private static String ownOrigin(HttpServletRequest request) {
        URI own = ServletUriComponentsBuilder.fromContextPath(request).replacePath(null).replaceQuery(null)
                .build().toUri();
        int port = own.getPort();
        boolean defaultPort = port == -1 || "http".equals(own.getScheme()) && port == 80
                || "https".equals(own.getScheme()) && port == 443;
        return own.getScheme() + "://" + own.getHost() + (defaultPort ? "" : ":" + port);
    }
}
