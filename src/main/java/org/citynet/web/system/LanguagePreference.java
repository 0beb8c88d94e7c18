package org.citynet.web.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Which label language a reader wants, in order: an explicit {@code ?lang=} first, then the
 * {@code Accept-Language} ranges by weight, then English, Finnish and Swedish (the languages every city,
 * network and theme has), then whatever exists; and the one rule that chooses a label by it
 * ({@link #choose}). Immutable.
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

    /** A text and the language tag it is in ("" when untagged). */
    public record Tagged(String text, String lang) {
    }

    /**
     * The one rule every label the service shows is chosen by — the REST API's, the comparison's and the
     * pages': the languages of {@link #order()} in turn (the ones asked for, then English, Finnish,
     * Swedish), each found by its exact tag or else by a tag of that primary language ({@code fi-FI} for
     * {@code fi}, the smallest such tag); then any other language, the smallest tag first; then an untagged
     * label. Empty when there is no label at all: the caller says what stands in (the API gives none, a page
     * the end of the IRI).
     *
     * @param labelsByLanguage texts by language tag, "" for untagged; may be null
     */
    public Optional<Tagged> choose(Map<String, String> labelsByLanguage) {
        if (labelsByLanguage == null || labelsByLanguage.isEmpty()) {
            return Optional.empty();
        }
        // The usual case, decided without sorting the tags (a comparison at 100,000 cities chooses hundreds of
        // labels): the first language has a label under its exact tag, which the rule below takes first too.
        String first = labelsByLanguage.get(order.get(0));
        if (first != null) {
            return Optional.of(new Tagged(first, order.get(0)));
        }
        TreeMap<String, String> byTag = new TreeMap<>();
        labelsByLanguage.forEach((tag, text) -> {
            if (tag != null && text != null) {
                byTag.put(tag, text);
            }
        });
        for (String language : order) {
            String exact = byTag.get(language);
            if (exact != null) {
                return Optional.of(new Tagged(exact, language));
            }
            for (Map.Entry<String, String> label : byTag.entrySet()) {
                if (!label.getKey().isEmpty() && primary(label.getKey()).equals(language)) {
                    return Optional.of(new Tagged(label.getValue(), label.getKey()));
                }
            }
        }
        return byTag.entrySet().stream().filter(label -> !label.getKey().isEmpty()).findFirst()
                .map(label -> new Tagged(label.getValue(), label.getKey()))
                .or(() -> Optional.ofNullable(byTag.get("")).map(text -> new Tagged(text, "")));
    }

    /** The text {@link #choose} chooses, or null if there is no label. */
    public String pick(Map<String, String> labelsByLanguage) {
        return choose(labelsByLanguage).map(Tagged::text).orElse(null);
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
