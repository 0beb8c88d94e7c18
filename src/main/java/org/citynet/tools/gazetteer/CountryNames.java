package org.citynet.tools.gazetteer;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Finnish, Swedish and English names of a country from the Unicode CLDR data that the Java runtime ships
 * (the default {@code CLDR} locale provider), for countries the graph does not have yet. The data differ
 * between Java feature releases, so the provenance names the release ({@link #javaVersion()}).
 */
final class CountryNames {

    private static final Map<String, Locale> LANGUAGES = languages();

    private CountryNames() {
    }

    /**
     * @return language tag → name, in the order fi, sv, en
     * @throws GazetteerException if the runtime has no name for the code
     */
    static Map<String, String> of(String isoCode) {
        Locale country = new Locale("", isoCode);
        Map<String, String> names = new LinkedHashMap<>();
        LANGUAGES.forEach((tag, language) -> {
            String name = country.getDisplayCountry(language);
            if (name.isBlank() || name.equals(isoCode)) {
                throw new GazetteerException("the Java runtime has no " + tag + " name for the country " + isoCode
                        + "; add the country with its labels to data/curated.trig");
            }
            names.put(tag, name);
        });
        return names;
    }

    /** The Java feature release, e.g. {@code 17}. */
    static String javaVersion() {
        return System.getProperty("java.specification.version");
    }

    private static Map<String, Locale> languages() {
        Map<String, Locale> languages = new LinkedHashMap<>();
        languages.put("fi", Locale.forLanguageTag("fi"));
        languages.put("sv", Locale.forLanguageTag("sv"));
        languages.put("en", Locale.ENGLISH);
        return languages;
    }
}
