package org.citynet.web.api.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.citynet.support.FixtureStore;
import org.citynet.web.api.Iris;
import org.citynet.support.Problems;
import org.citynet.web.system.BackgroundWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code /api/compare} as a web slice on the fixture graph, with both membership sources as the service has them
 * (the index, and SPARQL while the index is being built). In the fixture Espoo (from 2016-05) and Helsinki
 * (undated) are in Eurocities, Helsinki also leads its working group, Tallinn was a member 2004–2012, Kongsberg
 * belongs to nothing but is Espoo's twin.
 */
@WebMvcTest(controllers = CompareController.class)
@Import({FixtureStore.class, BackgroundWork.class, CompareService.class, IndexedMembershipSource.class,
        SparqlMembershipSource.class, FactQueries.class, Iris.class})
class CompareWebTest {

    @Autowired
    private MockMvc mvc;

    @Test
    void espooAndHelsinkiShareEurocitiesOnly() throws Exception {
        mvc.perform(get("/api/compare").param("cities", "espoo,helsinki"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.cities[*].id").value(contains("espoo", "helsinki")))
                .andExpect(jsonPath("$.policy.asOf").doesNotExist())
                .andExpect(jsonPath("$.policy.undated").value("include"))
                .andExpect(jsonPath("$.jaccard.shared").value(1))
                .andExpect(jsonPath("$.jaccard.union").value(2))
                .andExpect(jsonPath("$.jaccard.value").value(0.5))
                .andExpect(jsonPath("$.shared[*].id").value(contains("eurocities")))
                .andExpect(jsonPath("$.shared[0].memberships[*].city").value(contains("espoo", "helsinki")))
                .andExpect(jsonPath("$.shared[0].memberships[*].periodKnown").value(contains(true, false)))
                .andExpect(jsonPath("$.only.espoo").value(empty()))
                .andExpect(jsonPath("$.only.helsinki[*].id").value(contains("eurocities-innovation")))
                .andExpect(jsonPath("$.sharedAgreements").value(empty()))
                .andExpect(jsonPath("$.sources[*].seedFile").value(contains("900_0123456789abcdef.txt")));
    }

    @Test
    void asOfCountsOnlyWhatCoversTheDate() throws Exception {
        // In 2015 Espoo was not yet a member; Helsinki's undated memberships count by default.
        mvc.perform(get("/api/compare").param("cities", "espoo,helsinki").param("asOf", "2015"))
                .andExpect(jsonPath("$.policy.asOf").value("2015"))
                .andExpect(jsonPath("$.jaccard.value").value(0.0))
                .andExpect(jsonPath("$.shared").value(empty()))
                .andExpect(jsonPath("$.only.helsinki[*].id").value(contains("eurocities", "eurocities-innovation")));
        // Without the undated ones nothing is left on either side: the index is undefined, and says why.
        mvc.perform(get("/api/compare").param("cities", "espoo,helsinki").param("asOf", "2015")
                        .param("undated", "exclude"))
                .andExpect(jsonPath("$.policy.undated").value("exclude"))
                .andExpect(jsonPath("$.jaccard.union").value(0))
                .andExpect(jsonPath("$.jaccard.value").doesNotExist())
                .andExpect(jsonPath("$.jaccard.explanation").isString());
    }

    @Test
    void espooAndKongsbergShareTheirTwinning() throws Exception {
        mvc.perform(get("/api/compare").param("cities", "espoo,kongsberg"))
                .andExpect(jsonPath("$.jaccard.shared").value(0))
                .andExpect(jsonPath("$.jaccard.union").value(1))
                .andExpect(jsonPath("$.sharedAgreements[*].id").value(contains("espoo-kongsberg-twinning")))
                .andExpect(jsonPath("$.sharedAgreements[0].signingDate").value("1955"));
    }

    @Test
    void threeCitiesGetTheMatrix() throws Exception {
        mvc.perform(get("/api/compare").param("cities", "espoo,kongsberg,tallinn")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "fi"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cities[*].label").value(contains("Espoo", "Kongsberg", "Tallinna")))
                // The labels follow Accept-Language, so shared caches must keep one copy per language.
                .andExpect(result -> assertThat(result.getResponse().getHeaders(HttpHeaders.VARY))
                        .anySatisfy(vary -> assertThat(vary).contains(HttpHeaders.ACCEPT_LANGUAGE)))
                .andExpect(jsonPath("$.pairs.length()").value(3))
                .andExpect(jsonPath("$.pairs[1].cities").value(contains("espoo", "tallinn")))
                .andExpect(jsonPath("$.pairs[1].jaccard.value").value(1.0))
                .andExpect(jsonPath("$.pairs[1].sharedAgreements").value(1))
                .andExpect(jsonPath("$.matrix[1][1].value").doesNotExist())
                .andExpect(jsonPath("$.sharedByAll").value(empty()))
                .andExpect(jsonPath("$.memberships.tallinn[*].id").value(contains("eurocities")));
    }

    @Test
    void refusalsNameTheParameter() throws Exception {
        mvc.perform(get("/api/compare").param("cities", "espoo"))
                .andExpect(Problems.problem(400, "invalid-parameter"))
                .andExpect(jsonPath("$.parameter").value("cities"));
        mvc.perform(get("/api/compare").param("cities", "espoo,helsinki").param("asOf", "last year"))
                .andExpect(Problems.problem(400, "invalid-parameter"))
                .andExpect(jsonPath("$.parameter").value("asOf"));
        mvc.perform(get("/api/compare").param("cities", "espoo,atlantis"))
                .andExpect(Problems.problem(404, "not-found"))
                .andExpect(jsonPath("$.detail").value("No city with id 'atlantis' (parameter 'cities')"));
    }
}
