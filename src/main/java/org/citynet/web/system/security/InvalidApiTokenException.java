package org.citynet.web.system.security;

import org.springframework.security.core.AuthenticationException;

/** An {@code Authorization: Bearer} header whose token is malformed or matches no configured API token. */
public class InvalidApiTokenException extends AuthenticationException {

    InvalidApiTokenException(String message) {
        super(message);
    }
}
