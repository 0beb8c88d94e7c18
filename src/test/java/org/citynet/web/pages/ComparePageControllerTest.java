package org.citynet.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.citynet.web.system.LanguagePreference;
import org.junit.jupiter.api.Test;

/** Reading the chosen cities from the form's two spellings, and picking names; plain unit tests. */
class ComparePageControllerTest {

    @Test
    void repeatedParametersAndCommaListsGiveTheSameCities() {
        assertThat(ComparePageController.chosen(new String[] {"espoo", "helsinki"}))
                .isEqualTo(ComparePageController.chosen(new String[] {"espoo,helsinki"}))
                .containsExactly("espoo", "helsinki");
        assertThat(ComparePageController.chosen(new String[] {" espoo , ", "", "vantaa,helsinki"}))
                .containsExactly("espoo", "vantaa", "helsinki");
        assertThat(ComparePageController.chosen(null)).isEmpty();
    }

    @Test
    void aNameIsPickedInTheReadersLanguageAndFallsBackToAnyName() {
        Map<String, String> names = Map.of("fi", "Helsinki", "sv", "Helsingfors");
        assertThat(Named.pick(LanguagePreference.of("sv", null), names, "x")).isEqualTo(new Named("Helsingfors", "sv"));
        assertThat(Named.pick(LanguagePreference.of("de", null), Map.of("de", "Helsinki"), "x"))
                .isEqualTo(new Named("Helsinki", "de"));
        assertThat(Named.pick(LanguagePreference.of("en", null), Map.of("ru", "Хельсинки"), "x"))
                .isEqualTo(new Named("Хельсинки", "ru"));
        assertThat(Named.pick(LanguagePreference.of("en", null), Map.of(), "helsinki"))
                .isEqualTo(new Named("helsinki", ""));
    }
}
