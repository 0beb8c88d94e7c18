package org.citynet.web.api.network;

import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.citynet.support.FixtureStore;
import org.citynet.support.Problems;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** {@code /api/networks} as a web slice on the fixture graph: one network, its working group, their members. */
@WebMvcTest(controllers = NetworkController.class)
@Import({FixtureStore.class, FixtureStore.ApiBeans.class, NetworkService.class})
class NetworkWebTest {

    @Autowired
    private MockMvc mvc;

    @Test
    void listsTheNetworkAndItsWorkingGroup() throws Exception {
        mvc.perform(get("/api/networks"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.count").value(2))
                .andExpect(jsonPath("$.items[*].id").value(contains("eurocities", "eurocities-innovation")))
                .andExpect(jsonPath("$.items[*].type").value(contains("network", "working-group")))
                .andExpect(jsonPath("$.items[0].classification.id").value("european-city-network"))
                .andExpect(jsonPath("$.items[1].parentNetwork.id").value("eurocities"));
    }

    @Test
    void eurocitiesHasThreeMembersWithRolesAndPeriods() throws Exception {
        mvc.perform(get("/api/networks/eurocities"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.typeLabel").value("city network"))
                .andExpect(jsonPath("$.members[*].member.id").value(contains("espoo", "helsinki", "tallinn")))
                .andExpect(jsonPath("$.members[*].role.id").value(contains("member", "active-member", "member")))
                .andExpect(jsonPath("$.members[0].period.start").value("2016-05"))
                .andExpect(jsonPath("$.members[1].period.start").doesNotExist())
                .andExpect(jsonPath("$.members[2].period.start").value("2004"))
                .andExpect(jsonPath("$.members[2].period.end").value("2012"))
                .andExpect(jsonPath("$.workingGroups[*].id").value(contains("eurocities-innovation")))
                .andExpect(jsonPath("$.sources[0].quotes[*].iri")
                        .value(contains("https://w3id.org/citynet/id/quote/900-87a19d9f2459")));
    }

    @Test
    void theWorkingGroupInSwedishIsLedByHelsinki() throws Exception {
        mvc.perform(get("/api/networks/eurocities-innovation").param("lang", "sv"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("working-group"))
                .andExpect(jsonPath("$.typeLabel").value("arbetsgrupp"))
                .andExpect(jsonPath("$.label").value("WG Innovation"))
                .andExpect(jsonPath("$.labels.fi").value("Eurocitiesin innovaatiotyöryhmä"))
                .andExpect(jsonPath("$.parentNetwork.id").value("eurocities"))
                .andExpect(jsonPath("$.members[*].member.id").value(contains("helsinki")))
                .andExpect(jsonPath("$.members[0].member.label").value("Helsingfors"))
                .andExpect(jsonPath("$.members[0].role.id").value("lead"));
    }

    @Test
    void anUnknownNetworkIsA404Problem() throws Exception {
        mvc.perform(get("/api/networks/c40")).andExpect(Problems.problem(404, "not-found"));
        // A city is no network.
        mvc.perform(get("/api/networks/espoo")).andExpect(Problems.problem(404, "not-found"));
    }
}
