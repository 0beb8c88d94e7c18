package org.citynet.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.citynet.web.system.LanguagePreference.Tagged;
import org.junit.jupiter.api.Test;

/** The one rule every label of the service is chosen by, for the API, the comparison and the pages. */
class LanguagePreferenceTest {

    private static final LanguagePreference SWEDISH = LanguagePreference.of("sv", null);
    private static final LanguagePreference GERMAN = LanguagePreference.of("de", null);

    @Test
    void theAskedForLanguagesComeFirstThenEnglishFinnishSwedish() {
        Map<String, String> names = Map.of("fi", "Helsinki", "sv", "Helsingfors", "en", "Helsinki (en)");
        assertThat(SWEDISH.choose(names)).contains(new Tagged("Helsingfors", "sv"));
        assertThat(GERMAN.choose(names)).contains(new Tagged("Helsinki (en)", "en"));
        assertThat(GERMAN.choose(Map.of("sv", "Helsingfors", "fi", "Helsinki"))).contains(new Tagged("Helsinki", "fi"));
    }

    @Test
    void aRegionalTagCountsForItsLanguageAndAnExactTagBeatsIt() {
        assertThat(SWEDISH.choose(Map.of("fi", "Helsinki", "sv-FI", "Helsingfors")))
                .contains(new Tagged("Helsingfors", "sv-FI"));
        assertThat(SWEDISH.choose(Map.of("sv-FI", "Helsingfors (FI)", "sv", "Helsingfors")))
                .contains(new Tagged("Helsingfors", "sv"));
    }

    @Test
    void thenAnyOtherLanguageBySmallestTagThenAnUntaggedLabel() {
        assertThat(SWEDISH.choose(Map.of("ru", "Хельсинки", "de", "Helsinki (de)", "", "HELSINKI")))
                .contains(new Tagged("Helsinki (de)", "de"));
        assertThat(SWEDISH.choose(Map.of("", "HELSINKI"))).contains(new Tagged("HELSINKI", ""));
    }

    @Test
    void noLabelIsNoChoiceAndTheApiGetsNull() {
        assertThat(SWEDISH.choose(Map.of())).isEmpty();
        assertThat(SWEDISH.choose(null)).isEmpty();
        Map<String, String> withNull = new HashMap<>();
        withNull.put("sv", null);
        assertThat(SWEDISH.choose(withNull)).isEmpty();
        assertThat(SWEDISH.pick(Map.of())).isNull();
        assertThat(SWEDISH.pick(Map.of("de", "Helsinki (de)"))).isEqualTo("Helsinki (de)");
    }
}
