package org.citynet.web.pages;

import java.util.Locale;

import org.citynet.web.system.InvalidParameterException;

/**
 * The part of the world a map answer is for: a box in WGS84 degrees and the zoom level the reader sees it
 * at (Leaflet's: the world is {@code 256 * 2^zoom} pixels wide in Web Mercator). Without parameters, the
 * whole world at zoom 2. Validated: a wrong value is refused with 400 naming the parameter. Immutable.
 */
record MapView(double west, double south, double east, double north, int zoom) {

    static final int MAX_ZOOM = 18;
    static final MapView WORLD = new MapView(-180, -90, 180, 90, 2);

    /**
     * @param bbox {@code west,south,east,north} in decimal degrees, west &lt;= east, south &lt;= north; null
     *             for the whole world
     * @param zoom 0 to {@value #MAX_ZOOM}; null for 2
     */
    static MapView of(String bbox, String zoom) {
        int level = zoom == null || zoom.isBlank() ? WORLD.zoom() : integer(zoom);
        if (bbox == null || bbox.isBlank()) {
            return new MapView(WORLD.west(), WORLD.south(), WORLD.east(), WORLD.north(), level);
        }
        String[] parts = bbox.split(",", -1);
        if (parts.length != 4) {
            throw new InvalidParameterException("bbox", "must be four numbers west,south,east,north");
        }
        double west = degrees(parts[0], 180);
        double south = degrees(parts[1], 90);
        double east = degrees(parts[2], 180);
        double north = degrees(parts[3], 90);
        if (west > east || south > north) {
            throw new InvalidParameterException("bbox", "must have west <= east and south <= north");
        }
        return new MapView(west, south, east, north, level);
    }

    boolean contains(double lat, double lon) {
        return lat >= south && lat <= north && lon >= west && lon <= east;
    }

    boolean whole() {
        return west <= -180 && south <= -90 && east >= 180 && north >= 90;
    }

    /** For logs and links: the box as the parameter gives it. */
    String bbox() {
        return String.format(Locale.ROOT, "%s,%s,%s,%s", west, south, east, north);
    }

    private static int integer(String text) {
        try {
            int level = Integer.parseInt(text.strip());
            if (level < 0 || level > MAX_ZOOM) {
                throw new InvalidParameterException("zoom", "must be an integer from 0 to " + MAX_ZOOM);
            }
            return level;
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("zoom", "must be an integer from 0 to " + MAX_ZOOM);
        }
    }

    /** A coordinate; values beyond the world (Leaflet's bounds after panning) are brought back to its edge. */
    private static double degrees(String text, double limit) {
        try {
            double value = Double.parseDouble(text.strip());
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                throw new NumberFormatException(text);
            }
            return Math.max(-limit, Math.min(limit, value));
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("bbox", "must be four numbers west,south,east,north");
        }
    }
}
