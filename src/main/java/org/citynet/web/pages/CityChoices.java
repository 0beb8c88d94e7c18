package org.citynet.web.pages;

import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.citynet.web.system.LanguagePreference;

/**
 * The cities the comparison form offers. Up to {@link #LISTED} cities: all of them, in the reader's
 * alphabetical order. More than that (a graph of 100,000 cities) would make a page of megabytes that
 * nobody can scan, so the form then offers a search instead: the cities whose name in any language, or
 * id, contains the text typed (case and accents ignored), the best {@link #SHOWN} of them (names that
 * begin with it first), after the cities already chosen, which stay ticked. Stateless.
 */
final class CityChoices {

    static final int LISTED = 200;
    static final int SHOWN = 50;
    /** The longest search text accepted: longer than any city's name. */
    static final int MAX_FIND = 100;

    /**
     * @param options    the checkboxes, in the order shown
     * @param searchable whether the form searches instead of listing every city
     * @param cities     how many cities there are
     * @param matched    how many cities the search text matched (0 without one)
     */
    record Choices(List<CompareView.Option> options, boolean searchable, int cities, int matched) {

        /** The chosen ids that name a city: the options ticked. */
        Set<String> ticked() {
            return options.stream().filter(CompareView.Option::checked).map(CompareView.Option::id)
                    .collect(Collectors.toSet());
        }
    }

    /** A city offered, its name for the reader, that name folded, and whether it does not begin with the search. */
    private record Match(CityDirectory.City city, Named name, String folded, boolean laterThanPrefix) {

        CompareView.Option option(boolean checked) {
            return new CompareView.Option(city.id(), name.text(), name.lang(), checked);
        }
    }

    private CityChoices() {
    }

    /**
     * @param cities every city
     * @param chosen the ids chosen so far, in the order given
     * @param find   the search text, null when none was typed
     */
    static Choices of(List<CityDirectory.City> cities, LanguagePreference reader, Locale locale, List<String> chosen,
                      String find) {
        List<CityDirectory.City> named = cities.stream().filter(city -> city.id() != null).toList();
        return of(named, named.size(), reader, locale, chosen, find);
    }

    /**
     * The choices from the directory, reading only what they show: with more than {@link #LISTED} cities and no
     * search, the chosen ones alone (at 100,000 cities every city with its labels was most of the page's time).
     */
    static Choices of(CityDirectory directory, LanguagePreference reader, Locale locale, List<String> chosen,
                      String find) {
        int count = directory.count();
        if (count <= LISTED || find != null) {
            return of(directory.cities(), reader, locale, chosen, find);
        }
        return of(directory.withIds(chosen), count, reader, locale, chosen, null);
    }

    /**
     * @param named the cities with an id: every one, or, when there are more than {@link #LISTED} and no search
     *              text, at least the chosen ones
     * @param count how many cities with an id there are
     */
    private static Choices of(List<CityDirectory.City> named, int count, LanguagePreference reader, Locale locale,
                              List<String> chosen, String find) {
        Collator collator = Collator.getInstance(locale);
        Comparator<CompareView.Option> alphabetical = Comparator.comparing(CompareView.Option::label, collator);
        Set<String> ticked = Set.copyOf(chosen);
        if (count <= LISTED) {
            return new Choices(named.stream().map(city -> option(city, reader, ticked.contains(city.id())))
                    .sorted(alphabetical).toList(), false, count, 0);
        }
        // Only the chosen few are looked up by id: no map of every city per request.
        Map<String, CityDirectory.City> byId = named.stream().filter(city -> ticked.contains(city.id()))
                .collect(Collectors.toMap(CityDirectory.City::id, Function.identity(), (a, b) -> a));
        List<CompareView.Option> options = new ArrayList<>();
        chosen.stream().distinct().map(byId::get).filter(city -> city != null)
                .forEach(city -> options.add(option(city, reader, true)));
        if (find == null) {
            return new Choices(options, true, count, 0);
        }
        String folded = fold(find);
        List<Match> matches = new ArrayList<>();
        for (CityDirectory.City city : named) {
            if (!ticked.contains(city.id()) && matches(city, folded)) {
                matches.add(match(city, reader, folded));
            }
        }
        // The best SHOWN by a plain comparison of folded names, each folded once (a collator over thousands
        // of matches costs seconds), then those in the reader's alphabetical order.
        matches.stream().sorted(Comparator.comparing(Match::laterThanPrefix).thenComparing(Match::folded))
                .limit(SHOWN).map(match -> match.option(false)).sorted(alphabetical).forEach(options::add);
        return new Choices(options, true, count, matches.size());
    }

    private static Match match(CityDirectory.City city, LanguagePreference reader, String folded) {
        Named name = Named.pick(reader, city.names(), city.id());
        String key = fold(name.text());
        return new Match(city, name, key, !key.startsWith(folded));
    }

    private static CompareView.Option option(CityDirectory.City city, LanguagePreference reader, boolean checked) {
        Named name = Named.pick(reader, city.names(), city.id());
        return new CompareView.Option(city.id(), name.text(), name.lang(), checked);
    }

    private static boolean matches(CityDirectory.City city, String folded) {
        if (fold(city.id()).contains(folded)) {
            return true;
        }
        for (String name : city.names().values()) {
            if (fold(name).contains(folded)) {
                return true;
            }
        }
        return false;
    }

    /** Lower case without accents: "Västerås" and "vasteras" match. */
    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean ascii = lower.chars().allMatch(c -> c < 128);
        if (ascii) {
            return lower;
        }
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                folded.append(c);
            }
        }
        return folded.toString();
    }
}
