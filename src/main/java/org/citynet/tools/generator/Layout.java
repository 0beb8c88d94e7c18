package org.citynet.tools.generator;

import java.util.ArrayList;
import java.util.List;

/**
 * The decisions that concern the whole generated graph rather than one city: the networks, which themes
 * are popular, how hub cities are spread over the numbering, how names are scrambled. Computed once from
 * the settings; everything per city is drawn from the city's own streams.
 */
final class Layout {

    private static final long[] PRIMES = {1_000_003L, 998_244_353L};

    private final GeneratorSettings settings;
    private final Vocabulary vocabulary;
    private final List<Concept> popularThemes;
    private final List<Network> networks;
    private final long spread;
    private final long shift;
    private final long nameScramble;

    Layout(GeneratorSettings settings, Vocabulary vocabulary) {
        this.settings = settings;
        this.vocabulary = vocabulary;
        Draw draw = Draw.of(settings.seed(), Draw.Stream.LAYOUT, 0);
        this.popularThemes = shuffled(vocabulary.themes(), draw);
        this.spread = PRIMES[settings.cities() % PRIMES[0] == 0 ? 1 : 0];
        this.shift = draw.below(settings.cities());
        // Odd and not a multiple of 3: invertible modulo every power of 24, so distinct numbers keep distinct names.
        long scramble = (draw.nextLong() >>> 8) | 1;
        this.nameScramble = scramble % 3 == 0 ? scramble + 2 : scramble;
        this.networks = networks(settings, vocabulary, popularThemes);
    }

    GeneratorSettings settings() {
        return settings;
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The themes, most popular first (a seed-dependent order, so no theme is favoured by its IRI). */
    List<Concept> popularThemes() {
        return popularThemes;
    }

    /** A theme drawn with a preference for the popular ones. */
    Concept theme(Draw draw) {
        return popularThemes.get(draw.zipf(popularThemes.size(), 1.5));
    }

    /** Networks in number order; {@code network(n)} is {@code networks().get(n - 1)}. */
    List<Network> networks() {
        return networks;
    }

    Network network(int number) {
        return networks.get(number - 1);
    }

    /**
     * The city (1-based) holding popularity rank {@code rank} (0-based). Ranks are spread over the numbering
     * so that hubs sit in every source document rather than all in the first.
     */
    int cityAtRank(int rank) {
        return 1 + (int) Math.floorMod(rank * spread + shift, (long) settings.cities());
    }

    /** A city drawn with a strong preference for hubs: the top 1% of cities get about a fifth of draws. */
    int popularCity(Draw draw) {
        return cityAtRank(draw.skewed(settings.cities(), 3));
    }

    CityName cityName(int city) {
        Draw draw = Draw.of(settings.seed(), Draw.Stream.NAME, city);
        return CityName.of(city, nameScramble, draw.below(CityName.endings()));
    }

    /** The country of a city: a few countries hold most cities. */
    Country countryOf(int city) {
        Draw draw = Draw.of(settings.seed(), Draw.Stream.CITY, city);
        return Country.ALL.get(draw.skewed(Country.ALL.size(), 2));
    }

    /** The language a source document is written in (fi, sv or en); the register (source 0) is in English. */
    String languageOf(int source) {
        if (source == 0) {
            return "en";
        }
        double u = Draw.of(settings.seed(), Draw.Stream.SOURCE, source).unit();
        return u < 0.5 ? "fi" : u < 0.75 ? "sv" : "en";
    }

    private static List<Network> networks(GeneratorSettings settings, Vocabulary vocabulary, List<Concept> themes) {
        int count = settings.networks();
        List<Network> networks = new ArrayList<>(count);
        for (int number = 1; number <= count; number++) {
            Draw draw = Draw.of(settings.seed(), Draw.Stream.NETWORK, number);
            Concept kind = draw.pick(vocabulary.networkKinds());
            Concept first = themes.get(draw.zipf(themes.size(), 1.5));
            Concept second = themes.get(draw.below(themes.size()));
            List<Concept> own = draw.chance(0.4) && !second.equals(first) ? List.of(first, second) : List.of(first);
            int founded = draw.chance(0.6) ? draw.between(1950, 2022) : 0;
            // The biggest tenth of networks have several working groups, a quarter of the rest have one.
            int groups = number <= Math.max(2, count / 10) ? draw.between(2, 6) : draw.chance(0.25) ? 1 : 0;
            networks.add(new Network(number, kind, own, draw.chance(0.4), founded, groups));
        }
        return List.copyOf(networks);
    }

    private static List<Concept> shuffled(List<Concept> items, Draw draw) {
        List<Concept> copy = new ArrayList<>(items);
        for (int i = copy.size() - 1; i > 0; i--) {
            int j = draw.below(i + 1);
            copy.set(i, copy.set(j, copy.get(i)));
        }
        return List.copyOf(copy);
    }
}
