package org.citynet.kernel.store;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * HTTP Digest access authentication for a client (RFC 7616), answering one challenge: algorithms
 * {@code MD5} and {@code SHA-256} and their {@code -sess} variants, {@code qop=auth} (or no qop, as in
 * RFC 2069), {@code userhash}, the {@code opaque} echoed. {@code auth-int} is not offered: a challenge that
 * allows only it is not answered. One instance serves every request made under the challenge's nonce, counting
 * them in {@code nc}; a server that declares the nonce {@code stale} sends a new challenge. Thread-safe.
 *
 * <p>Why here and not the JDK's or Jena's: the JDK's {@code HttpClient} answers only Basic challenges, and
 * Jena's Digest support ({@code org.apache.jena.http.auth}) knows MD5 only, signs every later request with
 * the method and path of the first one and keeps its state in a JVM-wide registry.
 */
final class DigestAuthentication {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AuthChallenge challenge;
    private final String algorithm;
    private final String hashName;
    private final boolean session;
    private final boolean qopAuth;
    private final AtomicLong count = new AtomicLong();
    private final Supplier<String> cnonces;

    private DigestAuthentication(AuthChallenge challenge, String algorithm, String hashName, boolean session,
                                 boolean qopAuth, Supplier<String> cnonces) {
        this.challenge = challenge;
        this.algorithm = algorithm;
        this.hashName = hashName;
        this.session = session;
        this.qopAuth = qopAuth;
        this.cnonces = cnonces;
    }

    /** An answerer for a Digest challenge, or empty if it asks for something not supported here. */
    static Optional<DigestAuthentication> of(AuthChallenge challenge) {
        return of(challenge, DigestAuthentication::newCnonce);
    }

    /** @param cnonces the client nonces to use (fixed ones make the RFC's examples reproducible) */
    static Optional<DigestAuthentication> of(AuthChallenge challenge, Supplier<String> cnonces) {
        if (!"digest".equals(challenge.scheme()) || challenge.param("nonce") == null
                || challenge.param("realm") == null) {
            return Optional.empty();
        }
        String algorithm = Optional.ofNullable(challenge.param("algorithm")).orElse("MD5").toUpperCase(Locale.ROOT);
        boolean session = algorithm.endsWith("-SESS");
        String hash = switch (session ? algorithm.substring(0, algorithm.length() - 5) : algorithm) {
            case "MD5" -> "MD5";
            case "SHA-256" -> "SHA-256";
            default -> null;
        };
        String qop = challenge.param("qop");
        boolean auth = qop != null && qopList(qop, "auth");
        if (hash == null || qop != null && !auth) {
            return Optional.empty();
        }
        return Optional.of(new DigestAuthentication(challenge, algorithm, hash, session, auth, cnonces));
    }

    private static boolean qopList(String qop, String wanted) {
        for (String option : qop.split(",")) {
            if (option.strip().equalsIgnoreCase(wanted)) {
                return true;
            }
        }
        return false;
    }

    /** The hash algorithm's name in the challenge, e.g. {@code SHA-256}: stronger ones are preferred. */
    String algorithm() {
        return algorithm;
    }

    /**
     * The path prefixes of the protection space the challenge names ({@code domain}: absolute URIs or absolute
     * paths, space separated); empty if it names none, which means the whole origin.
     */
    List<String> domain() {
        String domain = challenge.param("domain");
        if (domain == null || domain.isBlank()) {
            return List.of();
        }
        List<String> paths = new ArrayList<>();
        for (String uri : domain.strip().split("\\s+")) {
            String path = URI.create(uri).getRawPath();
            paths.add(path == null || path.isEmpty() ? "/" : path);
        }
        return List.copyOf(paths);
    }

    boolean isSha256() {
        return hashName.equals("SHA-256");
    }

    /**
     * The {@code Authorization} header for one request.
     *
     * @param method        the request method, e.g. {@code POST}
     * @param requestTarget the request-target as sent: path and query, e.g. {@code /sparql-auth?query=…}
     */
    String authorization(String user, String password, String method, String requestTarget) {
        String realm = challenge.param("realm");
        String nonce = challenge.param("nonce");
        String nc = String.format("%08x", count.incrementAndGet());
        String cnonce = cnonces.get();
        boolean userhash = "true".equalsIgnoreCase(challenge.param("userhash"));
        String response = response(user, password, method, requestTarget, nc, cnonce);
        StringBuilder header = new StringBuilder("Digest ");
        quoted(header, "username", userhash ? hash(user + ":" + realm) : user).append(", ");
        quoted(header, "realm", realm).append(", ");
        quoted(header, "uri", requestTarget).append(", ");
        header.append("algorithm=").append(challenge.param("algorithm") == null ? "MD5" : challenge.param("algorithm"))
                .append(", ");
        quoted(header, "nonce", nonce).append(", ");
        if (qopAuth) {
            header.append("nc=").append(nc).append(", ");
            quoted(header, "cnonce", cnonce).append(", ");
            header.append("qop=auth, ");
        }
        quoted(header, "response", response);
        if (challenge.param("opaque") != null) {
            quoted(header.append(", "), "opaque", challenge.param("opaque"));
        }
        if (userhash) {
            header.append(", userhash=true");
        }
        return header.toString();
    }

    /** The {@code response} value (RFC 7616 §3.4.1). */
    String response(String user, String password, String method, String requestTarget, String nc, String cnonce) {
        String realm = challenge.param("realm");
        String nonce = challenge.param("nonce");
        String a1 = hash(user + ":" + realm + ":" + password);
        if (session) {
            a1 = hash(a1 + ":" + nonce + ":" + cnonce);
        }
        String a2 = hash(method + ":" + requestTarget);
        return qopAuth ? hash(a1 + ":" + nonce + ":" + nc + ":" + cnonce + ":auth:" + a2)
                : hash(a1 + ":" + nonce + ":" + a2);
    }

    private String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(hashName).digest(
                    text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(hashName + " is missing from this JVM", e);
        }
    }

    private static StringBuilder quoted(StringBuilder header, String name, String value) {
        return header.append(name).append("=\"").append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    }

    private static String newCnonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
