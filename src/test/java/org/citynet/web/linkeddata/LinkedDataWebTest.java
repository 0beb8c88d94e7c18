package org.citynet.web.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.SKOS;
import org.citynet.support.FixtureStore;
import org.citynet.support.Problems;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Dereferencing {@code /id/…} and {@code /graph/…} as a web slice on the fixture graph: one IRI, every format by
 * content negotiation (or a file extension) at the same address — no redirect — with {@code Vary} saying so; the
 * HTML from the pages' templates; 404 as problem details for RDF clients and as a page for browsers; 406 when
 * nothing acceptable is offered.
 */
@WebMvcTest(controllers = {ResourceController.class, ContextController.class})
@Import(FixtureStore.class)
class LinkedDataWebTest {

    private static final String ESPOO = "https://w3id.org/citynet/id/city/espoo";
    private static final String KONGSBERG = "https://w3id.org/citynet/id/city/kongsberg";
    private static final String TWINNED_WITH = "https://w3id.org/citynet/ontology#twinnedWith";

    @Autowired
    private MockMvc mvc;

    @Test
    void turtleWithoutAcceptAndTheSameIriAnswersEveryFormat() throws Exception {
        MockHttpServletResponse turtle = mvc.perform(get("/id/city/espoo"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/turtle"))
                .andExpect(header().string(HttpHeaders.VARY, "Accept, Accept-Language"))
                .andExpect(header().doesNotExist(HttpHeaders.LOCATION))
                .andExpect(header().exists(HttpHeaders.ETAG))
                .andReturn().getResponse();
        Model model = parse(body(turtle), Lang.TURTLE);
        assertEspoo(model);

        MockHttpServletResponse nTriples = mvc.perform(get("/id/city/espoo")
                        .header(HttpHeaders.ACCEPT, "application/n-triples;q=1, text/turtle;q=0.5"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/n-triples"))
                .andReturn().getResponse();
        assertThat(parse(body(nTriples), Lang.NTRIPLES).isIsomorphicWith(model)).isTrue();
    }

    @Test
    void jsonLdReadsAsTheSameGraphWithThePublishedContext() throws Exception {
        String context = body(mvc.perform(get("/context.jsonld"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/ld+json"))
                .andReturn().getResponse());
        MockHttpServletResponse jsonLd = mvc.perform(get("/id/city/espoo").header(HttpHeaders.ACCEPT,
                        "application/ld+json"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/ld+json"))
                .andExpect(header().string(HttpHeaders.VARY, "Accept, Accept-Language"))
                .andReturn().getResponse();
        ObjectNode document = (ObjectNode) JsonMapper.shared().readTree(body(jsonLd));
        // The description names the context by its address on this service; a parser here gets it inline.
        assertThat(document.path("@context").asString()).endsWith("/context.jsonld");
        JsonNode inline = JsonMapper.shared().readTree(context).path("@context");
        document.set("@context", inline);
        Model fromJsonLd = parse(document.toString(), Lang.JSONLD);
        assertEspoo(fromJsonLd);

        Model fromTurtle = parse(body(mvc.perform(get("/id/city/espoo.ttl")).andReturn().getResponse()), Lang.TURTLE);
        assertThat(fromJsonLd.isIsomorphicWith(fromTurtle)).isTrue();
    }

    @Test
    void browsersGetThePageInTheirLanguage() throws Exception {
        MockHttpServletResponse html = mvc.perform(get("/id/city/espoo")
                        .header(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "sv"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(header().string(HttpHeaders.VARY, "Accept, Accept-Language"))
                .andExpect(header().doesNotExist(HttpHeaders.LOCATION))
                .andReturn().getResponse();
        Document page = Jsoup.parse(body(html));
        assertThat(page.select("html").attr("lang")).isEqualTo("sv");
        assertThat(page.select("h1").text()).isEqualTo("Esbo");
        assertThat(page.select("link[rel=alternate][type=text/turtle]").attr("href")).isEqualTo("/id/city/espoo.ttl");
        // The twin is linked as a resource of this service.
        assertThat(page.select("a[href=/id/city/kongsberg]")).isNotEmpty();
    }

    @Test
    void anExtensionWinsOverAccept() throws Exception {
        mvc.perform(get("/id/city/espoo.ttl").header(HttpHeaders.ACCEPT, "text/html"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/turtle"));
    }

    @Test
    void namedGraphsAreResourcesToo() throws Exception {
        Model graph = parse(body(mvc.perform(get("/graph/source-900"))
                .andExpect(status().isOk())
                .andReturn().getResponse()), Lang.TURTLE);
        assertThat(graph.contains(ResourceFactory.createResource("https://w3id.org/citynet/graph/source-900"),
                ResourceFactory.createProperty("http://www.w3.org/ns/prov#wasDerivedFrom"),
                ResourceFactory.createResource("https://w3id.org/citynet/id/source/900"))).isTrue();
    }

    @Test
    void unknownIrisAre404ForRdfClientsAndAPageForBrowsers() throws Exception {
        mvc.perform(get("/id/city/atlantis"))
                .andExpect(Problems.problem(404, "not-found"))
                .andExpect(header().string(HttpHeaders.VARY, "Accept, Accept-Language"));
        MockHttpServletResponse page = mvc.perform(get("/id/city/atlantis").header(HttpHeaders.ACCEPT, "text/html"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andReturn().getResponse();
        assertThat(Jsoup.parse(body(page)).select("main.not-found")).isNotEmpty();
    }

    @Test
    void nothingAcceptableIs406() throws Exception {
        mvc.perform(get("/id/city/espoo").header(HttpHeaders.ACCEPT, "image/png"))
                .andExpect(status().isNotAcceptable())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    private static void assertEspoo(Model model) {
        assertThat(model.contains(ResourceFactory.createResource(ESPOO), SKOS.prefLabel,
                ResourceFactory.createLangLiteral("Esbo", "sv"))).isTrue();
        assertThat(model.contains(ResourceFactory.createResource(ESPOO),
                ResourceFactory.createProperty(TWINNED_WITH), ResourceFactory.createResource(KONGSBERG))).isTrue();
    }

    private static Model parse(String text, Lang lang) {
        return RDFParser.create().fromString(text).lang(lang).toModel();
    }

    private static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
