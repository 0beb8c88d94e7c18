package org.citynet.web.pages;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses what one map answer shows, so that it stays small whatever the size of the data: when at most
 * {@link #MAX_MARKERS} placed cities lie in the view, each is a marker; otherwise the view is cut into
 * squares of {@link #CELL} pixels at the reader's zoom, a square holding one city shows it as a marker and
 * a square holding more shows one group with their number (which the page zooms into). Lines are the links
 * of the cities shown as markers, at most {@link #MAX_LINKS}. Stateless.
 */
final class MapGrid {

    static final int MAX_MARKERS = 500;
    static final int MAX_LINKS = 2000;
    /** The side of a grid square in screen pixels, as Leaflet.markercluster's default radius. */
    static final int CELL = 80;
    /** The widest view grouped square by square, in pixels; a wider one is grouped at a lower zoom. */
    static final int MAX_VIEW_PIXELS = 4096;
    private static final double MAX_LAT = 85.05112878;

    /** A group of cities shown as one: how many, their mean point and the box around them. */
    record Cluster(int count, double lat, double lon, double south, double west, double north, double east) {
    }

    /**
     * @param inView       placed cities in the view
     * @param markers      the cities shown one by one, in index order
     * @param clusters     the groups
     * @param links        the links shown, in index order
     * @param linksOmitted links of the cities shown that are left out beyond {@link #MAX_LINKS}
     */
    record Selection(int inView, int[] markers, List<Cluster> clusters, int[] links, int linksOmitted) {
    }

    private MapGrid() {
    }

    static Selection select(MapIndex index, MapView view) {
        List<Integer> inside = new ArrayList<>();
        for (int city = 0; city < index.size(); city++) {
            if (view.contains(index.lat(city), index.lon(city))) {
                inside.add(city);
            }
        }
        int[] markers;
        List<Cluster> clusters = new ArrayList<>();
        if (inside.size() <= MAX_MARKERS) {
            markers = inside.stream().mapToInt(Integer::intValue).toArray();
        } else {
            markers = group(index, view, inside, clusters);
        }
        return links(index, inside.size(), markers, clusters);
    }

    /** Groups the cities square by square; returns the cities alone in their square. */
    private static int[] group(MapIndex index, MapView view, List<Integer> inside, List<Cluster> clusters) {
        double scale = 256 * Math.pow(2, zoom(view));
        Map<Long, List<Integer>> squares = new LinkedHashMap<>();
        for (int city : inside) {
            long column = (long) Math.floor(x(index.lon(city)) * scale / CELL);
            long row = (long) Math.floor(y(index.lat(city)) * scale / CELL);
            squares.computeIfAbsent(column << 32 | row, k -> new ArrayList<>()).add(city);
        }
        List<Integer> alone = new ArrayList<>();
        for (List<Integer> square : squares.values()) {
            if (square.size() == 1) {
                alone.add(square.get(0));
            } else {
                clusters.add(cluster(index, square));
            }
        }
        return alone.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /** The reader's zoom, lowered until the view is at most {@link #MAX_VIEW_PIXELS} wide and high. */
    static int zoom(MapView view) {
        int zoom = view.zoom();
        while (zoom > 0 && Math.max((x(view.east()) - x(view.west())),
                (y(Math.max(view.south(), -MAX_LAT)) - y(Math.min(view.north(), MAX_LAT))))
                * 256 * Math.pow(2, zoom) > MAX_VIEW_PIXELS + 1) {
            zoom--;
        }
        return zoom;
    }

    private static Cluster cluster(MapIndex index, List<Integer> cities) {
        double lat = 0;
        double lon = 0;
        double south = 90;
        double west = 180;
        double north = -90;
        double east = -180;
        for (int city : cities) {
            lat += index.lat(city);
            lon += index.lon(city);
            south = Math.min(south, index.lat(city));
            north = Math.max(north, index.lat(city));
            west = Math.min(west, index.lon(city));
            east = Math.max(east, index.lon(city));
        }
        return new Cluster(cities.size(), lat / cities.size(), lon / cities.size(), south, west, north, east);
    }

    private static Selection links(MapIndex index, int inView, int[] markers, List<Cluster> clusters) {
        BitSet chosen = new BitSet(index.linkCount());
        for (int city : markers) {
            for (int link : index.linksOf(city)) {
                chosen.set(link);
            }
        }
        int[] all = chosen.stream().toArray();
        int[] shown = all.length > MAX_LINKS ? java.util.Arrays.copyOf(all, MAX_LINKS) : all;
        return new Selection(inView, markers, List.copyOf(clusters), shown, all.length - shown.length);
    }

    /** Web Mercator, as a fraction of the world's width from the antimeridian. */
    private static double x(double lon) {
        return (lon + 180) / 360;
    }

    /** Web Mercator, as a fraction of the world's height from the top. */
    private static double y(double lat) {
        double clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
        double sin = Math.sin(Math.toRadians(clamped));
        return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
    }
}
