package org.citynet.tools.generator;

import java.util.Locale;
import java.util.Map;

/**
 * Where a generated city may lie: a rough box inside each of the {@link Country#ALL} countries (south, west,
 * north, east, in degrees), from which a city's point is drawn uniformly. Good enough to put markers in the
 * right part of the world on the map at any size; a point may fall on a lake or a bay. Immutable.
 */
record CountryArea(double south, double west, double north, double east) {

    private static final Map<String, CountryArea> BY_CODE = Map.ofEntries(
            Map.entry("DE", new CountryArea(48.0, 7.0, 54.0, 14.0)),
            Map.entry("FR", new CountryArea(43.5, -1.0, 49.5, 7.0)),
            Map.entry("IT", new CountryArea(41.5, 10.5, 45.8, 13.5)),
            Map.entry("ES", new CountryArea(37.0, -6.5, 43.0, -0.5)),
            Map.entry("PL", new CountryArea(50.0, 15.0, 54.0, 23.5)),
            Map.entry("US", new CountryArea(31.0, -120.0, 47.0, -75.0)),
            Map.entry("CN", new CountryArea(23.0, 100.0, 40.0, 120.0)),
            Map.entry("GB", new CountryArea(51.0, -3.5, 55.5, 0.5)),
            Map.entry("FI", new CountryArea(60.2, 21.5, 68.0, 30.0)),
            Map.entry("SE", new CountryArea(56.0, 12.5, 66.0, 18.0)),
            Map.entry("NL", new CountryArea(51.5, 4.5, 53.2, 7.0)),
            Map.entry("BE", new CountryArea(50.0, 3.0, 51.3, 5.8)),
            Map.entry("PT", new CountryArea(37.5, -8.7, 41.8, -7.0)),
            Map.entry("AT", new CountryArea(46.6, 9.8, 48.6, 16.8)),
            Map.entry("CZ", new CountryArea(48.8, 12.5, 50.8, 18.5)),
            Map.entry("HU", new CountryArea(46.0, 16.5, 48.3, 22.5)),
            Map.entry("RO", new CountryArea(44.0, 22.0, 47.8, 28.0)),
            Map.entry("GR", new CountryArea(37.5, 21.0, 41.0, 24.0)),
            Map.entry("NO", new CountryArea(58.5, 5.5, 62.5, 11.5)),
            Map.entry("DK", new CountryArea(54.9, 8.3, 57.5, 10.5)),
            Map.entry("JP", new CountryArea(33.5, 130.5, 40.0, 140.5)),
            Map.entry("EE", new CountryArea(57.8, 22.5, 59.4, 28.0)),
            Map.entry("LV", new CountryArea(56.1, 21.5, 57.5, 27.5)),
            Map.entry("LT", new CountryArea(54.0, 21.5, 56.3, 26.5)),
            Map.entry("CH", new CountryArea(46.0, 6.5, 47.6, 10.0)),
            Map.entry("IE", new CountryArea(51.8, -10.0, 54.5, -6.2)),
            Map.entry("SK", new CountryArea(47.8, 17.2, 49.4, 22.3)),
            Map.entry("BG", new CountryArea(41.5, 22.5, 43.9, 27.8)),
            Map.entry("UA", new CountryArea(46.5, 23.0, 51.5, 38.5)),
            Map.entry("TR", new CountryArea(37.0, 27.5, 41.0, 43.0)),
            Map.entry("CA", new CountryArea(43.0, -123.0, 55.0, -70.0)),
            Map.entry("MX", new CountryArea(17.0, -106.0, 28.0, -97.0)),
            Map.entry("BR", new CountryArea(-28.0, -60.0, -3.0, -37.0)),
            Map.entry("AR", new CountryArea(-45.0, -70.0, -25.0, -59.0)),
            Map.entry("KR", new CountryArea(34.8, 126.5, 37.8, 129.3)),
            Map.entry("IN", new CountryArea(10.0, 72.0, 30.0, 88.0)),
            Map.entry("AU", new CountryArea(-37.0, 115.0, -18.0, 150.0)),
            Map.entry("ZA", new CountryArea(-33.5, 18.5, -23.0, 31.0)),
            Map.entry("EG", new CountryArea(23.0, 25.5, 31.0, 33.5)),
            Map.entry("KE", new CountryArea(-4.0, 34.5, 4.0, 41.0)),
            Map.entry("IS", new CountryArea(63.5, -23.0, 66.3, -14.0)));

    static CountryArea of(Country country) {
        CountryArea area = BY_CODE.get(country.code());
        if (area == null) {
            throw new IllegalStateException("No area for country " + country.code());
        }
        return area;
    }

    /** A point in the box as {@code {latitude, longitude}}, each with four decimals (about 10 m). */
    String[] point(Draw draw) {
        double lat = south + draw.unit() * (north - south);
        double lon = west + draw.unit() * (east - west);
        return new String[] {String.format(Locale.ROOT, "%.4f", lat), String.format(Locale.ROOT, "%.4f", lon)};
    }
}
