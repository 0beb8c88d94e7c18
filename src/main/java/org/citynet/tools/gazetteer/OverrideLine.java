package org.citynet.tools.gazetteer;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * One line of the override file: which gazetteer entry a city is (or that it has none), and why.
 *
 * @param line   1-based line number in the file, for messages
 * @param slug   the city's slug, e.g. {@code hamburg}
 * @param name   the entry's name as the gazetteer writes it, or {@code -} for "no entry"
 * @param place  the entry's GeoNames id ({@code 2911298}: names one entry whatever the package holds), its
 *               code ({@code DE.04}, see {@link GazetteerEntry#code()}) or its exact coordinates
 *               {@code lat,lng}; {@code -} for "no entry"
 * @param reason why, in English; never blank
 */
public record OverrideLine(int line, String slug, String name, String place, String reason) {

    static final String NONE = "-";
    static final Pattern GEONAMES_ID = Pattern.compile("[1-9][0-9]{0,11}");
    static final Pattern CODE = Pattern.compile("[A-Z]{2}(\\.[^.\\s]+)?");
    static final Pattern COORDINATES = Pattern.compile("-?[0-9]{1,3}(\\.[0-9]+)?,-?[0-9]{1,3}(\\.[0-9]+)?");

    /** The city deliberately gets no coordinates (the reason says why). */
    public boolean unplaced() {
        return NONE.equals(name) && NONE.equals(place);
    }

    /** Whether this line names that entry: same name (case and normalisation aside) and same id, code or point. */
    boolean names(GazetteerEntry entry) {
        if (unplaced() || !Names.exact(name).equals(Names.exact(entry.name()))) {
            return false;
        }
        if (GEONAMES_ID.matcher(place).matches()) {
            return Long.parseLong(place) == entry.geonamesId();
        }
        if (CODE.matcher(place).matches()) {
            return place.equals(entry.code());
        }
        String[] latLng = place.split(",");
        return same(latLng[0], entry.lat()) && same(latLng[1], entry.lng());
    }

    /** The line as it would be written, for suggestions in reports: the entry by its GeoNames id. */
    static String format(String slug, GazetteerEntry entry, String reason) {
        return slug + "\t" + entry.name() + "\t" + entry.geonamesId() + "\t" + reason;
    }

    private static boolean same(String a, String b) {
        return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
    }
}
