package org.citynet.web.system.security;

import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Authenticates a {@link BearerToken} against the configured {@link ApiTokens}. The authenticated principal
 * is {@code token:<name>}, so logs tell token holders from users with a password.
 */
final class ApiTokenAuthenticationProvider implements AuthenticationProvider {

    private final ApiTokens tokens;
    private final List<GrantedAuthority> authorities;

    ApiTokenAuthenticationProvider(ApiTokens tokens, List<GrantedAuthority> authorities) {
        this.tokens = tokens;
        this.authorities = List.copyOf(authorities);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String presented = (String) authentication.getCredentials();
        return tokens.match(presented)
                .map(name -> UsernamePasswordAuthenticationToken.authenticated("token:" + name, null, authorities))
                .orElseThrow(() -> new InvalidApiTokenException("The API token was not accepted."));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return BearerToken.class.isAssignableFrom(authentication);
    }
}
