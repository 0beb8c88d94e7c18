package org.citynet.web.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citynet.web.system.security.WriteTestSupport.AGREEMENTS;
import static org.citynet.web.system.security.WriteTestSupport.agreement;
import static org.citynet.web.system.security.WriteTestSupport.graph;
import static org.citynet.web.system.security.WriteTestSupport.graphExists;
import static org.citynet.web.system.security.WriteTestSupport.holds;
import static org.citynet.web.system.security.WriteTestSupport.problem;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.citynet.kernel.backup.StoreSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What an authenticated writer cannot do: break the shapes (422 listing the violations), touch a protected
 * graph (403), write from a page of another origin (403); each refused whole, with every graph and the
 * generation as before.
 */
class WriteValidationIT extends WriteTestBase {

    private static final String ONE_PARTY = "city:espoo";

    @ParameterizedTest
    @EnumSource(value = WritePath.class, names = {"SPARQL_UPDATE_BODY", "SPARQL_UPDATE_FORM", "GSP_PUT", "GSP_POST"})
    void aChangeBreakingTheShapesIsRefusedWithItsViolations(WritePath path) {
        String name = "broken-" + path.name().toLowerCase();
        StoreSnapshot before = snapshot();
        long generation = store.generation();
        JsonObject oneParty = problem(write(path, graph(name), agreement(name, ONE_PARTY, "2020", "2024"), BASIC),
                422, "shape-violation");
        assertThat(violations(oneParty)).anySatisfy(violation -> {
            assertThat(violation.getString("focusNode")).isEqualTo("<" + AGREEMENTS + name + ">");
            assertThat(violation.getString("path")).isEqualTo("cn:party");
            assertThat(violation.getString("message")).contains("at least two parties");
        });
        JsonObject backwards = problem(write(path, graph(name), agreement(name, "city:espoo , city:helsinki",
                "2024", "2020"), BEARER), 422, "shape-violation");
        assertThat(violations(backwards)).anySatisfy(violation -> {
            assertThat(violation.getString("focusNode")).isEqualTo("<" + AGREEMENTS + name + ">");
            assertThat(violation.getString("path")).isEqualTo("schema:startDate");
            assertThat(violation.getString("value")).isEqualTo("\"2024\"^^xsd:gYear");
        });
        snapshot().assertSameAs(before);
        assertThat(store.generation()).isEqualTo(generation);
    }

    /**
     * Personal data given as an IRI — an e-mail address as {@code foaf:mbox <mailto:…>}, a telephone number as
     * {@code schema:telephone <tel:…>}, or either scheme on any property — is refused on every write path,
     * into a fresh graph and into one that already holds valid data, and leaves every graph as it was: it
     * never reaches {@code /id/city/espoo}.
     */
    @ParameterizedTest
    @EnumSource(value = WritePath.class, names = {"SPARQL_UPDATE_BODY", "SPARQL_UPDATE_FORM", "GSP_PUT", "GSP_POST"})
    void contactDetailsGivenAsIrisAreRefusedOnEveryWritePath(WritePath path) {
        String existing = graph("contacts-" + path.name().toLowerCase());
        assertThat(write(WritePath.GSP_PUT, existing, agreement("contacts-" + path.name().toLowerCase()), BASIC)
                .statusCode()).isEqualTo(201);
        Map<String, String> contacts = Map.of(
                "city:espoo <http://xmlns.com/foaf/0.1/mbox> <mailto:etunimi.sukunimi@espoo.fi> .",
                "mailto:etunimi.sukunimi@espoo.fi",
                "city:espoo <http://schema.org/telephone> <tel:+358-9-81621> .", "tel:+358-9-81621",
                "city:helsinki <http://www.w3.org/2000/01/rdf-schema#seeAlso> <MAILTO:kirjaamo@hel.fi> .",
                "MAILTO:kirjaamo@hel.fi",
                "<https://example.org/someone> <https://example.org/reach> <tel:+358401234567> .",
                "https://example.org/someone");
        for (String graph : List.of(graph("contacts-fresh-" + path.name().toLowerCase()), existing)) {
            StoreSnapshot before = snapshot();
            long generation = store.generation();
            // All four in one change: each is reported, and none of them (nor anything else) is written.
            JsonObject refused = problem(write(path, graph, String.join("\n", contacts.keySet()), BEARER), 422,
                    "shape-violation");
            List<String> reported = violations(refused).stream().map(JsonObject::toString).toList();
            contacts.forEach((statement, shown) -> assertThat(reported).as("%s into %s", statement, graph)
                    .anySatisfy(violation -> assertThat(violation).contains(shown)));
            snapshot().assertSameAs(before);
            assertThat(store.generation()).isEqualTo(generation);
        }
        assertThat(http.send("GET", service("/id/city/espoo.ttl"), null, null, WriteHttp.Credentials.NONE).body())
                .doesNotContain("mailto:").doesNotContain("tel:");
        assertThat(graphStore("DELETE", "graph=" + WriteHttp.encode(existing), null, null, BEARER).statusCode())
                .isEqualTo(204);
    }

    @Test
    void aMultiOperationUpdateIsAllOrNothing() {
        StoreSnapshot before = snapshot();
        long generation = store.generation();
        String fine = "INSERT DATA { GRAPH <" + graph("multi") + "> {\n" + agreement("multi-fine") + "} }";
        String broken = "INSERT DATA { GRAPH <" + graph("multi") + "> {\n"
                + agreement("multi-broken", ONE_PARTY, "2020", "2024") + "} }";
        JsonObject refused = problem(update(fine + " ;\n" + broken, BASIC), 422, "shape-violation");
        assertThat(violations(refused)).allSatisfy(violation ->
                assertThat(violation.getString("focusNode")).isEqualTo("<" + AGREEMENTS + "multi-broken>"));
        problem(update(fine + " ;\nINSERT DATA { GRAPH <https://w3id.org/citynet/graph/ontology> { city:x a cn:City } }",
                BEARER), 403, "protected-graph");
        snapshot().assertSameAs(before);
        assertThat(store.generation()).isEqualTo(generation);
        assertThat(holds(store, graph("multi"), "multi-fine")).isFalse();
    }

    @Test
    void deletingAGraphThatOtherGraphsNeedIsRefused() {
        String sources = graph("shared-source");
        String facts = graph("facts-on-shared-source");
        assertThat(graphStore("PUT", "graph=" + WriteHttp.encode(sources), "text/turtle",
                "<https://example.org/source/shared> a <http://www.w3.org/ns/prov#Entity> .", BASIC).statusCode())
                .isEqualTo(201);
        String derived = agreement("derived").replace("<https://example.org/source/derived> a prov:Entity ;"
                + " dct:title \"Test source\"@en .\n", "").replace("source/derived", "source/shared");
        assertThat(write(WritePath.GSP_PUT, facts, derived, BASIC).statusCode()).isEqualTo(201);
        long generation = store.generation();
        JsonObject refused = problem(graphStore("DELETE", "graph=" + WriteHttp.encode(sources), null, null, BEARER),
                422, "shape-violation");
        assertThat(violations(refused)).anySatisfy(violation -> {
            assertThat(violation.getString("focusNode")).isEqualTo("<" + AGREEMENTS + "derived>");
            assertThat(violation.getString("path")).isEqualTo("prov:wasDerivedFrom");
        });
        assertThat(graphExists(store, sources)).isTrue();
        assertThat(store.generation()).isEqualTo(generation);
        assertThat(graphStore("DELETE", "graph=" + WriteHttp.encode(facts), null, null, BEARER).statusCode())
                .isEqualTo(204);
        assertThat(graphStore("DELETE", "graph=" + WriteHttp.encode(sources), null, null, BEARER).statusCode())
                .isEqualTo(204);
        problem(graphStore("DELETE", "graph=" + WriteHttp.encode(sources), null, null, BEARER), 404, "not-found");
    }

    @Test
    void protectedGraphsAreRefusedOnEveryPath() {
        StoreSnapshot before = snapshot();
        long generation = store.generation();
        String ontology = "https://w3id.org/citynet/graph/ontology";
        for (String graph : List.of(ontology, "https://w3id.org/citynet/graph/load",
                "https://w3id.org/citynet/graph/source-000", "https://w3id.org/citynet/graph/source-123",
                "https://w3id.org/citynet/graph/curated", "https://w3id.org/citynet/graph/sources")) {
            for (WritePath path : List.of(WritePath.SPARQL_UPDATE_BODY, WritePath.SPARQL_UPDATE_FORM,
                    WritePath.GSP_PUT, WritePath.GSP_POST, WritePath.GSP_DELETE)) {
                JsonObject problem = problem(write(path, graph, agreement("protected"), BASIC), 403, "protected-graph");
                assertThat(problem.get("graphs").getAsArray()).as("%s %s", path, graph)
                        .anySatisfy(named -> assertThat(named.getAsString().value()).isEqualTo(graph));
            }
        }
        problem(update("INSERT DATA { " + agreement("default-graph") + " }", BASIC), 403, "protected-graph");
        problem(update("DROP ALL", BEARER), 403, "protected-graph");
        problem(update("CLEAR GRAPH <" + ontology + ">", BEARER), 403, "protected-graph");
        problem(update("DELETE WHERE { GRAPH ?g { ?s a cn:City } }", BEARER), 403, "protected-graph");
        problem(graphStore("PUT", "default", "text/turtle", "<urn:a> <urn:b> <urn:c> .", BASIC), 403, "protected-graph");
        problem(graphStore("DELETE", "default", null, null, BASIC), 403, "protected-graph");
        snapshot().assertSameAs(before);
        assertThat(store.generation()).isEqualTo(generation);
    }

    @Test
    void writesFromPagesOfOtherOriginsAreRefusedEvenWithCredentials() {
        StoreSnapshot before = snapshot();
        long generation = store.generation();
        String graph = graph("cross-origin");
        problem(write(WritePath.SPARQL_UPDATE_FORM, graph, agreement("cross"), BASIC,
                "Origin", "https://elsewhere.example"), 403, "cross-origin-write");
        problem(write(WritePath.GSP_PUT, graph, agreement("cross"), BEARER, "Origin", "null"), 403,
                "cross-origin-write");
        problem(write(WritePath.SPARQL_UPDATE_BODY, graph, agreement("cross"), BASIC,
                "Sec-Fetch-Site", "cross-site"), 403, "cross-origin-write");
        // Refused before authentication: no login prompt for the other page's visitor.
        HttpResponse<String> anonymous = write(WritePath.SPARQL_UPDATE_FORM, graph, agreement("cross"),
                WriteHttp.Credentials.NONE, "Origin", "https://elsewhere.example");
        problem(anonymous, 403, "cross-origin-write");
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isEmpty();
        snapshot().assertSameAs(before);
        assertThat(store.generation()).isEqualTo(generation);
        assertThat(write(WritePath.SPARQL_UPDATE_FORM, graph, agreement("same-origin"), BASIC,
                "Origin", service(), "Sec-Fetch-Site", "same-origin").statusCode()).isEqualTo(204);
    }

    private static List<JsonObject> violations(JsonObject problem) {
        JsonArray violations = problem.get("violations").getAsArray();
        assertThat(violations).isNotEmpty();
        return violations.stream().map(JsonValue::getAsObject).toList();
    }
}
