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

                hamburg\tHamburg\tDE.04.00\tThe German city-state\r
                springfield\tSpringfield\t39.80172,-89.64371\tThe capital of Illinois
                atlantis\t-\t-\tNo such place
                """);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.overrides()).extracting(OverrideLine::line).containsExactly(3, 4, 5);
        assertThat(parsed.overrides().get(0)).isEqualTo(new OverrideLine(3, "hamburg", "Hamburg", "DE.04.00",
                "The German city-state"));
        assertThat(parsed.overrides().get(2).unplaced()).isTrue();
    }

    @Test
    void refusesEveryBadLineWithItsNumber() {
        OverrideFile.Parsed parsed = OverrideFile.parse(String.join("\n",
                "# header",
                "hamburg\tHamburg\tDE.04.00\t",
                "london\tLondon\tGB.ENG.GLA",
                "Lon don\tLondon\tGB.ENG.GLA\tThe capital",
                "dubai\tDubai\tsomewhere\tThe emirate",
                "atlantis\t-\tUS.FL\tNo such place",
                "rotterdam\tRotterdam\tNL.11.0599\t<reason>",
                "montreal\tMontréal\tCA.10.06\tThe Canadian city",
                "montreal\tMontréal\tFR.76.32\tThe French village",
                ""));

        assertThat(parsed.problems()).extracting(p -> p.describe("overrides.tsv")).containsExactly(
                "overrides.tsv:2: no reason for hamburg; every override must say why",
                "overrides.tsv:3: expected 4 tab-separated fields (city, gazetteer name, code or lat,lng, reason),"
                        + " found 3",
                "overrides.tsv:4: \"Lon don\" is not a city slug (the last part of the city's IRI, e.g. hamburg)",
                "overrides.tsv:5: \"somewhere\" is neither a gazetteer code (e.g. DE.04.00) nor coordinates lat,lng"
                        + " (e.g. 53.55073,9.99302)",
                "overrides.tsv:6: for a city without a gazetteer entry write - as both the name and the place",
                "overrides.tsv:7: no reason for rotterdam; every override must say why",
                "overrides.tsv:9: a second line for montreal (the first is line 8); keep one");
        assertThat(parsed.overrides()).extracting(OverrideLine::slug).containsExactly("montreal");
    }

    @Test
    void aMissingFileIsEmpty() {
        OverrideFile.Parsed parsed = OverrideFile.read(temp.resolve("none.tsv"));

        assertThat(parsed.overrides()).isEmpty();
        assertThat(parsed.problems()).isEmpty();
    }

    @Test
    void namesAnEntryByCodeOrByCoordinatesNumerically() {
        GazetteerEntry hamburg = new GazetteerEntry("Hamburg", "53.55073", "9.99302", "DE", "04", "00");
        assertThat(new OverrideLine(1, "hamburg", "HAMBURG", "DE.04.00", "r").names(hamburg)).isTrue();
        assertThat(new OverrideLine(1, "hamburg", "Hamburg", "53.550730,9.99302", "r").names(hamburg)).isTrue();
        assertThat(new OverrideLine(1, "hamburg", "Hamburg", "DE.04", "r").names(hamburg)).isFalse();
        assertThat(new OverrideLine(1, "hamburg", "Hamborg", "DE.04.00", "r").names(hamburg)).isFalse();
    }
}
