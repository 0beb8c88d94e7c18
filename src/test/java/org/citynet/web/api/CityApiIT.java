package org.citynet.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code /api/cities} on the real data: facts the sources state, labels by language, sources cited. */
class CityApiIT extends ApiIntegrationSupport {

    @Test
    void espooHasTenTwinCitiesIncludingKongsbergInNorway() {
        JsonNode espoo = ok("/api/cities/espoo");
        JsonNode twins = espoo.path("twinCities");
        assertThat(twins.size()).isEqualTo(10);
        JsonNode kongsberg = find(twins, "id", "kongsberg");
        assertThat(kongsberg.path("label").asString()).isEqualTo("Kongsberg");
        assertThat(kongsberg.path("country").path("id").asString()).isEqualTo("no");
        assertThat(kongsberg.path("country").path("label").asString()).isEqualTo("Norway");
        assertThat(kongsberg.path("country").path("isoCode").asString()).isEqualTo("NO");
    }

    @Test
    void langSvGivesSwedishLabels() {
        JsonNode espoo = ok("/api/cities/espoo?lang=sv");
        assertThat(espoo.path("label").asString()).isEqualTo("Esbo");
        assertThat(find(espoo.path("twinCities"), "id", "gatchina").path("label").asString()).isEqualTo("Gattjina");
        assertThat(espoo.path("languages").get(0).asString()).isEqualTo("sv");
    }

    @Test
    void acceptLanguageFiGivesFinnishLabels() {
        JsonNode espoo = ok("/api/cities/espoo", "Accept-Language", "fi");
        assertThat(espoo.path("label").asString()).isEqualTo("Espoo");
        assertThat(find(espoo.path("twinCities"), "id", "gatchina").path("label").asString()).isEqualTo("Gatšina");
    }

    @Test
    void theLangParameterBeatsAcceptLanguage() {
        JsonNode espoo = ok("/api/cities/espoo?lang=sv", "Accept-Language", "fi");
        assertThat(espoo.path("label").asString()).isEqualTo("Esbo");
    }

    @Test
    void anUnknownLanguageFallsBackToEnglish() {
        JsonNode byParameter = ok("/api/cities/gatchina?lang=xx");
        assertThat(byParameter.path("label").asString()).isEqualTo("Gatchina");
        JsonNode byHeader = ok("/api/cities/gatchina", "Accept-Language", "de-DE,de;q=0.9");
        assertThat(byHeader.path("label").asString()).isEqualTo("Gatchina");
        assertThat(byHeader.path("labels").path("sv").asString()).isEqualTo("Gattjina");
        assertThat(byHeader.path("labels").path("fi").asString()).isEqualTo("Gatšina");
    }

    @Test
    void helsinkiLeadsEurocitiesWorkingGroupsInnovationAndIntegration() {
        JsonNode memberships = ok("/api/cities/helsinki").path("memberships");
        List<String> led = memberships.valueStream()
                .filter(m -> "lead".equals(m.path("role").path("id").asString(null)))
                .map(m -> m.path("organization").path("id").asString()).toList();
        assertThat(led).containsExactlyInAnyOrder("eurocities-innovation", "eurocities-integration");
        assertThat(memberships.valueStream().map(m -> m.path("organization"))
                .filter(o -> o.path("id").asString().startsWith("eurocities-")).map(o -> o.path("type").asString()))
                .containsOnly("working-group");
    }

    @Test
    void theHelsinkiEuOfficeListsItsTenPartnerOrganisations() {
        JsonNode office = find(ok("/api/cities/helsinki").path("offices"), "id", "helsinki-eu-office");
        assertThat(office.path("hostCity").path("id").asString()).isEqualTo("brussels");
        List<String> partners = texts(office.path("operatedBy"), "id");
        assertThat(partners).hasSize(10).contains("helsinki", "uusimaa-regional-council", "aalto-university",
                "university-of-helsinki", "hanken", "laurea", "metropolia");
        JsonNode centre = find(ok("/api/cities/helsinki").path("offices"), "id", "helsinki-centre-st-petersburg");
        assertThat(texts(centre.path("fundedBy"), "id"))
                .containsExactlyInAnyOrder("helsinki", "tampere", "lahti", "kotka", "uusimaa-regional-council");
    }

    @Test
    void aCitysAgreementsNameTheOtherPartiesAndKeepDatePrecision() {
        JsonNode agreements = ok("/api/cities/espoo").path("agreements");
        JsonNode mou = find(agreements, "id", "espoo-shanghai-mou-2010-2015");
        assertThat(mou.path("type").asString()).isEqualTo("mou");
        assertThat(texts(mou.path("otherParties"), "id")).containsExactly("shanghai");
        assertThat(mou.path("validity").path("start").asString()).isEqualTo("2010");
        assertThat(mou.path("validity").path("end").asString()).isEqualTo("2015");
        JsonNode partnership = find(agreements, "id", "espoo-shanghai-partnership-1998");
        assertThat(partnership.path("signingDate").asString()).isEqualTo("1998");
        assertThat(partnership.path("validity").path("start").isNull()).isTrue();
    }

    @Test
    void aCityPageCitesTheDocumentsItsFactsComeFrom() {
        assertThat(seedFiles(ok("/api/cities/espoo"))).isEqualTo(seedFilesOf("000", "001", "002", "003"));
        assertThat(seedFiles(ok("/api/cities/helsinki"))).isEqualTo(seedFilesOf("003", "004"));
        JsonNode source = find(ok("/api/cities/helsinki").path("sources"), "iri",
                "https://w3id.org/citynet/id/source/004");
        assertThat(source.path("date").asString()).isEqualTo("2020-02-05");
        assertThat(source.path("languageCode").asString()).isEqualTo("fi");
        assertThat(source.path("publisher").path("id").asString()).isEqualTo("helsinki");
        assertThat(source.path("title").asString()).isNotBlank();
    }

    @Test
    void theListFiltersByCountryAndSortsByLabelInTheChosenLanguage() {
        JsonNode finnish = ok("/api/cities?country=fi&lang=sv");
        List<String> ids = texts(finnish.path("items"), "id");
        assertThat(ids).contains("espoo", "helsinki", "vantaa", "kauniainen").doesNotContain("shanghai");
        assertThat(finnish.path("items").valueStream().map(c -> c.path("country").path("id").asString()))
                .containsOnly("fi");
        assertThat(finnish.path("count").asInt()).isEqualTo(ids.size());
        assertThat(finnish.path("sources").size()).isPositive();

        List<String> labels = texts(ok("/api/cities?lang=sv").path("items"), "label");
        List<String> sorted = new ArrayList<>(labels);
        sorted.sort(Collator.getInstance(Locale.forLanguageTag("sv")));
        assertThat(labels).isEqualTo(sorted).contains("Esbo", "Helsingfors");
    }

    @Test
    void answersVaryByAcceptLanguage() {
        Answer answer = get("/api/cities/espoo");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        assertThat(answer.response().headers().allValues("Vary").toString().toLowerCase(Locale.ROOT))
                .contains("accept-language");
    }

    @Test
    void aPartnershipTwoSourcesNameDifferentlyHasBothKinds() {
        JsonNode tallinn = ok("/api/cities/helsinki").path("partnerships").valueStream()
                .filter(p -> p.path("iri").asString().endsWith("/partnership/helsinki-tallinn")).findFirst()
                .orElseThrow();
        assertThat(texts(tallinn.path("kinds"), "id")).containsExactlyInAnyOrder("partnership-target-area",
                "key-bilateral-partnership");
        assertThat(tallinn.has("kind")).isFalse();
        assertThat(seedFiles(ok("/api/cities/tallinn"))).contains(seedFilesOf("003", "004").toArray(String[]::new));
    }

    @Test
    void everyQuotationACityAnswerCitesIsInTheSeedOfItsSourceAndBacksAnItem() {
        JsonNode espoo = ok("/api/cities/espoo");
        List<String> cited = new ArrayList<>();
        espoo.path("sources").forEach(source -> {
            String seed = readSeed(source.path("seedFile").asString());
            source.path("quotes").forEach(quote -> {
                assertThat(seed).as("seed of %s", source.path("iri").asString()).contains(quote.path("text").asString());
                assertThat(quote.path("language").asString()).isIn("sv", "fi", "en");
                cited.add(quote.path("iri").asString());
            });
        });
        assertThat(cited).isNotEmpty().doesNotHaveDuplicates();
        List<String> evidence = new ArrayList<>();
        for (String aspect : List.of("memberships", "twinCities", "agreements", "partnerships", "offices")) {
            espoo.path(aspect).forEach(item -> item.path("evidence").forEach(q -> evidence.add(q.asString())));
        }
        assertThat(cited).containsAll(evidence);
        JsonNode sochi = find(espoo.path("agreements"), "id", "espoo-sochi-twinning");
        assertThat(sochi.path("evidence").size()).isPositive();
    }

    private static String readSeed(String seedFile) {
        try {
            return Files.readString(Path.of("..", "shared", "seeds", seedFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
