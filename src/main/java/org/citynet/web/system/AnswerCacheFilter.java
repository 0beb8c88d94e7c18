package org.citynet.web.system;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.citynet.kernel.store.DataVersion;
import org.citynet.kernel.store.DataVersions;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * ETag, 304 and a result cache for the GET answers of the REST API ({@code /api/**}: named queries, the
 * comparison, cities, networks, agreements, themes). The tag is made from the {@link DataVersion} and the
 * request variant (path, query string, {@code Accept}, {@code Accept-Language}, {@code Origin}), so it
 * changes with every committed write and a client's copy is confirmed (304) without running anything. The
 * cache holds whole 200 answers keyed by that tag: an answer of older data can never be found again, and
 * the bounded cache lets it age out; it is the {@link AnswerCache} the SPARQL endpoint shares.
 * {@code Cache-Control: no-cache} (or {@code max-age=0}) on the request skips the lookup and computes the
 * answer afresh. An answer is kept only if the store's generation did not move while it was made.
 * Thread-safe; one per application.
 */
final class AnswerCacheFilter extends OncePerRequestFilter {

    private final DataVersions versions;
    private final AnswerCache cache;

    AnswerCacheFilter(DataVersions versions, AnswerCache cache) {
        this.versions = versions;
        this.cache = cache;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        DataVersion version = versions.current();
        String etag = version.etag("api-" + variant(request));
        if (AnswerCache.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.setHeader(HttpHeaders.ETAG, etag);
            return;
        }
        boolean fresh = AnswerCache.wantsFresh(request.getHeader(HttpHeaders.CACHE_CONTROL),
                request.getHeader(HttpHeaders.PRAGMA));
        Optional<CachedAnswer> known = fresh ? Optional.empty() : cache.find(etag, CachedAnswer.class);
        if (known.isPresent()) {
            known.get().writeTo(response, etag);
            return;
        }
        Set<String> setBefore = CachedAnswer.present(response);
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, buffered);
        if (buffered.getStatus() == HttpServletResponse.SC_OK && !buffered.isCommitted()) {
            buffered.setHeader(HttpHeaders.ETAG, etag);
            cache.keep(etag, CachedAnswer.of(buffered, setBefore, buffered.getContentAsByteArray()), version);
        }
        buffered.copyBodyToResponse();
    }

    /** Everything besides the data that the answer depends on, hashed to keep the tag short. */
    static String variant(HttpServletRequest request) {
        return AnswerCache.digest(String.join("\n", request.getRequestURI(),
                String.valueOf(request.getQueryString()), String.valueOf(request.getHeader(HttpHeaders.ACCEPT)),
                String.valueOf(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)),
                String.valueOf(request.getHeader(HttpHeaders.ORIGIN))));
    }
}
