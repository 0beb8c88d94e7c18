package org.citynet.web.system.security;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * Tells clients apart for rate limiting.
 *
 * <p><b>Address.</b> The address the connection came from, as Tomcat sees it: the socket's peer, or, with
 * {@code server.forward-headers-strategy=native}, what Tomcat's RemoteIpValve took from
 * {@code X-Forwarded-For} for requests from its trusted proxies ({@code server.tomcat.remoteip.*}). The
 * address Spring's {@code framework} strategy derives is not used: it is the leftmost
 * {@code X-Forwarded-For} entry, which any client can write. With that strategy, list the proxies in
 * {@code citynet.rate-limit.trusted-proxies}: for a request from one of them, the client is the rightmost
 * {@code X-Forwarded-For} address that is not a trusted proxy.
 *
 * <p><b>Credentials.</b> Reads are public and never authenticated, but a client that sends valid
 * credentials (HTTP Basic or an API token) is rate-limited as that user. Checking a BCrypt password costs
 * real time, so a verified {@code Authorization} header is remembered (by its SHA-256, never in clear) and
 * checked once; {@link RateLimiter} charges unverified credentials to the address first, so that guessing
 * passwords is as limited as anything else. Thread-safe.
 */
final class ClientIdentity {

    private static final String FORWARDED_FOR = "X-Forwarded-For";

    private final AuthenticationManager authentication;
    private final List<IpAddressMatcher> trustedProxies;
    private final Cache<String, String> verified;
    private final AuthenticationConverter basic = new BasicAuthenticationConverter();
    private final AuthenticationConverter bearer = new BearerTokenConverter();

    ClientIdentity(AuthenticationManager authentication, List<String> trustedProxies) {
        this.authentication = authentication;
        this.trustedProxies = trustedProxies.stream().map(IpAddressMatcher::new).toList();
        this.verified = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(Duration.ofMinutes(10)).build();
    }

    Client identify(HttpServletRequest request) {
        String address = address(request);
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            return Client.anonymous(address);
        }
        String principal = verified.getIfPresent(digest(header));
        return principal != null ? new Client(address, principal, null) : new Client(address, null, header);
    }

    /** Checks the credentials a client sent; the principal if they are valid, remembered from then on. */
    Optional<String> verify(HttpServletRequest request, Client client) {
        try {
            Authentication presented = bearer.convert(request);
            if (presented == null) {
                presented = basic.convert(request);
            }
            if (presented == null) {
                return Optional.empty();
            }
            Authentication result = authentication.authenticate(presented);
            if (result == null || !result.isAuthenticated()) {
                return Optional.empty();
            }
            verified.put(digest(client.credentials()), result.getName());
            return Optional.of(result.getName());
        } catch (AuthenticationException | IllegalArgumentException wrongOrMalformed) {
            // Counted as the address it came from; a write with these credentials gets its 401 later.
            return Optional.empty();
        }
    }

    private String address(HttpServletRequest request) {
        ServletRequest received = innermost(request);
        String peer = received.getRemoteAddr();
        if (trustedProxies.isEmpty() || !isTrustedProxy(peer)
                || !(received instanceof HttpServletRequest asReceived)) {
            return peer;
        }
        // The header as it came: Spring's ForwardedHeaderFilter hides X-Forwarded-* from the requests it wraps.
        List<String> forwarded = Collections.list(asReceived.getHeaders(FORWARDED_FOR)).stream()
                .flatMap(value -> Arrays.stream(value.split(","))).map(String::strip)
                .filter(value -> !value.isEmpty()).toList();
        for (int i = forwarded.size() - 1; i >= 0; i--) {
            String hop = forwarded.get(i);
            if (!isTrustedProxy(hop)) {
                return hop;
            }
        }
        return peer;
    }

    private boolean isTrustedProxy(String address) {
        try {
            return trustedProxies.stream().anyMatch(proxy -> proxy.matches(address));
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }

    /** The request as Tomcat made it, below the wrappers of filters such as Spring's ForwardedHeaderFilter. */
    private static ServletRequest innermost(ServletRequest request) {
        ServletRequest current = request;
        while (current instanceof ServletRequestWrapper wrapper) {
            current = wrapper.getRequest();
        }
        return current;
    }

    private static String digest(String header) {
        return DigestUtils.sha256Hex(header);
    }
}
