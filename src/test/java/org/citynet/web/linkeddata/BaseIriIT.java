package org.citynet.web.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.citynet.support.ServiceTestSupport;
import org.citynet.web.system.Formats;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A base other than the default: the real files with every {@code https://w3id.org/citynet/} rewritten to
 * {@code https://example.org/kg/}, loaded into a real TDB2, and {@code citynet.base-iri} set to match. The
 * service must answer for the new IRIs under its own address and keep them in RDF.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BaseIriIT {

    private static final String DEFAULT = "https://w3id.org/citynet/";
    private static final String BASE = "https://example.org/kg/";
    private static final String CN = BASE + "ontology#";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ServiceTestSupport.register(registry);
        Path root = rewrittenCopy();
        registry.add("citynet.root", root::toString);
        registry.add("citynet.base-iri", () -> BASE);
    }

    @LocalServerPort
    int port;

    private LinkedDataHttp http;

    @BeforeEach
    void client() {
        http = new LinkedDataHttp(port);
    }

    @Test
    void theLocalAddressDescribesTheConfiguredIri() {
        HttpResponse<String> response = http.get("/id/city/espoo", "Accept", "text/turtle");
        assertThat(response.statusCode()).isEqualTo(200);
        Model model = http.model(response, Formats.TURTLE.lang());
        Resource espoo = model.createResource(BASE + "id/city/espoo");
        assertThat(model.contains(espoo, model.createProperty(CN + "twinnedWith"),
                model.createResource(BASE + "id/city/kongsberg"))).isTrue();
        assertThat(response.body()).doesNotContain(DEFAULT + "id/").doesNotContain("localhost");
    }

    @Test
    void quadsKeepTheConfiguredGraphNames() {
        Dataset dataset = http.dataset(http.get("/id/city/espoo.trig"), Formats.TRIG.lang());
        assertThat(dataset.getNamedModel(BASE + "graph/source-000").contains(
                dataset.getDefaultModel().createResource(BASE + "id/city/espoo"), null)).isTrue();
    }

    @Test
    void theJsonLdContextFollowsTheBase() {
        assertThat(http.get("/context.jsonld").body()).contains("\"cn\": \"" + CN + "\"")
                .contains("\"city\": \"" + BASE + "id/city/\"");
        Model model = http.model(http.get("/id/city/espoo.jsonld"), Formats.JSONLD.lang());
        assertThat(model.contains(model.createResource(BASE + "id/city/espoo"), null)).isTrue();
    }

    @Test
    void pagesLinkToTheLocalAddressAndShowTheCanonicalIri() {
        HttpResponse<String> response = http.get("/id/city/espoo?lang=sv", "Accept", "text/html");
        Document doc = Jsoup.parse(response.body());
        assertThat(doc.selectFirst("h1").text()).isEqualTo("Esbo");
        assertThat(doc.selectFirst(".entity-iri code").text()).isEqualTo(BASE + "id/city/espoo");
        assertThat(doc.select("a[href='/id/city/kongsberg?lang=sv']")).isNotEmpty();
        assertThat(doc.select("a[href='/ontology?lang=sv#twinnedWith']")).isNotEmpty();
        assertThat(doc.select("a[href^='" + BASE + "']")).isEmpty();
        assertThat(Jsoup.parse(http.get("/cities?lang=sv").body()).select("a[href='/id/city/espoo?lang=sv']").text())
                .isEqualTo("Esbo");
    }

    @Test
    void theOntologyLivesUnderTheBase() {
        Model model = http.model(http.get("/ontology.ttl"), Formats.TURTLE.lang());
        assertThat(model.contains(model.createResource(BASE + "ontology"), RDF.type, OWL.Ontology)).isTrue();
        List<Resource> classes = model.listSubjectsWithProperty(RDF.type, OWL.Class).toList().stream()
                .filter(c -> c.getURI().startsWith(CN)).toList();
        assertThat(classes).hasSizeGreaterThan(10);
        Document doc = Jsoup.parse(http.get("/ontology", "Accept", "text/html").body());
        for (Resource c : classes) {
            assertThat(doc.getElementById(c.getLocalName())).as(c.getURI()).isNotNull();
        }
    }

    @Test
    void theDefaultBaseIsNotAnsweredFor() {
        assertThat(http.get("/id/city/nowhere.ttl").statusCode()).isEqualTo(404);
        assertThat(http.get("/id/city/espoo.ttl").body()).doesNotContain(DEFAULT + "id/city/espoo");
    }

    /** ontology/, data/ and queries/ of the project, with the default base replaced everywhere. */
    private static Path rewrittenCopy() {
        try {
            Path root = Files.createTempDirectory("citynet-base-iri-");
            for (String folder : List.of("ontology", "data", "queries")) {
                Path from = Path.of(folder).toAbsolutePath();
                try (Stream<Path> files = Files.walk(from)) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        Path to = root.resolve(folder).resolve(from.relativize(file).toString());
                        Files.createDirectories(to.getParent());
                        String text = Files.readString(file, StandardCharsets.UTF_8);
                        Files.writeString(to, text.replace(DEFAULT, BASE), StandardCharsets.UTF_8);
                    }
                }
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
