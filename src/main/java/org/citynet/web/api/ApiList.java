package org.citynet.web.api;

import java.util.List;

/**
 * A page of a list answer: the items on it ({@code count} of them), how many the whole list holds
 * ({@code total}, also the {@code X-Total-Count} header), the page ({@code page} from 1, of {@code pageSize}
 * items at most), the languages the labels were chosen by (best first) and the source documents the page's
 * items rest on.
 */
public record ApiList<T>(int count, long total, int page, int pageSize, List<T> items, List<String> languages,
                         List<SourceView> sources) {

    /** A list that is never paged (the themes of a scheme): every item on page 1. */
    public static <T> ApiList<T> whole(Localizer localizer, List<T> items, List<SourceView> sources) {
        return of(localizer, new Page(1, Math.max(1, items.size()), items.size()), items, sources);
    }

    public static <T> ApiList<T> of(Localizer localizer, Page page, List<T> items, List<SourceView> sources) {
        return new ApiList<>(items.size(), page.total(), page.number(), page.size(), items, localizer.languages(),
                sources);
    }
}
