package org.citynet.web.system.security;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * The raw token of an {@code Authorization: Bearer} header, before it is checked. Never authenticated
 * itself: {@link ApiTokenAuthenticationProvider} answers it with an authenticated token naming the holder.
 */
final class BearerToken extends AbstractAuthenticationToken {

    private final String token;

    BearerToken(String token) {
        super(List.of());
        this.token = token;
        setAuthenticated(false);
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public Object getPrincipal() {
        return null;
    }

    @Override
    public String toString() {
        // Never the token itself: this object can end up in logs.
        return "BearerToken[hidden]";
    }
}
