package org.citynet.tools.generator;

/**
 * What to generate: how many cities and from which seed. Everything else (networks, sources, agreements)
 * follows from these two, so the same settings always give the same bytes.
 *
 * @param cities number of cities, at least {@value #MIN_CITIES}
 * @param seed   any number; different seeds give different graphs of the same shape
 */
public record GeneratorSettings(int cities, long seed) {

    public static final int MIN_CITIES = 10;

    /** Source documents are numbered in three digits (the seed-file pattern), so at most 999 hold cities. */
    static final int MAX_CITY_SOURCES = 999;

    /** Cities a source document describes, until there would be more than 999 sources. */
    static final int CITIES_PER_SOURCE = 100;

    public GeneratorSettings {
        if (cities < MIN_CITIES) {
            throw new IllegalArgumentException("Generate at least " + MIN_CITIES + " cities, not " + cities);
        }
    }

    /** One network for every five cities, at least 20: a few big ones and a long tail of small ones. */
    int networks() {
        return Math.max(20, cities / 5);
    }

    /** Cities each source document describes (the last one may describe fewer). */
    int citiesPerSource() {
        int wanted = Math.min(MAX_CITY_SOURCES, (cities + CITIES_PER_SOURCE - 1) / CITIES_PER_SOURCE);
        return (cities + wanted - 1) / wanted;
    }

    /** Source documents that describe cities (the register of networks and countries comes on top). */
    int citySources() {
        return (cities + citiesPerSource() - 1) / citiesPerSource();
    }

    /** The source (1-based) whose graph states the facts of a city (1-based). */
    int sourceOf(int city) {
        return 1 + (city - 1) / citiesPerSource();
    }

    /** The first city (1-based) a source describes. */
    int firstCityOf(int source) {
        return 1 + (source - 1) * citiesPerSource();
    }

    /** The last city (1-based) a source describes. */
    int lastCityOf(int source) {
        return Math.min(cities, source * citiesPerSource());
    }
}
