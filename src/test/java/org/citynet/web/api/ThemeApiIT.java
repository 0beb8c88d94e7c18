package org.citynet.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code /api/themes} on the real data: usage counts, EU mappings, what is about a theme. */
class ThemeApiIT extends ApiIntegrationSupport {

    @Test
    void theListCountsWhatUsesEachTheme() {
        JsonNode items = ok("/api/themes").path("items");
        JsonNode education = find(items, "id", "education");
        // The MoU valid until 2019; Helsinki's China target area, the partner schools and Espoo's cooperation
        // with its twin cities as a whole (source 000 says it of that cooperation, not of each twinning).
        assertThat(education.path("agreements").asInt()).isEqualTo(1);
        assertThat(education.path("partnerships").asInt()).isEqualTo(3);
        assertThat(education.path("networks").asInt()).isZero();
        // Climate-KIC only: the EU mission's themes had been read from its name.
        JsonNode climate = find(items, "id", "climate-change");
        assertThat(climate.path("networks").asInt()).isEqualTo(1);
    }

    @Test
    void aThemeHasItsLabelsMappingAndUses() {
        JsonNode education = ok("/api/themes/education?lang=sv");
        assertThat(education.path("label").asString()).isEqualTo("utbildning");
        assertThat(education.path("labels").path("fi").asString()).isEqualTo("koulutus");
        JsonNode mapping = education.path("euDataThemes").get(0);
        assertThat(mapping.path("relation").asString()).isEqualTo("broadMatch");
        assertThat(mapping.path("code").asString()).isEqualTo("EDUC");
        assertThat(texts(education.path("agreements"), "id")).containsExactly("espoo-shanghai-mou-to-2019");
        assertThat(texts(education.path("partnerships"), "id")).containsExactlyInAnyOrder("helsinki-china",
                "espoo-shanghai-partner-schools", "espoo-twin-city-cooperation");
        // The theme's own sources (000, 003) and those of what is about it, all from 000 and 003.
        assertThat(seedFiles(education)).isEqualTo(seedFilesOf("000", "003"));
        assertThat(seedFiles(ok("/api/themes/learning"))).isEqualTo(seedFilesOf("002"));
    }

    @Test
    void workingGroupsAndBodiesAreAmongTheNetworksAboutATheme() {
        JsonNode innovation = ok("/api/themes/innovation");
        assertThat(innovation.path("networks").get(0).path("id").asString()).isEqualTo("eurocities-innovation");
        assertThat(innovation.path("networks").get(0).path("type").asString()).isEqualTo("working-group");
        JsonNode housing = ok("/api/themes/housing");
        assertThat(texts(housing.path("networks"), "id")).containsExactly("mal-advisory-board");
        assertThat(texts(housing.path("agreements"), "id")).containsExactlyInAnyOrder(
                "helsinki-region-cooperation-agreement", "mal-agreement-2016-2019");
    }

    @Test
    void aThemesUsesComeAPageAtATimeWithTheirTotalsAndLinks() {
        Answer first = get("/api/themes/education?pageSize=2&lang=sv");
        assertThat(first.status()).isEqualTo(200);
        JsonNode totals = first.json().path("totals");
        assertThat(totals.path("agreements").asInt()).isEqualTo(1);
        assertThat(totals.path("partnerships").asInt()).isEqualTo(3);
        assertThat(totals.path("networks").asInt()).isZero();
        assertThat(first.json().path("page").asInt()).isEqualTo(1);
        assertThat(first.json().path("pageSize").asInt()).isEqualTo(2);
        assertThat(texts(first.json().path("agreements"), "id")).containsExactly("espoo-shanghai-mou-to-2019");
        assertThat(first.json().path("partnerships")).hasSize(2);
        assertThat(first.header("Link")).contains("rel=\"next\"").contains("rel=\"last\"").contains("page=2");

        Answer second = get("/api/themes/education?pageSize=2&page=2&lang=sv");
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().path("agreements")).isEmpty();
        List<String> partnerships = new ArrayList<>(texts(first.json().path("partnerships"), "id"));
        partnerships.addAll(texts(second.json().path("partnerships"), "id"));
        assertThat(partnerships).as("the pages together, each partnership once").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(texts(ok("/api/themes/education?lang=sv").path("partnerships"),
                        "id"));
        assertThat(second.header("Link")).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");

        Answer after = get("/api/themes/education?pageSize=2&page=3");
        assertThat(after.status()).isEqualTo(404);
        assertThat(after.json().path("detail").asString()).contains("Page 3 does not exist");
        assertThat(get("/api/themes/education?pageSize=0").status()).isEqualTo(400);
    }
}
