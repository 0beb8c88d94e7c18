package org.citynet.kernel.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One challenge of a {@code WWW-Authenticate} header (RFC 9110 §11.6.1): its scheme and its parameters,
 * names in lower case. A header may hold several challenges, and a response several headers; {@link #parse}
 * reads them all. Immutable.
 *
 * @param scheme the scheme in lower case: {@code basic}, {@code digest}, …
 * @param params the auth-params, names in lower case, quoted strings unquoted
 */
record AuthChallenge(String scheme, Map<String, String> params) {

    AuthChallenge {
        params = Map.copyOf(params);
    }

    String param(String name) {
        return params.get(name);
    }

    /** Every challenge in the values of the {@code WWW-Authenticate} headers, in order; unreadable parts skipped. */
    static List<AuthChallenge> parse(List<String> headerValues) {
        List<AuthChallenge> challenges = new ArrayList<>();
        for (String value : headerValues) {
            new Reader(value).readAll(challenges);
        }
        return challenges;
    }

    /** A small reader of the challenge grammar: {@code scheme [ token68 | #auth-param ]}, comma separated. */
    private static final class Reader {

        private final String text;
        private int at;

        Reader(String text) {
            this.text = text;
        }

        void readAll(List<AuthChallenge> into) {
            String scheme = null;
            Map<String, String> params = new LinkedHashMap<>();
            while (true) {
                skipSeparators();
                if (at >= text.length()) {
                    break;
                }
                String token = token();
                if (token.isEmpty()) {
                    // Not a token (e.g. the padding of a token68): not needed for Basic or Digest.
                    at++;
                    continue;
                }
                skipSpaces();
                if (scheme != null && at < text.length() && text.charAt(at) == '=') {
                    at++;
                    skipSpaces();
                    params.put(token.toLowerCase(Locale.ROOT), value());
                } else {
                    if (scheme != null) {
                        into.add(new AuthChallenge(scheme, params));
                        params = new LinkedHashMap<>();
                    }
                    scheme = token.toLowerCase(Locale.ROOT);
                }
            }
            if (scheme != null) {
                into.add(new AuthChallenge(scheme, params));
            }
        }

        private String token() {
            int start = at;
            while (at < text.length() && isTokenChar(text.charAt(at))) {
                at++;
            }
            return text.substring(start, at);
        }

        private String value() {
            if (at < text.length() && text.charAt(at) == '"') {
                StringBuilder value = new StringBuilder();
                at++;
                while (at < text.length() && text.charAt(at) != '"') {
                    char c = text.charAt(at++);
                    if (c == '\\' && at < text.length()) {
                        c = text.charAt(at++);
                    }
                    value.append(c);
                }
                at++;
                return value.toString();
            }
            return token();
        }

        private void skipSpaces() {
            while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
                at++;
            }
        }

        private void skipSeparators() {
            while (at < text.length() && ", \t".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
        }

        private static boolean isTokenChar(char c) {
            return c > 32 && c < 127 && "()<>@,;:\\\"/[]?={} \t".indexOf(c) < 0;
        }
    }
}
