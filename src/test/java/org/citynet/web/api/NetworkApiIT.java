package org.citynet.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code /api/networks} on the real data: networks, working groups and bodies, resolved by short id. */
class NetworkApiIT extends ApiIntegrationSupport {

    @Test
    void theListHoldsNetworksWorkingGroupsAndBodiesWithTheirType() {
        JsonNode items = ok("/api/networks").path("items");
        assertThat(find(items, "id", "eurocities").path("type").asString()).isEqualTo("network");
        assertThat(find(items, "id", "eurocities").path("classification").path("id").asString())
                .isEqualTo("european-city-network");
        JsonNode innovation = find(items, "id", "eurocities-innovation");
        assertThat(innovation.path("type").asString()).isEqualTo("working-group");
        assertThat(innovation.path("parentNetwork").path("id").asString()).isEqualTo("eurocities");
        assertThat(find(items, "id", "hsyk").path("type").asString()).isEqualTo("body");
        assertThat(find(items, "id", "c21").path("classification").path("id").asString())
                .isEqualTo("national-city-network");
    }

    @Test
    void eurocitiesHasTheWorkingGroupsHelsinkiLeads() {
        JsonNode eurocities = ok("/api/networks/eurocities");
        assertThat(texts(eurocities.path("workingGroups"), "id"))
                .containsExactlyInAnyOrder("eurocities-innovation", "eurocities-integration");
        JsonNode helsinki = eurocities.path("members").valueStream()
                .filter(m -> "helsinki".equals(m.path("member").path("id").asString(null))).findFirst().orElseThrow();
        assertThat(helsinki.path("role").path("id").asString()).isEqualTo("active-member");
        assertThat(helsinki.path("descriptions").size()).isPositive();
    }

    @Test
    void helsinkiLeadsWorkingGroupsInnovationAndIntegration() {
        for (String group : new String[] {"eurocities-innovation", "eurocities-integration"}) {
            JsonNode wg = ok("/api/networks/" + group);
            assertThat(wg.path("type").asString()).isEqualTo("working-group");
            assertThat(wg.path("parentNetwork").path("id").asString()).isEqualTo("eurocities");
            JsonNode member = wg.path("members").get(0);
            assertThat(wg.path("members").size()).isEqualTo(1);
            assertThat(member.path("member").path("id").asString()).isEqualTo("helsinki");
            assertThat(member.path("role").path("id").asString()).isEqualTo("lead");
            assertThat(wg.path("workingGroups").size()).isZero();
        }
        assertThat(texts(ok("/api/networks/eurocities-innovation").path("themes"), "id")).containsExactly("innovation");
    }

    @Test
    void theCapitalRegionAdvisoryBoardHasFourMemberCitiesAndRestsOnTheirAgreement() {
        JsonNode board = ok("/api/networks/capital-region-advisory-board");
        assertThat(board.path("type").asString()).isEqualTo("body");
        JsonNode members = board.path("members");
        assertThat(members.size()).isEqualTo(4);
        assertThat(members.valueStream().map(m -> m.path("member").path("type").asString())).containsOnly("city");
        assertThat(members.valueStream().map(m -> m.path("member").path("id").asString()))
                .containsExactlyInAnyOrder("helsinki", "espoo", "vantaa", "kauniainen");
        JsonNode agreement = board.path("basedOnAgreement");
        assertThat(agreement.path("id").asString()).isEqualTo("capital-region-cooperation-agreement");
        assertThat(agreement.path("parties").size()).isEqualTo(4);
    }

    @Test
    void hsykRestsOnNoAgreementItsSourceNames() {
        JsonNode hsyk = ok("/api/networks/hsyk");
        // Source 003: HSYK rests on a shared view and will, not on the agreement the next sentence names.
        assertThat(hsyk.path("basedOnAgreement").path("id").asString()).isEmpty();
        JsonNode member = hsyk.path("members").get(0);
        assertThat(member.path("member").path("type").asString()).isEqualTo("group");
        assertThat(seedFiles(hsyk)).isEqualTo(seedFilesOf("003"));
    }

    @Test
    void aNetworkCitesItsSources() {
        JsonNode c21 = ok("/api/networks/c21");
        assertThat(c21.path("memberCount").asInt()).isEqualTo(21);
        assertThat(c21.path("country").path("id").asString()).isEqualTo("fi");
        assertThat(seedFiles(c21)).isEqualTo(seedFilesOf("001"));
        assertThat(seedFiles(ok("/api/networks"))).isEqualTo(seedFilesOf("001", "002", "003"));
    }
}
