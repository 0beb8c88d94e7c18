package org.citynet.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.citynet.web.system.CitynetProperties;
import org.citynet.web.system.InvalidParameterException;
import org.junit.jupiter.api.Test;

/** How the API chooses labels and orders by them, without Spring: the language fallback in use. */
class LocalizerTest {

    private static final Iris IRIS = new Iris(
            new CitynetProperties(URI.create("https://w3id.org/citynet/"), ".", null, null, null, null));
    private static final Localizers LOCALIZERS = new Localizers(IRIS);

    /** Gatchina's labels in the data differ in every language. */
    private static final Map<String, String> GATCHINA = Map.of("sv", "Gattjina", "fi", "Gatšina", "en", "Gatchina");

    @Test
    void theLangParameterWins() {
        assertThat(LOCALIZERS.of("sv", "fi").label(GATCHINA)).isEqualTo("Gattjina");
    }

    @Test
    void acceptLanguageIsUsedByWeight() {
        assertThat(LOCALIZERS.of(null, "fi").label(GATCHINA)).isEqualTo("Gatšina");
        assertThat(LOCALIZERS.of(null, "sv;q=0.5, fi-FI;q=0.9").label(GATCHINA)).isEqualTo("Gatšina");
    }

    @Test
    void anUnknownLanguageFallsBackToEnglishThenFinnishThenSwedish() {
        assertThat(LOCALIZERS.of("de", null).label(GATCHINA)).isEqualTo("Gatchina");
        assertThat(LOCALIZERS.of(null, "de-DE,de;q=0.9").label(GATCHINA)).isEqualTo("Gatchina");
        assertThat(LOCALIZERS.of("de", null).label(Map.of("sv", "Gattjina", "fi", "Gatšina"))).isEqualTo("Gatšina");
        assertThat(LOCALIZERS.of("de", null).label(Map.of("sv", "Gattjina"))).isEqualTo("Gattjina");
        assertThat(LOCALIZERS.of(null, null).languages()).containsExactly("en", "fi", "sv");
        assertThat(LOCALIZERS.of("de", null).languages()).containsExactly("de", "en", "fi", "sv");
    }

    @Test
    void aMalformedLangIsRefusedNamingIt() {
        assertThatThrownBy(() -> LOCALIZERS.of("123", null))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("lang"));
    }

    @Test
    void aMalformedAcceptLanguageIsIgnored() {
        assertThat(LOCALIZERS.of(null, ";;;=").label(GATCHINA)).isEqualTo("Gatchina");
    }

    @Test
    void referencesCarryTheShortIdAndTypeOfCitynetIris() {
        Ref ref = LOCALIZERS.of("sv", null).ref("https://w3id.org/citynet/id/working-group/eurocities-innovation",
                Map.of("sv", "WG Innovation"));
        assertThat(ref).isEqualTo(new Ref("eurocities-innovation",
                "https://w3id.org/citynet/id/working-group/eurocities-innovation", "working-group", "WG Innovation"));
        Ref outside = LOCALIZERS.of("en", null).ref("http://publications.europa.eu/resource/authority/data-theme/EDUC",
                Map.of());
        assertThat(outside.id()).isNull();
        assertThat(outside.type()).isNull();
        assertThat(outside.label()).isNull();
    }

    @Test
    void sortingFollowsTheCollationOfThePreferredLanguage() {
        List<String> names = new ArrayList<>(List.of("Östersund", "Zürich", "Oslo"));
        names.sort(LOCALIZERS.of("sv", null).byLabel(s -> s));
        assertThat(names).containsExactly("Oslo", "Zürich", "Östersund");
        names.sort(LOCALIZERS.of("en", null).byLabel(s -> s));
        assertThat(names).containsExactly("Oslo", "Östersund", "Zürich");
    }

    @Test
    void itemsWithoutALabelComeLast() {
        List<String> names = new ArrayList<>(Arrays.asList(null, "Espoo"));
        names.sort(LOCALIZERS.of("en", null).byLabel(s -> s));
        assertThat(names).containsExactly("Espoo", null);
    }
}
