package org.citynet.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citynet.web.catalog.HarvestingSupport.count;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPInputStream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The dumps on the real data: they download as the gzip files the catalogue describes (size, SHA-256),
 * parse with Jena into as many quads as the store holds, answer HEAD and conditional GETs, and are made
 * again, with a new checksum, when the data changes.
 */
class DumpsIT extends RunningService {

    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final String SPDX = "http://spdx.org/rdf/terms#";
    private static final String ALL_QUADS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
    private static final String TEST_GRAPH = BASE + "graph/test-dumps";

    @ParameterizedTest
    @CsvSource({"citynet.nq.gz, N-Quads", "citynet.trig.gz, TriG"})
    void dumpParsesIntoEveryQuadOfTheStoreAndMatchesTheCataloguesChecksum(String file, String language)
            throws Exception {
        HttpResponse<byte[]> response = download(file, null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/gzip");
        assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(response.body().length);
        String sha256 = sha256(response.body());
        assertThat(response.headers().firstValue("ETag")).hasValue("\"" + sha256 + "\"");
        assertThat(checksumInCatalogue(file)).isEqualTo(sha256);
        assertThat(byteSizeInCatalogue(file)).isEqualTo(response.body().length);
        DatasetGraph dump = parse(response.body(), language);
        assertThat(dump.stream().count()).isEqualTo(count(store, ALL_QUADS)).isGreaterThan(2000);
    }

    @Test
    void headAndConditionalGetsWork() throws Exception {
        HttpResponse<byte[]> get = download("citynet.nq.gz", null);
        String etag = get.headers().firstValue("ETag").orElseThrow();
        String lastModified = get.headers().firstValue("Last-Modified").orElseThrow();

        HttpResponse<byte[]> head = web.send(HttpRequest.newBuilder(dumpUri("citynet.nq.gz"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("ETag")).hasValue(etag);
        assertThat(head.headers().firstValueAsLong("Content-Length")).hasValue(get.body().length);

        assertThat(download("citynet.nq.gz", b -> b.header("If-None-Match", etag)).statusCode()).isEqualTo(304);
        assertThat(download("citynet.nq.gz", b -> b.header("If-Modified-Since", lastModified)).statusCode())
                .isEqualTo(304);
        assertThat(download("citynet.nq.gz", b -> b.header("If-None-Match", "\"something-else\"")).statusCode())
                .isEqualTo(200);
        assertThat(download("citynet.zip", null).statusCode()).isEqualTo(404);
    }

    @Test
    void aDataChangeMakesNewDumpsWithNewChecksums() throws Exception {
        String before = checksumInCatalogue("citynet.nq.gz");
        String etagBefore = download("citynet.nq.gz", null).headers().firstValue("ETag").orElseThrow();
        long quadsBefore = count(store, ALL_QUADS);
        try {
            update("INSERT DATA { GRAPH <" + TEST_GRAPH + "> { <" + BASE + "id/city/espoo> <" + BASE
                    + "ontology#testNote> \"written by DumpsIT\" } }");
            String after = checksumInCatalogue("citynet.nq.gz");
            assertThat(after).isNotEqualTo(before);
            HttpResponse<byte[]> response = download("citynet.nq.gz", b -> b.header("If-None-Match", etagBefore));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(sha256(response.body())).isEqualTo(after);
            DatasetGraph dump = parse(response.body(), "N-Quads");
            assertThat(dump.stream().count()).isEqualTo(quadsBefore + 1);
            assertThat(new String(gunzip(response.body()))).contains("written by DumpsIT");
        } finally {
            update("DROP SILENT GRAPH <" + TEST_GRAPH + ">");
        }
        assertThat(checksumInCatalogue("citynet.nq.gz")).as("same data, same bytes").isEqualTo(before);
    }

    @Test
    void theRealGazetteerGraphIsCreditedAsItsLicenceRequires() throws Exception {
        Model catalogue = web.model("catalog", null);
        Resource dataset = catalogue.createResource(web.root() + "catalog#dataset");
        assertThat(rightsLabels(catalogue, dataset)).anySatisfy(label -> assertThat(label)
                .contains("Contains data from GeoNames (https://www.geonames.org/)").contains("CC BY 4.0"));
        assertThat(catalogue.contains(null, catalogue.createProperty("http://creativecommons.org/ns#attributionName"),
                "GeoNames")).isTrue();
    }

    @Test
    void aGraphWithAnAttributionStatementIsCreditedInTheCatalogue() throws Exception {
        String statement = "Contains data from Example Gazetteer (https://gazetteer.example.org/), licensed under CC BY 4.0.";
        // Not the real graph/gazetteer, which the data already holds: this test must leave it alone.
        String graph = BASE + "graph/attribution-test";
        String source = BASE + "id/source/attribution-test";
        try {
            update("""
                    PREFIX dct: <http://purl.org/dc/terms/>
                    PREFIX cc: <http://creativecommons.org/ns#>
                    INSERT DATA { GRAPH <%1$s> {
                      <%1$s> dct:rights "%2$s"@en ; dct:source <%3$s> .
                      <%3$s> dct:title "Example gazetteer"@en ; cc:attributionName "Example Gazetteer" ;
                             cc:attributionURL <https://gazetteer.example.org/> ;
                             dct:license <https://creativecommons.org/licenses/by/4.0/> } }""".formatted(graph, statement, source));
            Model catalogue = web.model("catalog", null);
            Resource dataset = catalogue.createResource(web.root() + "catalog#dataset");
            assertThat(rightsLabels(catalogue, dataset)).contains(statement);
            assertThat(rightsLabels(catalogue, catalogue.createResource(web.root() + "catalog#nquads"))).contains(statement);
            assertThat(catalogue.contains(dataset, catalogue.createProperty("http://purl.org/dc/terms/source"),
                    catalogue.createResource(source))).isTrue();
            assertThat(catalogue.contains(catalogue.createResource(source),
                    catalogue.createProperty("http://creativecommons.org/ns#attributionName"), "Example Gazetteer")).isTrue();
            assertThat(DcatApShapes.results("shapes.ttl", catalogue.getGraph())).isEmpty();
        } finally {
            update("DROP SILENT GRAPH <" + graph + ">");
        }
        Model after = web.model("catalog", null);
        assertThat(rightsLabels(after, after.createResource(web.root() + "catalog#dataset"))).doesNotContain(statement);
    }

    private static java.util.List<String> rightsLabels(Model catalogue, Resource subject) {
        return catalogue.listObjectsOfProperty(subject, catalogue.createProperty("http://purl.org/dc/terms/rights"))
                .toList().stream()
                .filter(org.apache.jena.rdf.model.RDFNode::isResource)
                .map(node -> node.asResource().getProperty(RDFS.label))
                .filter(java.util.Objects::nonNull)
                .map(org.apache.jena.rdf.model.Statement::getString)
                .toList();
    }

    // --- helpers -----------------------------------------------------------------------------------------

    private URI dumpUri(String file) {
        return URI.create(web.root() + "dumps/" + file);
    }

    private HttpResponse<byte[]> download(String file, UnaryOperator<HttpRequest.Builder> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(dumpUri(file));
        return web.send((headers == null ? request : headers.apply(request)).build());
    }

    private String checksumInCatalogue(String file) throws Exception {
        Resource distribution = distribution(web.model("catalog", null), file);
        return distribution.getPropertyResourceValue(distribution.getModel().createProperty(SPDX, "checksum"))
                .getProperty(distribution.getModel().createProperty(SPDX, "checksumValue")).getString();
    }

    private long byteSizeInCatalogue(String file) throws Exception {
        Resource distribution = distribution(web.model("catalog", null), file);
        return distribution.getProperty(distribution.getModel().createProperty(DCAT, "byteSize")).getLong();
    }

    private Resource distribution(Model catalogue, String file) {
        return catalogue.listSubjectsWithProperty(catalogue.createProperty(DCAT, "downloadURL"),
                catalogue.createResource(web.root() + "dumps/" + file)).toList().get(0);
    }

    private void update(String update) {
        try (RDFConnection connection = store.connect()) {
            connection.update(update);
        }
    }

    private static DatasetGraph parse(byte[] gzip, String language) throws IOException {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        Lang lang = language.equals("TriG") ? Lang.TRIG : Lang.NQUADS;
        RDFParser.source(new ByteArrayInputStream(gunzip(gzip))).lang(lang).parse(dataset);
        return dataset;
    }

    private static byte[] gunzip(byte[] gzip) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return in.readAllBytes();
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
