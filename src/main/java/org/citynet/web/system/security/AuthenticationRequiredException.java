package org.citynet.web.system.security;

import org.citynet.web.system.ProblemException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;

/**
 * A write without valid credentials: 401 with a challenge for each way to authenticate (RFC 9110, 11.6.1),
 * and a bad API token named as such (RFC 6750, 3.1). Whether a user exists is never told apart from a wrong
 * password.
 */
class AuthenticationRequiredException extends ProblemException {

    AuthenticationRequiredException(AuthenticationException cause) {
        super(HttpStatus.UNAUTHORIZED, "unauthorized", "Authentication required", detail(cause), cause);
        getHeaders().add(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"citynet\", charset=\"UTF-8\"");
        getHeaders().add(HttpHeaders.WWW_AUTHENTICATE, cause instanceof InvalidApiTokenException
                ? "Bearer realm=\"citynet\", error=\"invalid_token\"" : "Bearer realm=\"citynet\"");
    }

    private static String detail(AuthenticationException cause) {
        boolean noCredentials = cause instanceof InsufficientAuthenticationException
                || cause instanceof AuthenticationCredentialsNotFoundException;
        return noCredentials ? "Writes need authentication: HTTP Basic as a configured user, or an API token as"
                + " Authorization: Bearer <token>." : "The credentials sent were not accepted.";
    }
}
