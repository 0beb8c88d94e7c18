package org.citynet.web.sparql;

import jakarta.servlet.http.HttpServletRequest;

import org.citynet.web.system.AnswerCache;
import org.springframework.http.HttpHeaders;

/**
 * What a request says about cached answers. Only GET (and HEAD) is validated: it gets an {@code ETag} and
 * a 304 for a matching {@code If-None-Match}; a POST is answered from the cache too but neither (RFC 9110:
 * {@code If-None-Match} on a POST is a precondition of a change, not a validation of a copy).
 *
 * @param validated   whether the answer carries an ETag and {@code ifNoneMatch} counts
 * @param ifNoneMatch the request's {@code If-None-Match}, or null
 * @param fresh       the client asked for the answer to be computed again ({@code Cache-Control: no-cache})
 */
record CacheConditions(boolean validated, String ifNoneMatch, boolean fresh) {

    static CacheConditions of(HttpServletRequest request) {
        boolean validated = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        return new CacheConditions(validated, validated ? request.getHeader(HttpHeaders.IF_NONE_MATCH) : null,
                AnswerCache.wantsFresh(request.getHeader(HttpHeaders.CACHE_CONTROL),
                        request.getHeader(HttpHeaders.PRAGMA)));
    }

    /** Whether the client's copy with tag {@code etag} is current. */
    boolean notModified(String etag) {
        return validated && AnswerCache.matches(ifNoneMatch, etag);
    }
}
