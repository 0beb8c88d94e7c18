package org.citynet.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongSupplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * ETag, 304 and a result cache for the GET answers of the REST API ({@code /api/**}: named queries, the
 * comparison, cities, networks, agreements, themes). The tag is made from the {@link DataVersion} and the
 * request variant (path, query string, {@code Accept}, {@code Accept-Language}, {@code Origin}), so it
 * changes with every committed write and a client's copy is confirmed (304) without running anything. The
 * cache holds whole 200 answers keyed by that tag: an answer of older data can never be found again, and
 * the bounded cache lets it age out. {@code Cache-Control: no-cache} (or {@code max-age=0}) on the request
 * skips the lookup and computes the answer afresh. An answer is kept only if the store's generation did
 * not move while it was made. Thread-safe; one per application.
 */
final class AnswerCacheFilter extends OncePerRequestFilter {

    private final DataVersions versions;
    private final LongSupplier generation;
    private final Cache<String, CachedAnswer> cache;
    private final long maxEntry;

    AnswerCacheFilter(DataVersions versions, LongSupplier generation, AnswerCacheProperties properties) {
        this.versions = versions;
        this.generation = generation;
        this.maxEntry = properties.maxEntry().toBytes();
        this.cache = Caffeine.newBuilder().maximumWeight(properties.maxSize().toBytes())
                .weigher((String key, CachedAnswer answer) -> answer.weight()).build();
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
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.setHeader(HttpHeaders.ETAG, etag);
            return;
        }
        if (!revalidate(request)) {
            CachedAnswer known = cache.getIfPresent(etag);
            if (known != null) {
                known.writeTo(response, etag);
                return;
            }
        }
        Set<String> setBefore = CachedAnswer.present(response);
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, buffered);
        if (buffered.getStatus() == HttpServletResponse.SC_OK && !buffered.isCommitted()) {
            buffered.setHeader(HttpHeaders.ETAG, etag);
            byte[] body = buffered.getContentAsByteArray();
            // Made under a later write than the tag says: sent, but not kept under that tag.
            if (body.length <= maxEntry && generation.getAsLong() == version.generation()) {
                cache.put(etag, CachedAnswer.of(buffered, setBefore, body));
            }
        }
        buffered.copyBodyToResponse();
    }

    /** Everything besides the data that the answer depends on, hashed to keep the tag short. */
    static String variant(HttpServletRequest request) {
        String text = String.join("\n", request.getRequestURI(), String.valueOf(request.getQueryString()),
                String.valueOf(request.getHeader(HttpHeaders.ACCEPT)),
                String.valueOf(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)),
                String.valueOf(request.getHeader(HttpHeaders.ORIGIN)));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** {@code If-None-Match}: a list of tags, weak or strong, or {@code *}. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            tag = tag.startsWith("W/") ? tag.substring(2) : tag;
            if (tag.equals("*") || tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    private static boolean revalidate(HttpServletRequest request) {
        String cacheControl = request.getHeader(HttpHeaders.CACHE_CONTROL);
        String pragma = request.getHeader(HttpHeaders.PRAGMA);
        String directives = (cacheControl == null ? "" : cacheControl.toLowerCase(Locale.ROOT));
        return directives.contains("no-cache") || directives.contains("max-age=0")
                || pragma != null && pragma.toLowerCase(Locale.ROOT).contains("no-cache");
    }
}
