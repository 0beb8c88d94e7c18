package org.citynet.web.api.city;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.citynet.support.FixtureStore;
import org.citynet.support.Problems;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code /api/cities} as a web slice: the controller, its service and the API's readers over the fixture graph
 * ({@link FixtureStore}), through Spring MVC and the service's error mapping, without the rest of the service.
 */
@WebMvcTest(controllers = CityController.class)
@Import({FixtureStore.class, FixtureStore.ApiBeans.class, CityService.class})
class CityWebTest {

    private static final String SOURCE = "https://w3id.org/citynet/id/source/900";

    @Autowired
    private MockMvc mvc;

    @Test
    void listsTheFourCitiesByLabelWithCountryAndSource() throws Exception {
        mvc.perform(get("/api/cities"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().stringValues(HttpHeaders.VARY, hasItem(HttpHeaders.ACCEPT_LANGUAGE)))
                .andExpect(jsonPath("$.count").value(4))
                .andExpect(jsonPath("$.items[*].id").value(contains("espoo", "helsinki", "kongsberg", "tallinn")))
                .andExpect(jsonPath("$.items[3].country.label").value("Estonia"))
                .andExpect(jsonPath("$.items[3].country.isoCode").value("EE"))
                .andExpect(jsonPath("$.languages").value(contains("en", "fi", "sv")))
                .andExpect(jsonPath("$.sources[0].iri").value(SOURCE))
                .andExpect(jsonPath("$.sources[0].seedFile").value("900_0123456789abcdef.txt"))
                .andExpect(jsonPath("$.sources[0].quotes.length()").value(2));
    }

    @Test
    void countryKeepsThatCountrysCitiesAndAnUnknownOneIsRefused() throws Exception {
        mvc.perform(get("/api/cities").param("country", "fi"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(2))
                .andExpect(jsonPath("$.items[*].id").value(contains("espoo", "helsinki")));
        mvc.perform(get("/api/cities").param("country", "zz"))
                .andExpect(Problems.problem(400, "invalid-parameter"))
                .andExpect(jsonPath("$.parameter").value("country"));
    }

    @Test
    void theListComesAPageAtATimeWithItsTotalAndLinks() throws Exception {
        mvc.perform(get("/api/cities").param("pageSize", "3"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "4"))
                .andExpect(header().string(HttpHeaders.LINK, containsString("page=2>; rel=\"next\"")))
                .andExpect(jsonPath("$.count").value(3))
                .andExpect(jsonPath("$.total").value(4))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.pageSize").value(3))
                .andExpect(jsonPath("$.items[*].id").value(contains("espoo", "helsinki", "kongsberg")));
        mvc.perform(get("/api/cities").param("pageSize", "3").param("page", "2"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.LINK, containsString("page=1>; rel=\"prev\"")))
                .andExpect(jsonPath("$.items[*].id").value(contains("tallinn")))
                // A page's sources are those of its own items: Tallinn's.
                .andExpect(jsonPath("$.sources[*].iri").value(contains(SOURCE)));
        mvc.perform(get("/api/cities").param("country", "fi").param("pageSize", "1").param("page", "2"))
                .andExpect(header().string("X-Total-Count", "2"))
                .andExpect(jsonPath("$.items[*].id").value(contains("helsinki")));
        mvc.perform(get("/api/cities").param("pageSize", "3").param("page", "3"))
                .andExpect(Problems.problem(404, "not-found"))
                .andExpect(jsonPath("$.detail").value(containsString("there are 2 pages")));
        mvc.perform(get("/api/cities").param("pageSize", "0"))
                .andExpect(Problems.problem(400, "invalid-parameter"))
                .andExpect(jsonPath("$.parameter").value("pageSize"));
        mvc.perform(get("/api/cities").param("pageSize", "1001"))
                .andExpect(Problems.problem(400, "invalid-parameter"))
                .andExpect(jsonPath("$.detail").value(containsString("at most 1000")));
        mvc.perform(get("/api/cities").param("page", "first"))
                .andExpect(Problems.problem(400, "invalid-parameter"))
                .andExpect(jsonPath("$.parameter").value("page"));
    }

    @Test
    void espooWithItsMembershipTwinAgreementsAndEvidence() throws Exception {
        mvc.perform(get("/api/cities/espoo"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.iri").value("https://w3id.org/citynet/id/city/espoo"))
                .andExpect(jsonPath("$.labels.sv").value("Esbo"))
                .andExpect(jsonPath("$.country.id").value("fi"))
                .andExpect(jsonPath("$.memberships.length()").value(1))
                .andExpect(jsonPath("$.memberships[0].organization.id").value("eurocities"))
                .andExpect(jsonPath("$.memberships[0].role.id").value("member"))
                .andExpect(jsonPath("$.memberships[0].period.start").value("2016-05"))
                .andExpect(jsonPath("$.memberships[0].evidence[0]")
                        .value("https://w3id.org/citynet/id/quote/900-87a19d9f2459"))
                .andExpect(jsonPath("$.twinCities[*].id").value(contains("kongsberg")))
                .andExpect(jsonPath("$.twinCities[0].country.label").value("Norway"))
                .andExpect(jsonPath("$.agreements[*].id")
                        .value(contains("espoo-kongsberg-twinning", "espoo-tallinn-mou-2010-2015")))
                .andExpect(jsonPath("$.agreements[0].type").value("twinning"))
                .andExpect(jsonPath("$.agreements[0].signingDate").value("1955"))
                .andExpect(jsonPath("$.agreements[1].otherParties[*].id").value(contains("tallinn")))
                .andExpect(jsonPath("$.agreements[1].validity.start").value("2010"))
                .andExpect(jsonPath("$.agreements[1].validity.end").value("2015"))
                .andExpect(jsonPath("$.agreements[1].themes[*].id").value(contains("culture", "education")))
                .andExpect(jsonPath("$.sources[*].iri").value(contains(SOURCE)));
    }

    @Test
    void labelsFollowLangThenAcceptLanguage() throws Exception {
        mvc.perform(get("/api/cities/tallinn").header(HttpHeaders.ACCEPT_LANGUAGE, "fi"))
                .andExpect(jsonPath("$.label").value("Tallinna"))
                .andExpect(jsonPath("$.country.label").value("Viro"))
                .andExpect(jsonPath("$.languages[0]").value("fi"));
        mvc.perform(get("/api/cities/espoo").param("lang", "sv").header(HttpHeaders.ACCEPT_LANGUAGE, "fi"))
                .andExpect(jsonPath("$.label").value("Esbo"))
                .andExpect(jsonPath("$.twinCities[0].country.label").value("Norge"));
    }

    @Test
    void anUnknownCityIsA404Problem() throws Exception {
        mvc.perform(get("/api/cities/atlantis"))
                .andExpect(Problems.problem(404, "not-found"))
                .andExpect(jsonPath("$.detail").value("No city with id 'atlantis'"))
                .andExpect(header().stringValues(HttpHeaders.VARY, hasItem(HttpHeaders.ACCEPT_LANGUAGE)));
        // Not even an id: refused the same way, before any query.
        mvc.perform(get("/api/cities/Espoo!")).andExpect(Problems.problem(404, "not-found"));
    }
}
