package org.citynet.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.citynet.web.system.InvalidParameterException;
import org.junit.jupiter.api.Test;

/** How one map answer is chosen from the index: markers, groups, lines, and the view's parameters. */
class MapGridTest {

    @Test
    void aViewWithFewCitiesShowsEachOfThemAndAllTheirLinks() {
        MapIndex index = index(3, i -> new double[] {60 + i, 25 + i}, new int[][] {{2, 0, 1}, {0, 1, 2}});
        MapGrid.Selection selection = MapGrid.select(index, MapView.WORLD);
        assertThat(selection.markers()).containsExactly(0, 1, 2);
        assertThat(selection.clusters()).isEmpty();
        assertThat(selection.links()).containsExactly(0, 1);
        assertThat(selection.inView()).isEqualTo(3);
    }

    @Test
    void aCrowdedViewGroupsNearbyCitiesAndKeepsLoneOnesAsMarkers() {
        // 1000 cities in a small square near Helsinki, one alone in Sydney.
        int crowd = 1000;
        MapIndex index = index(crowd + 1, i -> i < crowd ? new double[] {60 + (i % 10) * 0.01, 25 + (i / 10) * 0.001}
                : new double[] {-33.9, 151.2}, new int[][] {{2, 0, crowd}});
        MapGrid.Selection selection = MapGrid.select(index, MapView.WORLD);
        assertThat(selection.inView()).isEqualTo(crowd + 1);
        assertThat(selection.markers()).containsExactly(crowd);
        assertThat(selection.clusters()).hasSize(1);
        MapGrid.Cluster cluster = selection.clusters().get(0);
        assertThat(cluster.count()).isEqualTo(crowd);
        assertThat(cluster.lat()).isBetween(60.0, 60.1);
        assertThat(cluster.south()).isEqualTo(60.0);
        assertThat(cluster.north()).isCloseTo(60.09, org.assertj.core.data.Offset.offset(1e-9));
        // The line from Sydney leads into the crowd: shown, since one of its ends is a marker.
        assertThat(selection.links()).containsExactly(0);
    }

    @Test
    void onlyCitiesInTheViewCountAndLinksAreCapped() {
        int cities = MapGrid.MAX_LINKS + 11;
        int[][] links = IntStream.range(1, cities).mapToObj(i -> new int[] {2, 0, i}).toArray(int[][]::new);
        MapIndex index = index(cities, i -> i == 0 ? new double[] {10, 10} : new double[] {-10, -10 - i * 0.01}, links);
        MapGrid.Selection selection = MapGrid.select(index, MapView.of("0,0,20,20", "5"));
        assertThat(selection.inView()).isEqualTo(1);
        assertThat(selection.markers()).containsExactly(0);
        assertThat(selection.links()).hasSize(MapGrid.MAX_LINKS);
        assertThat(selection.linksOmitted()).isEqualTo(10);
    }

    @Test
    void aWideViewAtAHighZoomIsGroupedAtALowerOne() {
        assertThat(MapGrid.zoom(MapView.of(null, "18"))).isEqualTo(4);
        assertThat(MapGrid.zoom(MapView.of("24,60,25,61", "9"))).isEqualTo(9);
    }

    @Test
    void theViewIsReadFromItsParametersAndRefusedWithTheParameterNamed() {
        assertThat(MapView.of(null, null)).isEqualTo(MapView.WORLD);
        assertThat(MapView.of("-200,-95,24.5,61", "7")).isEqualTo(new MapView(-180, -90, 24.5, 61, 7));
        assertThatThrownBy(() -> MapView.of("1,2,3", null)).isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("bbox");
        assertThatThrownBy(() -> MapView.of("3,2,1,4", null)).hasMessageContaining("west <= east");
        assertThatThrownBy(() -> MapView.of("a,2,3,4", null)).hasMessageContaining("bbox");
        assertThatThrownBy(() -> MapView.of("NaN,2,3,4", null)).hasMessageContaining("bbox");
        assertThatThrownBy(() -> MapView.of(null, "19")).hasMessageContaining("zoom");
        assertThatThrownBy(() -> MapView.of(null, "x")).hasMessageContaining("zoom");
    }

    @Test
    void citiesAreSortedByTheNameTheReaderSees() {
        MapIndex index = index(3, i -> new double[] {i, i}, new int[0][]);
        assertThat(index.byName(org.citynet.web.system.LanguagePreference.of("sv", null))).containsExactly(1, 2, 0);
        assertThat(index.byName(org.citynet.web.system.LanguagePreference.of("fi", null))).containsExactly(2, 1, 0);
    }

    /** Cities named "c{i}" in English, Swedish names c, a, b and Finnish names c, b, a for the first three. */
    @SuppressWarnings("unchecked")
    private static MapIndex index(int size, java.util.function.IntFunction<double[]> point, int[][] links) {
        String[] iris = new String[size];
        Map<String, String>[] names = new Map[size];
        double[] lat = new double[size];
        double[] lon = new double[size];
        List<String> swedish = List.of("c", "a", "b");
        List<String> finnish = List.of("c", "b", "a");
        for (int i = 0; i < size; i++) {
            iris[i] = String.format("https://w3id.org/citynet/id/city/c%05d", i);
            names[i] = i < 3 ? Map.of("en", "c" + i, "sv", swedish.get(i), "fi", finnish.get(i))
                    : Map.of("en", "c" + i);
            lat[i] = point.apply(i)[0];
            lon[i] = point.apply(i)[1];
        }
        return new MapIndex(1, iris, names, lat, lon, new String[0], new Map[0], new ArrayList<>(List.of(links))
                .toArray(int[][]::new));
    }
}
