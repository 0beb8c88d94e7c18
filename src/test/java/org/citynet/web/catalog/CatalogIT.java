package org.citynet.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citynet.web.catalog.HarvestingSupport.single;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdfconnection.RDFConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The DCAT-AP catalogue on the real data (real TDB2, the service on a random port): every RDF format parses
 * with Jena and gives the same graph, the catalogue passes the official DCAT-AP 3.0.1 shapes (mandatory
 * and recommended), uses the public address, credits the sources and covers the years they state. The
 * formats of VoID and of the service description are checked here too.
 */
class CatalogIT extends RunningService {

    private static final String DCAT = "http://www.w3.org/ns/dcat#";

    @ParameterizedTest
    @CsvSource({
        "catalog, text/turtle", "catalog, application/ld+json", "catalog, application/rdf+xml",
        "catalog, application/n-triples", "catalog.ttl,", "catalog.jsonld,", "catalog.rdf,", "catalog.nt,",
        ".well-known/void, text/turtle", ".well-known/void, application/ld+json",
        ".well-known/void, application/rdf+xml", ".well-known/void, application/n-triples",
        ".well-known/void.ttl,", ".well-known/void.jsonld,", ".well-known/void.rdf,", ".well-known/void.nt,",
        "sparql, text/turtle", "sparql, application/ld+json", "sparql, application/rdf+xml",
        "sparql, application/n-triples"})
    void everyFormatParsesAndDescribesTheSameThing(String path, String accept) throws Exception {
        Model model = web.model(path, accept);
        Model turtle = web.model(path, "text/turtle");
        assertThat(model.size()).isEqualTo(turtle.size());
        assertThat(model.isIsomorphicWith(turtle)).as("%s as %s is the Turtle graph", path, accept).isTrue();
    }

    @Test
    void extensionBeatsAcceptAndUnknownExtensionsOrFormatsAreRefused() throws Exception {
        HttpResponse<String> ntriples = web.get("catalog.nt", "text/turtle");
        assertThat(ntriples.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/n-triples"));
        HttpResponse<String> unknown = web.get("catalog.html", null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(unknown.body()).contains(".ttl");
        HttpResponse<String> image = web.get("catalog", "image/png");
        assertThat(image.statusCode()).isEqualTo(406);
        assertThat(web.get(".well-known/void", "image/png").statusCode()).isEqualTo(406);
    }

    @Test
    void catalogueHasNoViolationsOfTheDcatAp301Shapes() throws Exception {
        Model catalogue = web.model("catalog", "text/turtle");
        assertThat(DcatApShapes.results("shapes.ttl", catalogue.getGraph())).as("DCAT-AP 3.0.1 shapes.ttl").isEmpty();
        // The shapes do bite: without a title the catalogue is refused.
        catalogue.removeAll(catalogue.createResource(web.root() + "catalog"),
                catalogue.createProperty("http://purl.org/dc/terms/title"), null);
        assertThat(DcatApShapes.results("shapes.ttl", catalogue.getGraph())).hasSize(1);
    }

    @Test
    void catalogueMeetsTheRecommendedShapesToo() throws Exception {
        Graph catalogue = web.model("catalog", "text/turtle").getGraph();
        assertThat(DcatApShapes.results("shapes_recommended.ttl", catalogue)).as("DCAT-AP 3.0.1 shapes_recommended.ttl")
                .isEmpty();
    }

    @Test
    void catalogueDescribesTheDatasetItsDumpsAndTheEndpointUnderThePublicAddress() throws Exception {
        Model catalogue = web.model("catalog", null);
        String root = web.root();
        Resource dataset = catalogue.createResource(root + "catalog#dataset");
        assertThat(catalogue.contains(catalogue.createResource(root + "catalog"),
                catalogue.createProperty(DCAT, "dataset"), dataset)).isTrue();
        for (String dump : List.of("dumps/citynet.nq.gz", "dumps/citynet.trig.gz")) {
            assertThat(catalogue.contains(null, catalogue.createProperty(DCAT, "downloadURL"),
                    catalogue.createResource(root + dump))).as(dump).isTrue();
        }
        assertThat(catalogue.contains(null, catalogue.createProperty(DCAT, "endpointURL"),
                catalogue.createResource(root + "sparql"))).isTrue();
        // Behind a proxy the public address is the proxy's.
        String forwarded = new String(web.send(HttpRequest.newBuilder(URI.create(root + "catalog.nt"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "data.example.org")
                .header("X-Forwarded-Prefix", "/citynet").build()).body());
        assertThat(forwarded).contains("<https://data.example.org/citynet/dumps/citynet.nq.gz>")
                .contains("<https://data.example.org/citynet/sparql>").doesNotContain("localhost");
    }

    @Test
    void catalogueCreditsEverySourceDocumentAndCoversTheYearsTheSourcesState() throws Exception {
        Model catalogue = web.model("catalog", null);
        Resource dataset = catalogue.createResource(web.root() + "catalog#dataset");
        Set<String> sources = new TreeSet<>();
        try (RDFConnection connection = store.connect()) {
            connection.querySelect("SELECT ?s WHERE { ?s a <https://w3id.org/citynet/ontology#SourceDocument> }",
                    row -> sources.add(row.getResource("s").getURI()));
        }
        assertThat(sources).hasSize(5);
        for (String source : sources) {
            assertThat(catalogue.contains(dataset, catalogue.createProperty("http://purl.org/dc/terms/source"),
                    catalogue.createResource(source))).as("dct:source %s", source).isTrue();
            assertThat(catalogue.contains(dataset, catalogue.createProperty("http://www.w3.org/ns/prov#wasDerivedFrom"),
                    catalogue.createResource(source))).as("prov:wasDerivedFrom %s", source).isTrue();
        }
        String[] years = yearsStatedBySources();
        QuerySolution period = single(catalogue, """
                PREFIX dcat: <http://www.w3.org/ns/dcat#>
                PREFIX dct: <http://purl.org/dc/terms/>
                SELECT ?start ?end WHERE { ?d dct:temporal [ dcat:startDate ?start ; dcat:endDate ?end ] }""");
        assertThat(period.getLiteral("start").getLexicalForm()).isEqualTo(years[0]);
        assertThat(period.getLiteral("end").getLexicalForm()).isEqualTo(years[1]);
    }

    // --- helpers -----------------------------------------------------------------------------------------

    private String[] yearsStatedBySources() {
        String[] years = new String[2];
        try (RDFConnection connection = store.connect()) {
            connection.querySelect("""
                    PREFIX prov: <http://www.w3.org/ns/prov#>
                    SELECT (MIN(?y) AS ?first) (MAX(?y) AS ?last) WHERE {
                      ?src a <https://w3id.org/citynet/ontology#SourceDocument> .
                      GRAPH ?g { ?node prov:wasDerivedFrom ?src ; ?p ?date }
                      FILTER(isLiteral(?date) && REGEX(STR(DATATYPE(?date)), "#(date|dateTime|gYear|gYearMonth)$"))
                      BIND(SUBSTR(STR(?date), 1, 4) AS ?y) }""", row -> {
                years[0] = row.getLiteral("first").getLexicalForm();
                years[1] = row.getLiteral("last").getLexicalForm();
            });
        }
        return years;
    }
}
