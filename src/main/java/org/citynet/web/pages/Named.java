package org.citynet.web.pages;

import java.util.Map;
import java.util.TreeMap;

import org.citynet.web.system.LanguagePreference;

/**
 * A name in the reader's language and the language tag it is in ("" when untagged or unknown), so that a
 * page can mark a name that is not in the page's own language with {@code lang}.
 */
record Named(String text, String lang) {

    /** The best of the names for the reader; {@code fallback} (untagged) when there are none. */
    static Named pick(LanguagePreference reader, Map<String, String> byLanguage, String fallback) {
        for (String language : reader.order()) {
            String text = byLanguage.get(language);
            if (text != null) {
                return new Named(text, language);
            }
        }
        // Tags outside the reader's order (e.g. "de"): the first by tag still beats no name at all.
        return new TreeMap<>(byLanguage).entrySet().stream().findFirst()
                .map(e -> new Named(e.getValue(), e.getKey())).orElse(new Named(fallback, ""));
    }
}
