package org.citynet.web.api;

import static org.assertj.core.api.Assertions.assertThat;

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
}
