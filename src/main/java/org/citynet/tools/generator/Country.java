package org.citynet.tools.generator;

import java.util.List;

/**
 * A real country with its ISO 3166-1 alpha-2 code and its names in Finnish, Swedish and English. Generated
 * cities are spread over these with a skew (the first ones get the most cities), as real networks are
 * dominated by a few countries.
 */
record Country(String code, String fi, String sv, String en) {

    /** In the order of their weight: the first country gets the most cities. */
    static final List<Country> ALL = List.of(
            new Country("DE", "Saksa", "Tyskland", "Germany"),
            new Country("FR", "Ranska", "Frankrike", "France"),
            new Country("IT", "Italia", "Italien", "Italy"),
            new Country("ES", "Espanja", "Spanien", "Spain"),
            new Country("PL", "Puola", "Polen", "Poland"),
            new Country("US", "Yhdysvallat", "USA", "United States"),
            new Country("CN", "Kiina", "Kina", "China"),
            new Country("GB", "Yhdistynyt kuningaskunta", "Storbritannien", "United Kingdom"),
            new Country("FI", "Suomi", "Finland", "Finland"),
            new Country("SE", "Ruotsi", "Sverige", "Sweden"),
            new Country("NL", "Alankomaat", "Nederländerna", "Netherlands"),
            new Country("BE", "Belgia", "Belgien", "Belgium"),
            new Country("PT", "Portugali", "Portugal", "Portugal"),
            new Country("AT", "Itävalta", "Österrike", "Austria"),
            new Country("CZ", "Tšekki", "Tjeckien", "Czechia"),
            new Country("HU", "Unkari", "Ungern", "Hungary"),
            new Country("RO", "Romania", "Rumänien", "Romania"),
            new Country("GR", "Kreikka", "Grekland", "Greece"),
            new Country("NO", "Norja", "Norge", "Norway"),
            new Country("DK", "Tanska", "Danmark", "Denmark"),
            new Country("JP", "Japani", "Japan", "Japan"),
            new Country("EE", "Viro", "Estland", "Estonia"),
            new Country("LV", "Latvia", "Lettland", "Latvia"),
            new Country("LT", "Liettua", "Litauen", "Lithuania"),
            new Country("CH", "Sveitsi", "Schweiz", "Switzerland"),
            new Country("IE", "Irlanti", "Irland", "Ireland"),
            new Country("SK", "Slovakia", "Slovakien", "Slovakia"),
            new Country("BG", "Bulgaria", "Bulgarien", "Bulgaria"),
            new Country("UA", "Ukraina", "Ukraina", "Ukraine"),
            new Country("TR", "Turkki", "Turkiet", "Türkiye"),
            new Country("CA", "Kanada", "Kanada", "Canada"),
            new Country("MX", "Meksiko", "Mexiko", "Mexico"),
            new Country("BR", "Brasilia", "Brasilien", "Brazil"),
            new Country("AR", "Argentiina", "Argentina", "Argentina"),
            new Country("KR", "Etelä-Korea", "Sydkorea", "South Korea"),
            new Country("IN", "Intia", "Indien", "India"),
            new Country("AU", "Australia", "Australien", "Australia"),
            new Country("ZA", "Etelä-Afrikka", "Sydafrika", "South Africa"),
            new Country("EG", "Egypti", "Egypten", "Egypt"),
            new Country("KE", "Kenia", "Kenya", "Kenya"),
            new Country("IS", "Islanti", "Island", "Iceland"));

    String name(String language) {
        return switch (language) {
            case "fi" -> fi;
            case "sv" -> sv;
            default -> en;
        };
    }
}
