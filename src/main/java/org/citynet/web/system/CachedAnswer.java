package org.citynet.web.system;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

/**
 * One successful answer of the REST API as it was sent: status, the headers the handler set and the body
 * bytes. Headers that filters set before the answer was made (rate-limit counters, which differ for every
 * request) and those about the connection or the moment ({@code Date}, {@code Set-Cookie}) are not kept.
 * Immutable; shared by every request it answers.
 */
record CachedAnswer(int status, Map<String, List<String>> headers, byte[] body) implements AnswerCache.Entry {

    private static final Set<String> NOT_KEPT = Set.of("date", "set-cookie", "content-length",
            "transfer-encoding", "connection");

    /** The names of the headers already set, before the answer is made (they are not kept). */
    static Set<String> present(HttpServletResponse response) {
        return response.getHeaderNames().stream().map(name -> name.toLowerCase(Locale.ROOT))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    static CachedAnswer of(HttpServletResponse response, Set<String> setBefore, byte[] body) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!NOT_KEPT.contains(lower) && !setBefore.contains(lower)) {
                headers.put(name, List.copyOf(new ArrayList<>(response.getHeaders(name))));
            }
        }
        return new CachedAnswer(response.getStatus(), Map.copyOf(headers), body);
    }

    @Override
    public int size() {
        return body.length;
    }

    @Override
    public int weight() {
        return body.length + 64 * headers.size() + 128;
    }

    void writeTo(HttpServletResponse response, String etag) throws IOException {
        response.setStatus(status);
        headers.forEach((name, values) -> {
            // The first replaces what filters before this one set (security headers); the others add to it.
            for (int i = 0; i < values.size(); i++) {
                if (i == 0) {
                    response.setHeader(name, values.get(i));
                } else {
                    response.addHeader(name, values.get(i));
                }
            }
        });
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
