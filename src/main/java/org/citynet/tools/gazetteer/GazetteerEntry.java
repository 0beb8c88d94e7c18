package org.citynet.tools.gazetteer;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * One place of the gazetteer as the package gives it: name, latitude and longitude as decimal text, ISO
 * 3166-1 alpha-2 country code and GeoNames admin codes (admin2 may be empty). Coordinates are kept as the
 * package writes them so that the output repeats the source's digits exactly.
 */
public record GazetteerEntry(String name, String lat, String lng, String country, String admin1,
        String admin2) {

    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,3}(\\.[0-9]+)?");

    /**
     * @throws IllegalArgumentException if a coordinate is not a plain decimal in range or the country is not
     *                                  two capital letters
     */
    public GazetteerEntry {
        checkCoordinate(lat, 90, "latitude", name);
        checkCoordinate(lng, 180, "longitude", name);
        if (country == null || !country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("entry " + name + ": country code " + country);
        }
        admin1 = admin1 == null ? "" : admin1;
        admin2 = admin2 == null ? "" : admin2;
    }

    /**
     * The GeoNames-style code of where the entry lies, as {@code admin1.json}/{@code admin2.json} key their
     * names: {@code DE.04.00}, or {@code AR.07} when there is no admin2.
     */
    public String code() {
        StringBuilder code = new StringBuilder(country);
        if (!admin1.isEmpty()) {
            code.append('.').append(admin1);
            if (!admin2.isEmpty()) {
                code.append('.').append(admin2);
            }
        }
        return code.toString();
    }

    /** {@code lat,lng} exactly as in the package, the form an override line may use. */
    public String coordinates() {
        return lat + "," + lng;
    }

    /** GeoSPARQL WKT in CRS84 axis order: longitude first. */
    public String wkt() {
        return "POINT(" + lng + " " + lat + ")";
    }

    /** Name, code and coordinates, for reports. */
    public String describe() {
        return name + "  " + code() + "  " + coordinates();
    }

    private static void checkCoordinate(String value, int limit, String what, String name) {
        if (value == null || !DECIMAL.matcher(value).matches()
                || new BigDecimal(value).abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
            throw new IllegalArgumentException("entry " + name + ": " + what + " " + value);
        }
    }
}
