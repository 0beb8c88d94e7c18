package org.citynet.web.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.rdfconnection.RDFConnection;
import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.support.Problems;

/**
 * What the write integration tests share: the data they write (agreements that keep or break the shapes),
 * secrets made fresh for each run, and the checks of a refusal. Test helper.
 */
final class WriteTestSupport {

    static final String PROBLEMS = Problems.TYPE_BASE;
    static final String TEST_GRAPHS = "https://w3id.org/citynet/graph/test/";
    static final String AGREEMENTS = "https://w3id.org/citynet/id/agreement/test-";
    static final String PREFIXES = """
            PREFIX cn: <https://w3id.org/citynet/ontology#>
            PREFIX city: <https://w3id.org/citynet/id/city/>
            PREFIX schema: <http://schema.org/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;

    private WriteTestSupport() {
    }

    /** A random secret, as the README tells to make one (32 random bytes, base64url). */
    static String secret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256Hex(String token) {
        return HexFormat.of().formatHex(ApiTokens.sha256(token));
    }

    /** A partnership agreement with its own source entity, valid as it stands. */
    static String agreement(String name) {
        return agreement(name, "city:espoo , city:helsinki", "2020", "2024");
    }

    /** @param parties Turtle object list; one party breaks the shapes, and so does an end before the start */
    static String agreement(String name, String parties, String startYear, String endYear) {
        return "<" + AGREEMENTS + name + "> a cn:PartnershipAgreement ; cn:party " + parties + " ;\n"
                + "    schema:startDate \"" + startYear + "\"^^xsd:gYear ; schema:endDate \"" + endYear + "\"^^xsd:gYear ;\n"
                + "    prov:wasDerivedFrom <https://example.org/source/" + name + "> .\n"
                + "<https://example.org/source/" + name + "> a prov:Entity ; dct:title \"Test source\"@en .\n";
    }

    static String graph(String name) {
        return TEST_GRAPHS + name;
    }

    /** True if the store has a graph of that name with the agreement of that name in it. */
    static boolean holds(KnowledgeStore store, String graph, String agreement) {
        try (RDFConnection connection = store.connect()) {
            return connection.queryAsk("ASK { GRAPH <" + graph + "> { <" + AGREEMENTS + agreement + "> ?p ?o } }");
        }
    }

    static boolean graphExists(KnowledgeStore store, String graph) {
        try (RDFConnection connection = store.connect()) {
            return connection.queryAsk("ASK { GRAPH <" + graph + "> { ?s ?p ?o } }");
        }
    }

    /** A problem+json of that status and type, with no trace of the implementation. */
    static JsonObject problem(HttpResponse<String> response, int status, String type) {
        return Problems.expect(response, status, type);
    }

    /** 401 with a challenge for each scheme, and nothing a browser session could be made of. */
    static void unauthorized(HttpResponse<String> response) {
        problem(response, 401, "unauthorized");
        assertThat(response.headers().allValues("WWW-Authenticate"))
                .anySatisfy(challenge -> assertThat(challenge).startsWith("Basic realm=\"citynet\""))
                .anySatisfy(challenge -> assertThat(challenge).startsWith("Bearer realm=\"citynet\""));
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }
}
