package org.citynet.web.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.Authentication;

/** Which Authorization headers carry an API token. */
class BearerTokenConverterTest {

    private final BearerTokenConverter converter = new BearerTokenConverter();

    private Authentication convert(String header) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/sparql");
        if (header != null) {
            request.addHeader("Authorization", header);
        }
        return converter.convert(request);
    }

    @Test
    void aBearerTokenIsReadWhateverTheCaseOfTheScheme() {
        assertThat(convert("Bearer abc.def").getCredentials()).isEqualTo("abc.def");
        assertThat(convert("bearer   abc.def ").getCredentials()).isEqualTo("abc.def");
        assertThat(convert("Bearer abc").isAuthenticated()).isFalse();
        assertThat(convert("Bearer secret-value")).hasToString("BearerToken[hidden]");
    }

    @Test
    void otherSchemesAndNoHeaderAreLeftToOthers() {
        assertThat(convert(null)).isNull();
        assertThat(convert("Basic dXNlcjpwYXNz")).isNull();
        assertThat(convert("BearerX abc")).isNull();
    }

    @Test
    void aBearerHeaderWithoutATokenIsABadCredential() {
        assertThatThrownBy(() -> convert("Bearer")).isInstanceOf(InvalidApiTokenException.class);
        assertThatThrownBy(() -> convert("Bearer   ")).isInstanceOf(InvalidApiTokenException.class);
    }
}
