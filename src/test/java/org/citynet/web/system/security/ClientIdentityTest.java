package org.citynet.web.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** Who a request comes from: the connection's address, X-Forwarded-For only from trusted proxies. */
class ClientIdentityTest {

    private final AuthenticationManager nobody = authentication -> {
        throw new BadCredentialsException("no");
    };

    @Test
    void withoutTrustedProxiesForwardedForIsIgnored() {
        ClientIdentity identity = new ClientIdentity(nobody, List.of());
        assertThat(identity.identify(request("10.0.0.5", "203.0.113.1")).address()).isEqualTo("10.0.0.5");
    }

    @Test
    void fromATrustedProxyTheRightmostUntrustedAddressIsTheClient() {
        ClientIdentity identity = new ClientIdentity(nobody, List.of("10.0.0.0/8", "192.168.1.1"));
        assertThat(identity.identify(request("10.0.0.5", "203.0.113.1")).address()).isEqualTo("203.0.113.1");
        assertThat(identity.identify(request("10.0.0.5", "198.51.100.1, 203.0.113.1, 192.168.1.1")).address())
                .isEqualTo("203.0.113.1");
        assertThat(identity.identify(request("10.0.0.5", "not-an-address")).address()).isEqualTo("not-an-address");
        assertThat(identity.identify(request("10.0.0.5", null)).address()).isEqualTo("10.0.0.5");
        assertThat(identity.identify(request("203.0.113.50", "192.0.2.1")).address()).as("not from a proxy")
                .isEqualTo("203.0.113.50");
    }

    @Test
    void validCredentialsAreVerifiedOnceAndRemembered() {
        int[] checks = {0};
        AuthenticationManager tokens = authentication -> {
            checks[0]++;
            return UsernamePasswordAuthenticationToken.authenticated("token:reader", null, List.of());
        };
        ClientIdentity identity = new ClientIdentity(tokens, List.of());
        MockHttpServletRequest request = request("10.0.0.5", null);
        request.addHeader("Authorization", "Bearer secret");
        Client first = identity.identify(request);
        assertThat(first.hasUnverifiedCredentials()).isTrue();
        assertThat(identity.verify(request, first)).contains("token:reader");
        Client second = identity.identify(request);
        assertThat(second.authenticated()).isTrue();
        assertThat(second.principal()).isEqualTo("token:reader");
        assertThat(checks[0]).isEqualTo(1);
    }

    @Test
    void wrongCredentialsLeaveTheClientAnAddress() {
        ClientIdentity identity = new ClientIdentity(nobody, List.of());
        MockHttpServletRequest request = request("10.0.0.5", null);
        request.addHeader("Authorization", "Basic bm9ib2R5Om5vdGhpbmc=");
        Client client = identity.identify(request);
        assertThat(identity.verify(request, client)).isEmpty();
        assertThat(identity.identify(request).authenticated()).isFalse();
    }

    private static MockHttpServletRequest request(String remoteAddress, String forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/themes");
        request.setRemoteAddr(remoteAddress);
        if (forwardedFor != null) {
            request.addHeader("X-Forwarded-For", forwardedFor);
        }
        return request;
    }
}
