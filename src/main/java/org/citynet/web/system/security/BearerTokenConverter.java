package org.citynet.web.system.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * Reads {@code Authorization: Bearer <token>} (scheme case-insensitive, RFC 9110). Another scheme (Basic)
 * or no header is not its business and gives null; {@code Bearer} with no token is a malformed credential.
 */
final class BearerTokenConverter implements AuthenticationConverter {

    private static final String SCHEME = "Bearer";

    @Override
    public Authentication convert(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return null;
        }
        String value = header.strip();
        if (!value.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                || value.length() > SCHEME.length() && !Character.isWhitespace(value.charAt(SCHEME.length()))) {
            return null;
        }
        String token = value.substring(SCHEME.length()).strip();
        if (token.isEmpty()) {
            throw new InvalidApiTokenException("The Authorization header names the Bearer scheme but holds no token.");
        }
        return new BearerToken(token);
    }
}
