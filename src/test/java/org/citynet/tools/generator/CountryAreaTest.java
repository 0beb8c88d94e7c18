package org.citynet.tools.generator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountryAreaTest {

    @Test
    void everyCountryHasABoxOnTheGlobe() {
        for (Country country : Country.ALL) {
            CountryArea area = CountryArea.of(country);
            assertThat(area.south()).as(country.code()).isBetween(-90.0, 90.0).isLessThan(area.north());
            assertThat(area.north()).as(country.code()).isBetween(-90.0, 90.0);
            assertThat(area.west()).as(country.code()).isBetween(-180.0, 180.0).isLessThan(area.east());
            assertThat(area.east()).as(country.code()).isBetween(-180.0, 180.0);
        }
    }

    @Test
    void pointsLieInTheBoxAndDependOnlyOnTheDraw() {
        CountryArea finland = CountryArea.of(Country.ALL.stream().filter(c -> c.code().equals("FI")).findFirst()
                .orElseThrow());
        for (int city = 0; city < 1000; city++) {
            String[] point = finland.point(Draw.of(1, Draw.Stream.PLACE, city));
            assertThat(Double.parseDouble(point[0])).isBetween(finland.south(), finland.north());
            assertThat(Double.parseDouble(point[1])).isBetween(finland.west(), finland.east());
            assertThat(point).containsExactly(finland.point(Draw.of(1, Draw.Stream.PLACE, city)));
            assertThat(point[0]).matches("-?[0-9]+\\.[0-9]{4}");
        }
    }
}
