package org.citynet.kernel.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** HTTP Digest against the worked examples of RFC 7616 §3.9.1 and RFC 2617 §3.5, and challenge parsing. */
class DigestAuthenticationTest {

    private static final String RFC7616 = "Digest realm=\"http-auth@example.org\", qop=\"auth, auth-int\","
            + " algorithm=%s, nonce=\"7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v\","
            + " opaque=\"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\"";
    private static final String CNONCE = "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ";

    @Test
    void rfc7616Md5() {
        DigestAuthentication digest = digest(RFC7616.formatted("MD5"), CNONCE);
        assertThat(digest.response("Mufasa", "Circle of Life", "GET", "/dir/index.html", "00000001", CNONCE))
                .isEqualTo("8ca523f5e9506fed4657c9700eebdbec");
    }

    @Test
    void rfc7616Sha256() {
        DigestAuthentication digest = digest(RFC7616.formatted("SHA-256"), CNONCE);
        assertThat(digest.isSha256()).isTrue();
        assertThat(digest.response("Mufasa", "Circle of Life", "GET", "/dir/index.html", "00000001", CNONCE))
                .isEqualTo("753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1");
    }

    @Test
    void rfc2617WithoutAlgorithmIsMd5() {
        DigestAuthentication digest = digest("Digest realm=\"testrealm@host.com\", qop=\"auth,auth-int\","
                + " nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\", opaque=\"5ccc069c403ebaf9f0171e9517f40e41\"",
                "0a4f113b");
        assertThat(digest.response("Mufasa", "Circle Of Life", "GET", "/dir/index.html", "00000001", "0a4f113b"))
                .isEqualTo("6629fae49393a05397450978507c4ef1");
    }

    @Test
    void theHeaderCarriesEveryFieldAndCountsRequestsUnderOneNonce() {
        DigestAuthentication digest = digest(RFC7616.formatted("SHA-256"), CNONCE);
        String first = digest.authorization("Mufasa", "Circle of Life", "GET", "/dir/index.html");
        assertThat(first).startsWith("Digest username=\"Mufasa\", realm=\"http-auth@example.org\"")
                .contains("uri=\"/dir/index.html\"", "algorithm=SHA-256", "nc=00000001", "qop=auth",
                        "cnonce=\"" + CNONCE + "\"",
                        "response=\"753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1\"",
                        "opaque=\"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\"");
        assertThat(digest.authorization("Mufasa", "Circle of Life", "GET", "/dir/index.html")).contains("nc=00000002");
    }

    @Test
    void virtuososChallengeIsAnswered() {
        List<AuthChallenge> challenges = AuthChallenge.parse(List.of("Digest realm=\"SPARQL\", domain=\"/sparql-auth\","
                + " nonce=\"c7d6a2a3d42c5c1238d54b7fb0e21e0d\", opaque=\"5ebe2294ecd0e0f08eab7690d2a6ee69\","
                + " stale=\"false\", qop=\"auth\", algorithm=\"MD5\""));
        assertThat(challenges).singleElement().satisfies(challenge -> {
            assertThat(challenge.scheme()).isEqualTo("digest");
            assertThat(challenge.param("domain")).isEqualTo("/sparql-auth");
            assertThat(challenge.param("stale")).isEqualTo("false");
        });
        assertThat(DigestAuthentication.of(challenges.get(0))).isPresent();
    }

    @Test
    void severalChallengesInOneHeaderAndInSeveral() {
        List<AuthChallenge> challenges = AuthChallenge.parse(List.of(
                "Basic realm=\"simple\", Digest realm=\"x\", nonce=\"n\", qop=\"auth\"",
                "Bearer realm=\"api\", error=\"invalid_token\", Newauth abc=="));
        assertThat(challenges).extracting(AuthChallenge::scheme).containsExactly("basic", "digest", "bearer", "newauth");
        assertThat(challenges.get(0).param("realm")).isEqualTo("simple");
        assertThat(challenges.get(1).param("nonce")).isEqualTo("n");
        assertThat(challenges.get(2).param("error")).isEqualTo("invalid_token");
    }

    @Test
    void challengesThatCannotBeAnsweredAreNot() {
        assertThat(DigestAuthentication.of(challenge("Digest realm=\"r\", nonce=\"n\", qop=\"auth-int\""))).isEmpty();
        assertThat(DigestAuthentication.of(challenge("Digest realm=\"r\", nonce=\"n\", algorithm=SHA-512-256")))
                .isEmpty();
        assertThat(DigestAuthentication.of(challenge("Basic realm=\"r\""))).isEmpty();
        assertThat(DigestAuthentication.of(challenge("Digest realm=\"r\", nonce=\"n\", algorithm=MD5-sess,"
                + " qop=auth"))).isPresent();
    }

    private static AuthChallenge challenge(String header) {
        return AuthChallenge.parse(List.of(header)).get(0);
    }

    private static DigestAuthentication digest(String header, String cnonce) {
        return DigestAuthentication.of(challenge(header), () -> cnonce).orElseThrow();
    }
}
