package org.citynet.web.system.security;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.apache.commons.codec.digest.DigestUtils;
import org.citynet.web.system.CitynetProperties;

/**
 * The configured API tokens, held as SHA-256 digests only, and the check of a presented token against them.
 *
 * <p>A fast hash is enough here, unlike for passwords: a token is a long random secret (32 random bytes,
 * see the README), so a leaked digest cannot be reversed by guessing. The presented token's digest is
 * compared with every configured digest with {@link MessageDigest#isEqual} (time independent of where the
 * bytes differ) and without stopping at a match, so the time taken tells nothing about the tokens.
 * Immutable; thread-safe.
 */
final class ApiTokens {

    private record Entry(String name, byte[] digest) {
    }

    private final List<Entry> entries;

    ApiTokens(List<CitynetProperties.ApiToken> tokens) {
        this.entries = tokens.stream()
                .map(token -> new Entry(token.name(), HexFormat.of().parseHex(token.sha256().toLowerCase())))
                .toList();
    }

    /** The name of the configured token that {@code presented} is, if any. */
    Optional<String> match(String presented) {
        byte[] digest = sha256(presented);
        String matched = null;
        for (Entry entry : entries) {
            if (MessageDigest.isEqual(entry.digest(), digest) && matched == null) {
                matched = entry.name();
            }
        }
        return Optional.ofNullable(matched);
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /** SHA-256 of the token's UTF-8 bytes, as configured in {@code citynet.security.tokens[].sha256}. */
    static byte[] sha256(String token) {
        return DigestUtils.sha256(token);
    }
}
