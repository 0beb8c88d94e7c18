package org.citynet.web.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which label language a reader wants, in order: an explicit {@code ?lang=} first, then the
 * {@code Accept-Language} ranges by weight, then English, Finnish and Swedish (the languages every city,
 * network and theme has), then whatever exists. Immutable.
 */
public record LanguagePreference(List<String> order) {

    public static final List<String> FALLBACK = List.of("en", "fi", "sv");
    private static final Pattern TAG = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*");

    public LanguagePreference {
        order = List.copyOf(order);
    }

    /**
     * @param lang           the {@code lang} request parameter, may be null
     * @param acceptLanguage the {@code Accept-Language} header, may be null or malformed (then ignored)
     * @throws BadRequestException if {@code lang} is given but is not a language tag
     */
    public static LanguagePreference of(String lang, String acceptLanguage) {
        List<String> order = new ArrayList<>();
        if (lang != null && !lang.isBlank()) {
            if (!TAG.matcher(lang.strip()).matches()) {
                throw new BadRequestException("lang must be a language tag such as en, fi or sv, not '" + lang + "'");
            }
            order.add(primary(lang.strip()));
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    if (!range.getRange().equals("*") && range.getWeight() > 0) {
                        add(order, primary(range.getRange()));
                    }
                }
            } catch (IllegalArgumentException ignored) {
                // A malformed Accept-Language is a hint we cannot read, not an error worth refusing for.
            }
        }
        FALLBACK.forEach(l -> add(order, l));
        return new LanguagePreference(order);
    }

    /** The preferred language (the first in order). */
    public String preferred() {
        return order.get(0);
    }

    /** The best of the given labels (keyed by language tag, "" for untagged), or null if there are none. */
    public String pick(Map<String, String> labelsByLanguage) {
        if (labelsByLanguage == null || labelsByLanguage.isEmpty()) {
            return null;
        }
        for (String language : order) {
            String label = labelsByLanguage.get(language);
            if (label != null) {
                return label;
            }
        }
        return labelsByLanguage.values().iterator().next();
    }

    private static String primary(String tag) {
        return tag.toLowerCase(Locale.ROOT).split("-")[0];
    }

    private static void add(List<String> order, String language) {
        if (!order.contains(language)) {
            order.add(language);
        }
    }
}
