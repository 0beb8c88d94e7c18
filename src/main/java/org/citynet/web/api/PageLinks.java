package org.citynet.web.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The RFC 8288 {@code Link} header of a page: {@code first}, {@code prev}, {@code next} and {@code last}
 * as absolute URLs that differ from the request only in {@code page}, so that every other parameter
 * (including {@code pageSize}) is kept exactly as the client sent it.
 */
public final class PageLinks {

    /** The header that carries the true total of a paginated answer (rows, cities or items in all). */
    public static final String TOTAL_COUNT = "X-Total-Count";

    private PageLinks() {
    }

    /**
     * The links by relation, in the order first, prev, next, last; prev and next only where they exist.
     *
     * @param request the absolute URL of the request as the client sent it (query still encoded)
     */
    public static Map<String, String> of(String request, Page page) {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("first", withPage(request, 1));
        if (page.hasPrevious()) {
            links.put("prev", withPage(request, page.number() - 1));
        }
        if (page.hasNext()) {
            links.put("next", withPage(request, page.number() + 1));
        }
        links.put("last", withPage(request, page.pages()));
        return links;
    }

    /** The header value: {@code <url>; rel="first", <url>; rel="next", ...}. */
    public static String header(String request, Page page) {
        return of(request, page).entrySet().stream()
                .map(link -> "<" + link.getValue() + ">; rel=\"" + link.getKey() + "\"")
                .collect(Collectors.joining(", "));
    }

    private static String withPage(String request, long number) {
        // The URL is parsed as it is (still encoded) and build() without encoding puts it back together
        // as it was: the other parameters come back byte for byte, never encoded twice.
        return UriComponentsBuilder.fromUriString(request)
                .replaceQueryParam(PageRequest.PAGE, number)
                .build()
                .toUriString();
    }
}
