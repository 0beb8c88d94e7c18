package org.citynet.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code /api/agreements} on the real data: filters, the in-force rule, dates at their own precision. */
class AgreementApiIT extends ApiIntegrationSupport {

    @Test
    void inForceIn2015IncludesTheMou2010To2015AndExcludesTheMalAgreement() {
        JsonNode answer = ok("/api/agreements?inForce=2015");
        List<String> ids = texts(answer.path("items"), "id");
        assertThat(ids).contains("espoo-shanghai-mou-2010-2015", "helsinki-region-cooperation-agreement",
                "espoo-shanghai-partnership-1998").doesNotContain("mal-agreement-2016-2019");
        JsonNode report = answer.path("inForce");
        assertThat(report.path("date").asString()).isEqualTo("2015");
        assertThat(report.path("precision").asString()).isEqualTo("year");
        assertThat(report.path("rule").asString()).contains("no known start");
        List<String> unjudged = texts(report.path("withoutKnownStart"), "id");
        assertThat(unjudged).contains("espoo-shanghai-mou-to-2019", "espoo-kongsberg-twinning")
                .doesNotContain("mal-agreement-2016-2019", "espoo-shanghai-mou-2010-2015");
        assertThat(ids).doesNotContainAnyElementsOf(unjudged);
    }

    @Test
    void inForceComparesAtThePrecisionOfTheData() {
        assertThat(texts(ok("/api/agreements?inForce=2015-06-30").path("items"), "id"))
                .contains("espoo-shanghai-mou-2010-2015");
        assertThat(texts(ok("/api/agreements?inForce=2016-01-01").path("items"), "id"))
                .doesNotContain("espoo-shanghai-mou-2010-2015").contains("mal-agreement-2016-2019");
        assertThat(texts(ok("/api/agreements?inForce=2005").path("items"), "id"))
                .contains("helsinki-region-cooperation-agreement");
        assertThat(texts(ok("/api/agreements?inForce=2005-09-30").path("items"), "id"))
                .doesNotContain("helsinki-region-cooperation-agreement");
        assertThat(ok("/api/agreements").path("inForce").isNull()).isTrue();
    }

    @Test
    void hsyksAgreementStartedOnFirstOctober2005() {
        JsonNode agreement = ok("/api/agreements/helsinki-region-cooperation-agreement");
        assertThat(agreement.path("validity").path("start").asString()).isEqualTo("2005-10-01");
        assertThat(agreement.path("validity").path("end").isNull()).isTrue();
        assertThat(agreement.path("type").asString()).isEqualTo("other");
        assertThat(agreement.path("kind").path("id").asString()).isEqualTo("regional-cooperation-agreement");
        // No body is said to rest on it (HSYK rests on a shared view and will); its parties come from the
        // curated graph, which cites the region's own page (source 003 does not name them).
        assertThat(texts(agreement.path("bodies"), "id")).isEmpty();
        assertThat(texts(agreement.path("parties"), "id")).containsExactly("helsinki-region-municipalities");
        assertThat(seedFiles(agreement)).isEqualTo(seedFilesOf("003"));
    }

    @Test
    void theMouValidUntil2019HasExactlySevenThemes() {
        JsonNode mou = ok("/api/agreements/espoo-shanghai-mou-to-2019?lang=fi");
        assertThat(texts(mou.path("themes"), "id")).containsExactlyInAnyOrder("innovation-and-development",
                "business-trade-investment", "education", "culture", "tourism-and-conferences",
                "sustainable-development", "health-welfare-elderly-care");
        assertThat(mou.path("validity").path("start").isNull()).isTrue();
        assertThat(mou.path("validity").path("end").asString()).isEqualTo("2019");
        assertThat(mou.path("typeLabel").asString()).isEqualTo("aiesopimus");
        assertThat(mou.path("label").asString()).isEqualTo("Espoon ja Shanghain aiesopimus, voimassa vuoteen 2019");
        assertThat(texts(mou.path("parties"), "id")).containsExactlyInAnyOrder("espoo", "shanghai");
        assertThat(mou.path("descriptions").get(0).path("language").asString()).isEqualTo("sv");
        assertThat(seedFiles(mou)).isEqualTo(seedFilesOf("000"));
    }

    @Test
    void theMalAgreementHasTheStateAsAPartyAndReferencesItsPlans() {
        JsonNode mal = ok("/api/agreements/mal-agreement-2016-2019");
        assertThat(texts(mal.path("parties"), "id"))
                .containsExactlyInAnyOrder("helsinki-region-municipalities", "finnish-state");
        assertThat(mal.path("references").size()).isEqualTo(4);
        assertThat(mal.path("validity").path("start").asString()).isEqualTo("2016");
    }

    @Test
    void filtersCombine() {
        JsonNode twinnings = ok("/api/agreements?city=espoo&type=twinning");
        assertThat(twinnings.path("count").asInt()).isEqualTo(10);
        assertThat(twinnings.path("items").valueStream().map(a -> a.path("type").asString())).containsOnly("twinning");
        assertThat(seedFiles(twinnings)).isEqualTo(seedFilesOf("000", "001", "002"));
        JsonNode helsinki = ok("/api/agreements?city=helsinki");
        assertThat(helsinki.path("items").valueStream()
                .allMatch(a -> texts(a.path("parties"), "id").contains("helsinki"))).isTrue();
        assertThat(texts(ok("/api/agreements?type=other").path("items"), "id")).containsExactlyInAnyOrder(
                "capital-region-cooperation-agreement", "helsinki-region-cooperation-agreement",
                "mal-agreement-2016-2019");
    }

    @Test
    void theFirstMemorandumIsPresentedAsSupersededAndNeverCalledInForce() {
        JsonNode first = ok("/api/agreements/espoo-shanghai-mou-1999");
        assertThat(texts(first.path("validityStatus"), "id")).containsExactly("superseded");
        assertThat(first.path("notStated").valueStream().map(JsonNode::asString)).containsExactly("endDate");
        JsonNode toNineteen = ok("/api/agreements/espoo-shanghai-mou-to-2019");
        assertThat(texts(toNineteen.path("validityStatus"), "id")).containsExactly("called-current");
        assertThat(toNineteen.path("notStated").valueStream().map(JsonNode::asString)).containsExactly("startDate");
        JsonNode region = ok("/api/agreements/helsinki-region-cooperation-agreement");
        assertThat(region.path("notStated").valueStream().map(JsonNode::asString)).containsExactly("party");
        for (String year : List.of("1999", "2005", "2015", "2019")) {
            JsonNode answer = ok("/api/agreements?inForce=" + year);
            assertThat(texts(answer.path("items"), "id")).as(year).doesNotContain("espoo-shanghai-mou-1999");
            assertThat(texts(answer.path("inForce").path("supersededWithoutEnd"), "id")).as(year)
                    .containsExactly("espoo-shanghai-mou-1999");
        }
        assertThat(texts(ok("/api/agreements?inForce=1998").path("inForce").path("supersededWithoutEnd"), "id"))
                .isEmpty();
    }

    /** The API's in-force filter and the named query agreements-in-force apply the same rule. */
    @Test
    void theInForceFilterAgreesWithTheNamedQueryInEveryYear() {
        for (int year = 1995; year <= 2025; year++) {
            TreeSet<String> api = new TreeSet<>(texts(ok("/api/agreements?inForce=" + year).path("items"), "iri"));
            TreeSet<String> named = new TreeSet<>(ok("/api/queries/agreements-in-force?year=" + year).path("rows")
                    .valueStream().map(row -> row.path("agreement").asString()).toList());
            assertThat(api).as("in force in %s", year).isEqualTo(named);
        }
    }

    @Test
    void anAgreementsSourcesCarryTheWordsThatStateIt() {
        JsonNode mou = ok("/api/agreements/espoo-shanghai-mou-2010-2015");
        List<String> evidence = mou.path("evidence").valueStream().map(JsonNode::asString).toList();
        assertThat(evidence).isNotEmpty().allSatisfy(iri -> assertThat(iri).startsWith(
                "https://w3id.org/citynet/id/quote/000-"));
        JsonNode source = find(mou.path("sources"), "iri", "https://w3id.org/citynet/id/source/000");
        assertThat(texts(source.path("quotes"), "iri")).containsExactlyInAnyOrderElementsOf(evidence);
        JsonNode quote = source.path("quotes").get(0);
        assertThat(quote.path("language").asString()).isEqualTo("sv");
        assertThat(quote.path("text").asString()).contains("2010–2015");
    }
}
