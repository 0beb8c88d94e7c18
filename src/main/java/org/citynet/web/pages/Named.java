package org.citynet.web.pages;

import java.util.Map;
import java.util.Optional;

import org.citynet.web.system.LanguagePreference;

/**
 * A name in the reader's language and the language tag it is in ("" when untagged or unknown), so that a
 * page can mark a name that is not in the page's own language with {@code lang}.
 */
record Named(String text, String lang) {

    /** The best of the names for the reader by the service's one rule ({@link LanguagePreference#choose}), if any. */
    static Optional<Named> pick(LanguagePreference reader, Map<String, String> byLanguage) {
        return reader.choose(byLanguage).map(chosen -> new Named(chosen.text(), chosen.lang()));
    }

    /** The best of the names for the reader; {@code fallback} (untagged) when there are none. */
    static Named pick(LanguagePreference reader, Map<String, String> byLanguage, String fallback) {
        return pick(reader, byLanguage).orElse(new Named(fallback, ""));
    }
}
