package org.citynet.web.api.agreement;

import static org.assertj.core.api.Assertions.assertThat;
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

/**
 * {@code /api/agreements} as a web slice on the fixture graph: a twinning signed in 1955 with no end, and a
 * memorandum valid 2010–2015, filtered by city, type and the date they are in force on.
 */
@WebMvcTest(controllers = AgreementController.class)
@Import({FixtureStore.class, FixtureStore.ApiBeans.class, AgreementService.class, AgreementFilters.class})
class AgreementWebTest {

    private static final String TWINNING = "espoo-kongsberg-twinning";
    private static final String MOU = "espoo-tallinn-mou-2010-2015";

    @Autowired
    private MockMvc mvc;

    @Test
    void listsBothAgreementsWithTypesAndDates() throws Exception {
        mvc.perform(get("/api/agreements"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.inForce").doesNotExist())
                .andExpect(jsonPath("$.count").value(2))
                .andExpect(jsonPath("$.items[*].id").value(contains(TWINNING, MOU)))
                .andExpect(jsonPath("$.items[*].type").value(contains("twinning", "mou")))
                .andExpect(jsonPath("$.items[0].parties[*].id").value(contains("espoo", "kongsberg")))
                .andExpect(jsonPath("$.items[0].signingDate").value("1955"))
                .andExpect(jsonPath("$.items[1].validity.start").value("2010"))
                .andExpect(jsonPath("$.items[1].validity.end").value("2015"))
                .andExpect(jsonPath("$.sources[0].seedFile").value("900_0123456789abcdef.txt"));
    }

    @Test
    void inForceKeepsWhatCoversTheDate() throws Exception {
        mvc.perform(get("/api/agreements").param("inForce", "2012"))
                .andExpect(jsonPath("$.inForce.date").value("2012"))
                .andExpect(jsonPath("$.inForce.precision").value("year"))
                .andExpect(jsonPath("$.items[*].id").value(contains(TWINNING, MOU)));
        // The memorandum ended in 2015; the twinning has no end.
        mvc.perform(get("/api/agreements").param("inForce", "2020-06-30"))
                .andExpect(jsonPath("$.inForce.precision").value("day"))
                .andExpect(jsonPath("$.count").value(1))
                .andExpect(jsonPath("$.items[*].id").value(contains(TWINNING)));
        // An end of "2015" covers every day of 2015.
        mvc.perform(get("/api/agreements").param("inForce", "2015-12-31").param("type", "mou"))
                .andExpect(jsonPath("$.items[*].id").value(contains(MOU)));
    }

    @Test
    void cityKeepsItsOwnAgreements() throws Exception {
        mvc.perform(get("/api/agreements").param("city", "tallinn"))
                .andExpect(jsonPath("$.items[*].id").value(contains(MOU)));
        mvc.perform(get("/api/agreements").param("city", "helsinki"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(0));
    }

    @Test
    void theTwinningInDetail() throws Exception {
        mvc.perform(get("/api/agreements/" + TWINNING))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(TWINNING))
                .andExpect(jsonPath("$.typeLabel").value("twinning agreement"))
                .andExpect(jsonPath("$.parties[*].label").value(contains("Espoo", "Kongsberg")))
                .andExpect(jsonPath("$.signingDate").value("1955"))
                .andExpect(jsonPath("$.evidence[0]").value("https://w3id.org/citynet/id/quote/900-7e1828ac376e"))
                .andExpect(jsonPath("$.languages").value(contains("en", "fi", "sv")))
                .andExpect(jsonPath("$.sources[0].seedFile").value("900_0123456789abcdef.txt"))
                // One "sources" key: the documents, not also the unwrapped view's list of their IRIs.
                .andExpect(result -> assertThat(result.getResponse().getContentAsString().split("\"sources\"", -1))
                        .hasSize(2));
    }

    @Test
    void refusalsAreProblems() throws Exception {
        mvc.perform(get("/api/agreements").param("inForce", "20x"))
                .andExpect(Problems.problem(400, "invalid-parameter"))
                .andExpect(jsonPath("$.parameter").value("inForce"));
        mvc.perform(get("/api/agreements/no-such-agreement")).andExpect(Problems.problem(404, "not-found"));
    }
}
