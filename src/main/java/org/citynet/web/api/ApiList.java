package org.citynet.web.api;

import java.util.List;

/**
 * A list answer: the items, the languages their labels were chosen by (best first) and the source
 * documents the items rest on.
 */
public record ApiList<T>(int count, List<T> items, List<String> languages, List<SourceView> sources) {

    public static <T> ApiList<T> of(Localizer localizer, List<T> items, List<SourceView> sources) {
        return new ApiList<>(items.size(), items, localizer.languages(), sources);
    }
}
