package org.citynet.web.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;

import org.citynet.web.system.CitynetProperties;
import org.junit.jupiter.api.Test;

/** Token hashing and matching: only the SHA-256 is configured, and only the exact token matches. */
class ApiTokensTest {

    private static final String CI_TOKEN = "q7Yc1dZ0uWl3-example-token-for-ci-9JfQ2mRk";
    private static final String LOADER_TOKEN = "another-token-for-the-nightly-loader-5s8Kx";

    static String sha256Hex(String token) {
        return HexFormat.of().formatHex(ApiTokens.sha256(token));
    }

    private final ApiTokens tokens = new ApiTokens(List.of(
            new CitynetProperties.ApiToken("ci", sha256Hex(CI_TOKEN)),
            // Upper-case hex, as some tools print it, is the same digest.
            new CitynetProperties.ApiToken("loader", sha256Hex(LOADER_TOKEN).toUpperCase())));

    @Test
    void theDigestIsTheSha256OfTheUtf8Bytes() {
        // printf %s abc | sha256sum
        assertThat(sha256Hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void eachConfiguredTokenMatchesUnderItsName() {
        assertThat(tokens.match(CI_TOKEN)).contains("ci");
        assertThat(tokens.match(LOADER_TOKEN)).contains("loader");
    }

    @Test
    void nothingButTheExactTokenMatches() {
        assertThat(tokens.match(CI_TOKEN + " ")).isEmpty();
        assertThat(tokens.match(CI_TOKEN.substring(1))).isEmpty();
        assertThat(tokens.match(CI_TOKEN.toUpperCase())).isEmpty();
        assertThat(tokens.match("")).isEmpty();
        // The configured digest itself is not a token.
        assertThat(tokens.match(sha256Hex(CI_TOKEN))).isEmpty();
    }

    @Test
    void noTokensMatchNothing() {
        ApiTokens none = new ApiTokens(List.of());
        assertThat(none.isEmpty()).isTrue();
        assertThat(none.match(CI_TOKEN)).isEmpty();
    }
}
