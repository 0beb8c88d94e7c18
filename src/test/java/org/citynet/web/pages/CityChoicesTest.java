package org.citynet.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.citynet.web.system.LanguagePreference;
import org.junit.jupiter.api.Test;

class CityChoicesTest {

    private static final LanguagePreference SWEDISH = LanguagePreference.of("sv", null);
    private static final Locale SV = Locale.forLanguageTag("sv");

    @Test
    void aFewCitiesAreAllListedInTheReadersAlphabeticalOrderInTheirLanguage() {
        List<CityDirectory.City> cities = List.of(
                city("espoo", Map.of("fi", "Espoo", "sv", "Esbo")),
                city("helsinki", Map.of("fi", "Helsinki", "sv", "Helsingfors")),
                city("vasteras", Map.of("sv", "Västerås")),
                city("aby", Map.of("sv", "Åby")),
                new CityDirectory.City("https://example.org/elsewhere", null, Map.of("sv", "Utanför")));

        CityChoices.Choices choices = CityChoices.of(cities, SWEDISH, SV, List.of("helsinki"), null);

        assertThat(choices.searchable()).isFalse();
        // Swedish order: Å after Z, and no city without an id.
        assertThat(choices.options()).extracting(CompareView.Option::label)
                .containsExactly("Esbo", "Helsingfors", "Västerås", "Åby");
        assertThat(choices.options()).filteredOn(CompareView.Option::checked).extracting(CompareView.Option::id)
                .containsExactly("helsinki");
    }

    @Test
    void manyCitiesAreSearchedNotListedAndTheChosenStayTicked() {
        List<CityDirectory.City> cities = new ArrayList<>(generated(CityChoices.LISTED * 5));
        for (int i = 1; i <= 100; i++) {
            cities.add(city("old-" + i, Map.of("sv", "Gamla stad " + i)));
        }

        CityChoices.Choices none = CityChoices.of(cities, SWEDISH, SV, List.of("city-7", "city-9"), null);
        assertThat(none.searchable()).isTrue();
        assertThat(none.cities()).isEqualTo(cities.size());
        assertThat(none.options()).extracting(CompareView.Option::id).containsExactly("city-7", "city-9");
        assertThat(none.options()).allMatch(CompareView.Option::checked);

        // "stad 1" begins "Stad 1", 10-19, 100-199 and 1000 (112 names) and is inside "Gamla stad 1", 10-19
        // and 100 (12): the names that begin with it come first, and the best SHOWN of them are shown after
        // the chosen one.
        CityChoices.Choices found = CityChoices.of(cities, SWEDISH, SV, List.of("city-7"), "stad 1");
        List<String> shown = found.options().stream().skip(1).map(CompareView.Option::label).toList();
        assertThat(found.options().get(0)).extracting(CompareView.Option::id, CompareView.Option::checked)
                .containsExactly("city-7", true);
        assertThat(shown).hasSize(CityChoices.SHOWN).allMatch(label -> label.startsWith("Stad 1"))
                .noneMatch(label -> label.equals("Stad 7"));
        assertThat(found.matched()).isEqualTo(124);
        assertThat(found.options().subList(1, found.options().size())).noneMatch(CompareView.Option::checked);
    }

    @Test
    void theSearchIgnoresCaseAndAccentsAndLooksAtEveryLanguageAndTheId() {
        List<CityDirectory.City> cities = new ArrayList<>(generated(CityChoices.LISTED + 1));
        cities.add(city("vasteras", Map.of("sv", "Västerås")));
        cities.add(city("turku", Map.of("fi", "Turku", "sv", "Åbo")));

        assertThat(labels(CityChoices.of(cities, SWEDISH, SV, List.of(), "VASTERAS"))).containsExactly("Västerås");
        // Found by its Finnish name, shown by its Swedish one.
        assertThat(labels(CityChoices.of(cities, SWEDISH, SV, List.of(), "turk"))).containsExactly("Åbo");
        assertThat(labels(CityChoices.of(cities, SWEDISH, SV, List.of(), "city-20"))).contains("Stad 20", "Stad 200");
        assertThat(CityChoices.of(cities, SWEDISH, SV, List.of(), "atlantis").options()).isEmpty();
    }

    @Test
    void foldingDropsCaseAndAccentsOnly() {
        assertThat(CityChoices.fold("Västerås")).isEqualTo("vasteras");
        assertThat(CityChoices.fold("São Paulo")).isEqualTo("sao paulo");
        assertThat(CityChoices.fold("Helsinki")).isEqualTo("helsinki");
        assertThat(CityChoices.fold("Łódź")).isEqualTo("łodz");
    }

    private static List<String> labels(CityChoices.Choices choices) {
        return choices.options().stream().map(CompareView.Option::label).toList();
    }

    /** Cities city-1 … city-n, named "Stad 1" … in Swedish. */
    private static List<CityDirectory.City> generated(int count) {
        List<CityDirectory.City> cities = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            cities.add(city("city-" + i, Map.of("sv", "Stad " + i)));
        }
        return cities;
    }

    private static CityDirectory.City city(String id, Map<String, String> names) {
        return new CityDirectory.City("https://w3id.org/citynet/id/city/" + id, id, names);
    }
}
