package org.citynet.tools.gazetteer;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * One place of the gazetteer as the package gives it: its GeoNames id, name, latitude and longitude as
 * decimal text, ISO 3166-1 alpha-2 country code, GeoNames admin1 code (may be empty), feature code (PPLC a
 * capital, PPLA the seat of a first-order division, ...) and population (0 where the package gives none).
 * Coordinates are kept as exact decimal text so that the output repeats the source's digits.
 */
public record GazetteerEntry(long geonamesId, String name, String lat, String lng, String country, String admin1,
        String featureCode, long population) {

    /** Where GeoNames publishes its features as linked data: {@code https://sws.geonames.org/{id}/}. */
    public static final String GEONAMES_FEATURE = "https://sws.geonames.org/";

    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,3}(\\.[0-9]+)?");

    /**
     * @throws IllegalArgumentException if the id is not positive, a coordinate is not a plain decimal in
     *                                  range, the country is not two capital letters or the population negative
     */
    public GazetteerEntry {
        if (geonamesId <= 0) {
            throw new IllegalArgumentException("entry " + name + ": GeoNames id " + geonamesId);
        }
        checkCoordinate(lat, 90, "latitude", name);
        checkCoordinate(lng, 180, "longitude", name);
        if (country == null || !country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("entry " + name + ": country code " + country);
        }
        if (population < 0) {
            throw new IllegalArgumentException("entry " + name + ": population " + population);
        }
        admin1 = admin1 == null ? "" : admin1;
        featureCode = featureCode == null ? "" : featureCode;
    }

    /** The GeoNames-style code of where the entry lies: {@code DE.04}, or {@code DE} without admin1. */
    public String code() {
        return admin1.isEmpty() ? country : country + "." + admin1;
    }

    /** {@code lat,lng} exactly as in the package, the form an override line may use. */
    public String coordinates() {
        return lat + "," + lng;
    }

    /** GeoSPARQL WKT in CRS84 axis order: longitude first. */
    public String wkt() {
        return "POINT(" + lng + " " + lat + ")";
    }

    /** The GeoNames feature's IRI, {@code https://sws.geonames.org/2911298/}. */
    public String featureIri() {
        return GEONAMES_FEATURE + geonamesId + "/";
    }

    /** Whether the package gives a population. */
    public boolean hasPopulation() {
        return population > 0;
    }

    /** Name, code, coordinates, id, feature code and population, for reports. */
    public String describe() {
        return name + "  " + code() + "  " + coordinates() + "  geonames " + geonamesId
                + (featureCode.isEmpty() ? "" : "  " + featureCode)
                + (hasPopulation() ? "  population " + population : "");
    }

    private static void checkCoordinate(String value, int limit, String what, String name) {
        if (value == null || !DECIMAL.matcher(value).matches()
                || new BigDecimal(value).abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
            throw new IllegalArgumentException("entry " + name + ": " + what + " " + value);
        }
    }
}
