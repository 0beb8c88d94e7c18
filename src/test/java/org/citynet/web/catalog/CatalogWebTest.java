package org.citynet.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.codec.digest.DigestUtils;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.support.FixtureStore;
import org.citynet.support.Problems;
import org.citynet.support.TestStores;
import org.citynet.web.system.BackgroundWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The catalogue ({@code /catalog}), the VoID description ({@code /.well-known/void}) and the dumps they point to,
 * as a web slice on the fixture graph: counted in the store, negotiated by {@code Accept} or extension, and the
 * catalogue's checksums those of the files the dump URLs serve.
 */
@WebMvcTest(controllers = {CatalogController.class, DumpController.class})
@Import({FixtureStore.class, CatalogData.class, CatalogSummaries.class, Dumps.class, BackgroundWork.class})
class CatalogWebTest {

    private static final String PREFIXES = """
            PREFIX void: <http://rdfs.org/ns/void#>
            PREFIX dcat: <http://www.w3.org/ns/dcat#>
            PREFIX dct:  <http://purl.org/dc/terms/>
            PREFIX spdx: <http://spdx.org/rdf/terms#>
            """;

    @Autowired
    private MockMvc mvc;

    @Autowired
    private KnowledgeStore store;

    @Test
    void voidCountsTheFixtureInTheStore() throws Exception {
        MockHttpServletResponse turtle = mvc.perform(get("/.well-known/void"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/turtle"))
                .andExpect(header().string(HttpHeaders.VARY, "Accept"))
                .andReturn().getResponse();
        Model model = parse(body(turtle), Lang.TURTLE);

        QuerySolution dataset = one(model, """
                SELECT ?triples ?endpoint WHERE {
                  ?d a void:Dataset ; void:triples ?triples ; void:sparqlEndpoint ?endpoint .
                }""");
        DatasetGraph data = TestStores.dataset(store);
        long inStore = Txn.calculateRead(data, () -> (long) data.getUnionGraph().size());
        assertThat(dataset.getLiteral("triples").getLong()).isEqualTo(inStore);
        assertThat(dataset.getResource("endpoint").getURI()).isEqualTo("http://localhost/sparql");

        Map<String, Integer> classes = new TreeMap<>();
        try (QueryExecution query = QueryExecution.model(model).query(PREFIXES + """
                SELECT ?class ?entities WHERE {
                  ?d void:classPartition [ void:class ?class ; void:entities ?entities ] .
                }""").build()) {
            query.execSelect().forEachRemaining(row -> classes.put(row.getResource("class").getURI(),
                    row.getLiteral("entities").getInt()));
        }
        assertThat(classes).containsEntry("https://w3id.org/citynet/ontology#City", 4)
                .containsEntry("http://schema.org/Country", 3)
                .containsEntry("https://w3id.org/citynet/ontology#CityNetwork", 1)
                .containsEntry("https://w3id.org/citynet/ontology#TwinningAgreement", 1)
                .containsEntry("https://w3id.org/citynet/ontology#Quotation", 2)
                .containsEntry("http://www.w3.org/ns/org#Membership", 4);
    }

    @Test
    void theCatalogueInJsonLdListsDumpsWhoseChecksumsMatchTheirFiles() throws Exception {
        MockHttpServletResponse jsonLd = mvc.perform(get("/catalog").header(HttpHeaders.ACCEPT, "application/ld+json"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/ld+json"))
                .andReturn().getResponse();
        Model catalogue = parse(body(jsonLd), Lang.JSONLD);
        List<QuerySolution> dumps = all(catalogue, """
                SELECT ?url ?sha WHERE {
                  ?catalog a dcat:Catalog ; dcat:dataset ?dataset .
                  ?dataset dcat:distribution ?dump .
                  ?dump dcat:downloadURL ?url ; spdx:checksum/spdx:checksumValue ?sha .
                } ORDER BY ?url""");
        assertThat(dumps).extracting(row -> row.getResource("url").getURI())
                .containsExactly("http://localhost/dumps/citynet.nq.gz", "http://localhost/dumps/citynet.trig.gz");
        for (QuerySolution dump : dumps) {
            String path = dump.getResource("url").getURI().substring("http://localhost".length());
            byte[] file = mvc.perform(get(path))
                    .andExpect(status().isOk())
                    .andExpect(content().contentType("application/gzip"))
                    .andReturn().getResponse().getContentAsByteArray();
            assertThat(DigestUtils.sha256Hex(file)).isEqualTo(dump.getLiteral("sha").getLexicalForm());
        }
        assertThat(one(catalogue, "SELECT ?url WHERE { ?s a dcat:DataService ; dcat:endpointURL ?url }")
                .getResource("url").getURI()).isEqualTo("http://localhost/sparql");
    }

    @Test
    void anExtensionChoosesTheFormatAndAnUnknownOneIsNotFound() throws Exception {
        mvc.perform(get("/.well-known/void.nt").header(HttpHeaders.ACCEPT, "text/turtle"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/n-triples"));
        mvc.perform(get("/catalog.xyz")).andExpect(Problems.problem(404, "not-found"));
        mvc.perform(get("/dumps/citynet.zip")).andExpect(Problems.problem(404, "not-found"));
        mvc.perform(get("/catalog").header(HttpHeaders.ACCEPT, "image/png")).andExpect(status().isNotAcceptable());
    }

    private static QuerySolution one(Model model, String select) {
        List<QuerySolution> rows = all(model, select);
        assertThat(rows).as(select).hasSize(1);
        return rows.get(0);
    }

    private static List<QuerySolution> all(Model model, String select) {
        try (QueryExecution query = QueryExecution.model(model).query(PREFIXES + select).build()) {
            List<QuerySolution> rows = new java.util.ArrayList<>();
            query.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    private static Model parse(String text, Lang lang) {
        return RDFParser.create().fromString(text).lang(lang).toModel();
    }

    private static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
