package org.citynet.tools.generator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How cities are shared out over source documents and how many networks a size gets. */
class GeneratorSettingsTest {

    @ParameterizedTest
    @ValueSource(ints = {10, 99, 100, 101, 1_000, 99_899, 100_000, 100_001, 1_000_000, 2_345_678})
    void everyCityBelongsToExactlyOneNonEmptySourceOfAtMost999(int cities) {
        GeneratorSettings settings = new GeneratorSettings(cities, 1);
        int sources = settings.citySources();
        assertThat(sources).isBetween(1, 999);
        assertThat(settings.firstCityOf(1)).isEqualTo(1);
        assertThat(settings.lastCityOf(sources)).isEqualTo(cities);
        for (int source = 1; source <= sources; source++) {
            assertThat(settings.firstCityOf(source)).isLessThanOrEqualTo(settings.lastCityOf(source));
            assertThat(settings.sourceOf(settings.firstCityOf(source))).isEqualTo(source);
            assertThat(settings.sourceOf(settings.lastCityOf(source))).isEqualTo(source);
            if (source > 1) {
                assertThat(settings.firstCityOf(source)).isEqualTo(settings.lastCityOf(source - 1) + 1);
            }
        }
    }

    @Test
    void networksGrowWithTheCities() {
        assertThat(new GeneratorSettings(10, 1).networks()).isEqualTo(20);
        assertThat(new GeneratorSettings(1_000, 1).networks()).isEqualTo(200);
        assertThat(new GeneratorSettings(100_000, 1).networks()).isEqualTo(20_000);
    }
}
