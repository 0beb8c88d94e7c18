package org.citynet.web.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.citynet.web.system.Formats;
import org.citynet.web.system.Formats.Offer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dereferencing over HTTP: every RDF syntax parsed back with RIOT, negotiation, validators, errors. */
class LinkedDataRdfIT extends RealDataService {

    private static final Resource ESPOO_R = ResourceFactory.createResource(ESPOO);
    private static final Resource KONGSBERG_R = ResourceFactory.createResource(KONGSBERG);
    private static final Property TWINNED_WITH = ResourceFactory.createProperty(CN + "twinnedWith");
    private static final Property PARTY = ResourceFactory.createProperty(CN + "party");
    private static final Property DERIVED_FROM = ResourceFactory.createProperty("http://www.w3.org/ns/prov#wasDerivedFrom");
    private static final Property TITLE = ResourceFactory.createProperty("http://purl.org/dc/terms/title");
    private static final String GRAPH = BASE + "graph/";
    private static final Property EVIDENCE = ResourceFactory.createProperty(CN + "evidence");
    private static final Property VALUE = ResourceFactory.createProperty("http://www.w3.org/ns/prov#value");
    private static final Property QUOTED_FROM = ResourceFactory.createProperty("http://www.w3.org/ns/prov#wasQuotedFrom");

    /** The document's format a file extension names. */
    private static Offer format(String extension) {
        return Formats.byExtension(Formats.DOCUMENT, extension).orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ttl", "jsonld", "rdf", "nt", "rj"})
    void everyTripleSyntaxHoldsTheDescription(String extension) {
        Offer format = format(extension);
        HttpResponse<String> response = http.get("/id/city/espoo", "Accept", format.mediaType().toString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(LinkedDataHttp.mediaType(response)).isEqualTo(format.mediaType().toString());
        Model model = http.model(response, format.lang());

        assertThat(model.contains(ESPOO_R, TWINNED_WITH, KONGSBERG_R)).isTrue();
        for (String twin : select("SELECT ?t WHERE { <" + ESPOO + "> cn:twinnedWith ?t }", "t")) {
            assertThat(model.contains(ESPOO_R, TWINNED_WITH, model.createResource(twin))).as(twin).isTrue();
        }
        List<String> agreements = select("SELECT ?a WHERE { ?a cn:party <" + ESPOO + "> }", "a");
        assertThat(agreements).isNotEmpty();
        for (String agreement : agreements) {
            assertThat(model.contains(model.createResource(agreement), PARTY, ESPOO_R)).as(agreement).isTrue();
        }
        // The names of what it links to, and where its statements come from.
        assertThat(model.contains(KONGSBERG_R, SKOS.prefLabel, model.createLiteral("Kongsberg", "sv"))).isTrue();
        Resource source000 = model.createResource(BASE + "id/source/000");
        assertThat(model.contains(model.createResource(GRAPH + "source-000"), DERIVED_FROM, source000)).isTrue();
        assertThat(model.contains(source000, TITLE, model.createLiteral("Nätverk", "sv"))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"trig", "nq"})
    void quadSyntaxesKeepEveryStatementInTheGraphItComesFrom(String extension) {
        Offer format = format(extension);
        HttpResponse<String> response = http.get("/id/city/espoo", "Accept", format.mediaType().toString());
        assertThat(response.statusCode()).isEqualTo(200);
        Dataset dataset = http.dataset(response, format.lang());

        assertThat(dataset.getNamedModel(GRAPH + "source-000").contains(ESPOO_R, TWINNED_WITH, KONGSBERG_R)).isTrue();
        List<String> stored = select("SELECT ?g ?p ?o WHERE { GRAPH ?g { <" + ESPOO + "> ?p ?o } }", "g");
        long answered = dataset.asDatasetGraph().stream(null, ESPOO_R.asNode(), null, null)
                .filter(quad -> !quad.isDefaultGraph()).count();
        assertThat(answered).isEqualTo(stored.size());
        for (String graph : stored) {
            assertThat(dataset.containsNamedModel(graph)).as(graph).isTrue();
        }
        // The provenance graphs: which document each graph comes from, and that document's description.
        Model sources = dataset.getNamedModel(GRAPH + "sources");
        Resource source000 = sources.createResource(BASE + "id/source/000");
        assertThat(sources.contains(sources.createResource(GRAPH + "source-000"), DERIVED_FROM, source000)).isTrue();
        assertThat(sources.contains(source000, TITLE, sources.createLiteral("Nätverk", "sv"))).isTrue();
    }

    /**
     * Issue 15: the default graph holds every statement too (the union of the named graphs, as the triple
     * syntaxes write it), so that a client querying the document without GRAPH (Comunica) finds them.
     */
    @ParameterizedTest
    @ValueSource(strings = {"trig", "nq"})
    void quadSyntaxesAlsoHoldEveryStatementInTheDefaultGraph(String extension) {
        Dataset dataset = http.dataset(http.get("/id/city/espoo." + extension), format(extension).lang());
        Model turtle = http.model(http.get("/id/city/espoo.ttl"), Formats.TURTLE.lang());
        assertThat(dataset.getDefaultModel().isIsomorphicWith(turtle)).isTrue();
        assertThat(dataset.getDefaultModel().isIsomorphicWith(dataset.getUnionModel())).isTrue();
    }

    @Test
    void jsonLdReferencesThePublishedContextWhichIsServedAndUsable() {
        HttpResponse<String> context = http.get("/context.jsonld");
        assertThat(context.statusCode()).isEqualTo(200);
        assertThat(LinkedDataHttp.mediaType(context)).isEqualTo("application/ld+json");
        JsonObject published = Json.createReader(new StringReader(context.body())).readObject().getJsonObject("@context");
        assertThat(published.getString("cn")).isEqualTo(CN);
        assertThat(published.getString("city")).isEqualTo(BASE + "id/city/");

        HttpResponse<String> description = http.get("/id/city/espoo.jsonld");
        JsonObject json = Json.createReader(new StringReader(description.body())).readObject();
        assertThat(json.getString("@context")).isEqualTo(http.url("/context.jsonld"));
        // Jena fetches the context from the service to read the document.
        Model model = http.model(description, Formats.JSONLD.lang());
        assertThat(model.contains(ESPOO_R, TWINNED_WITH, KONGSBERG_R)).isTrue();
    }

    static List<Offer> documentFormats() {
        return Formats.DOCUMENT;
    }

    @ParameterizedTest
    @MethodSource("documentFormats")
    void anExtensionOverridesAccept(Offer format) {
        String other = format.equals(Formats.TURTLE) ? "application/ld+json" : "text/turtle";
        HttpResponse<String> response = http.get("/id/city/espoo." + format.extension(), "Accept", other);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(LinkedDataHttp.mediaType(response)).isEqualTo(format.mediaType().toString());
    }

    @Test
    void answersVaryByAcceptAndRevalidateWithTheDataVersion() {
        HttpResponse<String> first = http.get("/id/city/espoo", "Accept", "text/turtle");
        assertThat(first.headers().firstValue("Vary").orElse("")).contains("Accept");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

        HttpResponse<String> again = http.get("/id/city/espoo", "Accept", "text/turtle", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).contains(etag);
        assertThat(again.headers().firstValue("Vary").orElse("")).contains("Accept");

        HttpResponse<String> since = http.get("/id/city/espoo", "Accept", "text/turtle", "If-Modified-Since", lastModified);
        assertThat(since.statusCode()).isEqualTo(304);

        HttpResponse<String> stale = http.get("/id/city/espoo", "Accept", "text/turtle", "If-None-Match", "\"not-it\"");
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.headers().firstValue("ETag")).contains(etag);

        HttpResponse<String> jsonLd = http.get("/id/city/espoo", "Accept", "application/ld+json", "If-None-Match", etag);
        assertThat(jsonLd.statusCode()).as("another representation has another tag").isEqualTo(200);
        assertThat(jsonLd.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
    }

    @Test
    void lastModifiedIsTheLoadTimeAndTheTagCarriesTheContentHash() {
        String loadedAt = select("SELECT ?t WHERE { GRAPH <" + GRAPH + "load> { ?m cn:loadedAt ?t } }", "t").get(0);
        String hash = select("SELECT ?h WHERE { GRAPH <" + GRAPH + "load> { ?m cn:contentHash ?h } }", "h").get(0);
        HttpResponse<String> response = http.get("/id/city/espoo.ttl");
        ZonedDateTime lastModified = ZonedDateTime.parse(response.headers().firstValue("Last-Modified").orElseThrow(),
                DateTimeFormatter.RFC_1123_DATE_TIME);
        assertThat(lastModified.toInstant().getEpochSecond())
                .isEqualTo(java.time.Instant.parse(loadedAt).getEpochSecond());
        assertThat(response.headers().firstValue("ETag").orElseThrow()).startsWith("\"" + hash.substring(0, 16));
    }

    @Test
    void unknownIrisAreNotFoundProblems() {
        HttpResponse<String> response = http.get("/id/city/atlantis", "Accept", "text/turtle");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(LinkedDataHttp.mediaType(response)).isEqualTo("application/problem+json");
        assertThat(response.body()).contains("https://w3id.org/citynet/id/city/atlantis").doesNotContain("Exception");
        assertThat(response.headers().firstValue("Vary").orElse("")).contains("Accept");
        assertThat(http.get("/id/city/espoo/", "Accept", "text/turtle").statusCode()).isEqualTo(404);
        assertThat(http.get("/id/city/a%20b.ttl").statusCode()).isEqualTo(404);
    }

    @Test
    void browsersGetAnHtmlNotFoundPageThatEscapesThePath() {
        HttpResponse<String> response = http.get("/id/city/%3Cscript%3Ealert(1)", "Accept", "text/html");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(LinkedDataHttp.mediaType(response)).isEqualTo("text/html");
        assertThat(response.body()).contains("&lt;script&gt;").doesNotContain("<script>");
    }

    @Test
    void aTypeItCannotProduceIsANotAcceptableProblem() {
        HttpResponse<String> response = http.get("/id/city/espoo", "Accept", "image/png");
        assertThat(response.statusCode()).isEqualTo(406);
        assertThat(LinkedDataHttp.mediaType(response)).isEqualTo("application/problem+json");
        assertThat(response.body()).contains("text/turtle").contains("application/ld+json");
    }

    @Test
    void malformedInputIsABadRequestProblem() {
        HttpResponse<String> lang = http.get("/id/city/espoo?lang=not_a_tag", "Accept", "text/html");
        assertThat(lang.statusCode()).isEqualTo(400);
        assertThat(LinkedDataHttp.mediaType(lang)).isEqualTo("application/problem+json");
        assertThat(lang.body()).contains("lang");
        HttpResponse<String> accept = http.get("/id/city/espoo", "Accept", "text/turtle;q=abc");
        assertThat(accept.statusCode()).isEqualTo(400);
        assertThat(LinkedDataHttp.mediaType(accept)).isEqualTo("application/problem+json");
        assertThat(accept.body()).contains("Accept");
    }

    @Test
    void theOntologyDereferencesInRdfWithoutTheVocabularies() {
        HttpResponse<String> response = http.get("/ontology", "Accept", "text/turtle");
        assertThat(response.statusCode()).isEqualTo(200);
        Model model = http.model(response, Formats.TURTLE.lang());
        assertThat(model.contains(model.createResource(BASE + "ontology"), RDF.type, OWL.Ontology)).isTrue();
        for (String cls : select("SELECT ?c WHERE { GRAPH <" + GRAPH + "ontology> { ?c a owl:Class } }", "c")) {
            assertThat(model.contains(model.createResource(cls), RDF.type, OWL.Class)).as(cls).isTrue();
        }
        assertThat(model.contains(model.createResource(BASE + "id/theme"), null)).isFalse();

        Dataset trig = http.dataset(http.get("/ontology.trig"), Formats.TRIG.lang());
        assertThat(trig.getNamedModel(GRAPH + "ontology").contains(model.createResource(CN + "City"), RDF.type, OWL.Class))
                .isTrue();
        assertThat(http.get("/ontology.xyz").statusCode()).isEqualTo(404);
    }

    @Test
    void namedGraphsDereferenceToWhatIsSaidAboutThem() {
        HttpResponse<String> response = http.get("/graph/source-000", "Accept", "text/turtle");
        assertThat(response.statusCode()).isEqualTo(200);
        Model model = http.model(response, Formats.TURTLE.lang());
        assertThat(model.contains(model.createResource(GRAPH + "source-000"), DERIVED_FROM,
                model.createResource(BASE + "id/source/000"))).isTrue();
        assertThat(http.get("/graph/nothing", "Accept", "text/turtle").statusCode()).isEqualTo(404);
    }

    @Test
    void skosSchemesDereferenceLikeEntities() {
        HttpResponse<String> response = http.get("/id/theme", "Accept", "text/turtle");
        assertThat(response.statusCode()).isEqualTo(200);
        Model model = http.model(response, Formats.TURTLE.lang());
        Resource scheme = model.createResource(BASE + "id/theme");
        assertThat(model.contains(scheme, RDF.type, SKOS.ConceptScheme)).isTrue();
        List<String> top = select("SELECT ?c WHERE { <" + BASE + "id/theme> skos:hasTopConcept ?c }", "c");
        assertThat(model.listObjectsOfProperty(scheme, SKOS.hasTopConcept).toList()).hasSameSizeAs(top);
        Dataset quads = http.dataset(http.get("/id/role.nq"), Formats.NQUADS.lang());
        assertThat(quads.getNamedModel(GRAPH + "ontology").contains(quads.getDefaultModel()
                .createResource(BASE + "id/role"), RDF.type, SKOS.ConceptScheme)).isTrue();
    }

    @Test
    void aDescriptionCarriesTheWordsOfItsEvidence() {
        String mou = BASE + "id/agreement/espoo-shanghai-mou-1999";
        HttpResponse<String> response = http.get("/id/agreement/espoo-shanghai-mou-1999", "Accept", "text/turtle");
        assertThat(response.statusCode()).isEqualTo(200);
        // The quotations are written with their own prefix, like every other kind of entity.
        assertThat(response.body()).containsPattern("(?m)^(PREFIX|@prefix) +quote:").contains("quote:000-");
        Model model = http.model(response, Formats.TURTLE.lang());
        List<String> evidence = select("SELECT ?q WHERE { <" + mou + "> cn:evidence ?q }", "q");
        assertThat(evidence).isNotEmpty();
        Resource source = model.createResource(BASE + "id/source/000");
        for (String quote : evidence) {
            Resource q = model.createResource(quote);
            assertThat(model.contains(model.createResource(mou), EVIDENCE, q)).as(quote).isTrue();
            String words = select("SELECT ?w WHERE { <" + quote + "> prov:value ?w }", "w").get(0);
            assertThat(model.contains(q, VALUE, model.createLiteral(words, "sv"))).as(quote).isTrue();
            assertThat(model.contains(q, QUOTED_FROM, source)).as(quote).isTrue();
        }
    }

    @Test
    void aQuotationDereferencesLikeAnyEntity() {
        String quote = select("SELECT ?q WHERE { <" + BASE + "id/agreement/espoo-shanghai-mou-1999> cn:evidence ?q }"
                + " ORDER BY ?q LIMIT 1", "q").get(0);
        HttpResponse<String> response = http.get(quote.substring(BASE.length() - 1), "Accept", "text/turtle");
        assertThat(response.statusCode()).isEqualTo(200);
        Model model = http.model(response, Formats.TURTLE.lang());
        Resource q = model.createResource(quote);
        assertThat(model.contains(q, RDF.type, model.createResource(CN + "Quotation"))).isTrue();
        assertThat(model.contains(q, QUOTED_FROM, model.createResource(BASE + "id/source/000"))).isTrue();
        assertThat(model.listSubjectsWithProperty(EVIDENCE, q).toList()).isNotEmpty();
        JsonObject context = Json.createReader(new StringReader(http.get("/context.jsonld").body())).readObject()
                .getJsonObject("@context");
        for (String type : List.of("quote", "goal", "activity", "validity-status")) {
            assertThat(context.getString(type)).isEqualTo(BASE + "id/" + type + "/");
        }
    }
}
