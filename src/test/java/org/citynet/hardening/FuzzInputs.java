package org.citynet.hardening;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Generators of malformed and odd input for {@link HostileInputFuzzIT}, driven by one seeded
 * {@link Random} so that a failing run can be repeated exactly ({@code -Dcitynet.fuzz.seed=…}). Test helper.
 */
final class FuzzInputs {

    private static final List<String> TOKENS = List.of("SELECT", "ASK", "CONSTRUCT", "DESCRIBE", "WHERE", "{", "}",
            "(", ")", ".", ";", ",", "*", "?s", "?p", "?o", "$x", "FILTER", "OPTIONAL", "UNION", "MINUS", "GRAPH",
            "SERVICE", "BIND", "AS", "VALUES", "LIMIT", "OFFSET", "ORDER BY", "GROUP BY", "HAVING", "COUNT(*)",
            "DISTINCT", "PREFIX", "BASE", "a", "<https://w3id.org/citynet/id/city/espoo>", "cn:twinnedWith",
            "<http://exa mple>", "<>", "<:>", "\"text\"", "\"x\"@fi", "\"1\"^^xsd:integer", "42", "-0.5e9",
            "REGEX(?o, \"(a+)+b\")", "STR(?o)", "CONCAT(", "EXISTS", "NOT EXISTS", "true", "&&", "||", "!",
            "=", "!=", "<", ">", "+", "/", "^", "|", "INSERT DATA", "DROP ALL", "LOAD", "#", "\\u0000", "_:b",
            "[]", "@en", "^^", "?", "\"\"\"", "'", "\\", "%", "…", "𝔘", "\u202e");
    private static final List<String> SEEDS = List.of(
            "SELECT ?s WHERE { ?s a <https://w3id.org/citynet/ontology#City> } LIMIT 5",
            "PREFIX cn: <https://w3id.org/citynet/ontology#> SELECT ?t WHERE { <https://w3id.org/citynet/id/city/espoo> cn:twinnedWith ?t }",
            "ASK { ?s ?p \"Espoo\"@fi }",
            "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 3",
            "DESCRIBE <https://w3id.org/citynet/id/city/helsinki>",
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY DESC(?n)");
    private static final List<String> NASTY = List.of("\"> } ; DROP ALL ; #", "' OR '1'='1", "<script>alert(1)</script>",
            "${jndi:ldap://localhost:1/x}", "../../etc/passwd", "%00", "\u0000", "\r\nX-Injected: 1", "\t", "NaN",
            "-1", "0", "99999999999999999999", "1e309", "true", "", " ", "null", "[]", "{}", "espoo\u0000",
            "https://w3id.org/citynet/id/city/espoo> } DROP ALL {", "javascript:alert(1)", "urn:x", "http://",
            "https://exa mple.org/", "file:///etc/passwd", "ｅｓｐｏｏ", "e\u0301spoo", "\uD800", "🏙️");
    private static final List<String> ACCEPTS = List.of("*/*", "application/json", "text/turtle", "text/html",
            "image/png", "application/sparql-results+json;q=0.1, text/csv", "*/*;q=0", "text/csv, */*;q=0.0001",
            "application/sparql-results+xml", "application/n-triples, text/turtle;q=0.5", "");
    private static final List<String> BAD_ACCEPTS = List.of(";;;", "text/*;q=abc", "application/",
            "application/ld+json; profile=\"x", "\u00e4/\u00f6");
    private static final List<String> EXTENSIONS = List.of("", ".ttl", ".jsonld", ".rdf", ".nt", ".trig", ".nq",
            ".html", ".exe", ".", "..", ".ttl.ttl", ".TTL", ";jsessionid=1", "%2ettl");

    private final Random random;

    FuzzInputs(long seed) {
        this.random = new Random(seed);
    }

    /** Token soup, truncated or mutated real queries, deep nesting, huge literals, odd characters. */
    String sparql() {
        return switch (random.nextInt(6)) {
            case 0 -> tokens(1 + random.nextInt(40));
            case 1 -> truncate(pick(SEEDS));
            case 2 -> mutate(pick(SEEDS));
            case 3 -> nested(1 + random.nextInt(3000));
            case 4 -> "ASK { FILTER(\"" + "x".repeat(random.nextInt(25_000)) + "\" != \"\") }";
            default -> pick(SEEDS).replace("espoo", unicode(1 + random.nextInt(20)));
        };
    }

    /** A parameter value of the wrong kind: nasty text, very long, control characters, unicode, numbers. */
    String parameterValue() {
        return switch (random.nextInt(5)) {
            case 0 -> pick(NASTY);
            case 1 -> "a".repeat(random.nextInt(3000));
            case 2 -> unicode(1 + random.nextInt(30));
            case 3 -> Long.toString(random.nextLong()) + (random.nextBoolean() ? "" : pick(NASTY));
            default -> mutate("https://w3id.org/citynet/id/city/espoo");
        };
    }

    /** A path under /id/ or /graph/: random segments, percent-encodings good and bad, extensions, dot-segments. */
    String entityPath() {
        StringBuilder path = new StringBuilder(random.nextInt(5) == 0 ? "/graph" : "/id");
        int segments = random.nextInt(4);
        for (int i = 0; i <= segments; i++) {
            path.append('/').append(segment());
        }
        return path.append(pick(EXTENSIONS)).toString();
    }

    /** A header value HTTP allows (visible characters, spaces, tabs, bytes above 0x7F), odd as it may be. */
    String accept() {
        return switch (random.nextInt(8)) {
            case 0 -> unicode(1 + random.nextInt(10)).replaceAll("[\\x00-\\x08\\x0a-\\x1f\\x7f]", "");
            case 1 -> pick(BAD_ACCEPTS);
            default -> pick(ACCEPTS);
        };
    }

    /** Percent-encodes a value for a URL, or (sometimes) leaves it raw to be refused as it stands. */
    String urlValue(String value) {
        if (random.nextInt(8) == 0) {
            return value.replaceAll("[\\s\\r\\n]", "+");
        }
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private String segment() {
        return switch (random.nextInt(7)) {
            case 0 -> pick(List.of("city", "network", "agreement", "theme", "country", "source-000"));
            case 1 -> pick(List.of("..", ".", "%2e%2e", "%2E", "%2f", "%5c", "%00", "%zz", "%", "%e2%80%ae"));
            case 2 -> "x".repeat(random.nextInt(1200));
            case 3 -> URLEncoder.encode(unicode(1 + random.nextInt(8)), StandardCharsets.UTF_8);
            case 4 -> URLEncoder.encode(pick(NASTY), StandardCharsets.UTF_8);
            default -> pick(List.of("espoo", "helsinki", "shanghai", "eurocities", "c21", "education", "fi"));
        };
    }

    private String tokens(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(pick(TOKENS)).append(random.nextInt(5) == 0 ? "" : " ");
        }
        return text.toString();
    }

    private String truncate(String text) {
        return text.substring(0, random.nextInt(text.length()));
    }

    private String mutate(String text) {
        StringBuilder mutated = new StringBuilder(text);
        int edits = 1 + random.nextInt(5);
        for (int i = 0; i < edits && !mutated.isEmpty(); i++) {
            int at = random.nextInt(mutated.length());
            switch (random.nextInt(3)) {
                case 0 -> mutated.deleteCharAt(at);
                case 1 -> mutated.insert(at, pick(TOKENS));
                default -> mutated.setCharAt(at, (char) (32 + random.nextInt(95)));
            }
        }
        return mutated.toString();
    }

    private String nested(int depth) {
        String open = pick(List.of("{", "{ OPTIONAL {", "(", "{ SELECT * WHERE {", "FILTER EXISTS {"));
        String close = open.replace("(", ")").replaceAll("[^()]", "").isEmpty()
                ? "}".repeat((int) open.chars().filter(c -> c == '{').count()) : ")";
        int times = Math.min(depth, 19_000 / (open.length() + close.length()));
        return "SELECT * WHERE { " + open.repeat(times) + " ?s ?p ?o " + close.repeat(times) + " }";
    }

    /** Random code points from every plane, lone surrogates, controls and direction marks included. */
    private String unicode(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(4)) {
                case 0 -> text.append((char) random.nextInt(0x20));
                case 1 -> text.append((char) (0xD800 + random.nextInt(0x800)));
                case 2 -> text.appendCodePoint(random.nextInt(0x10FFFF));
                default -> text.append((char) (0x80 + random.nextInt(0x700)));
            }
        }
        return text.toString();
    }
}
