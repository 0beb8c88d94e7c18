package org.citynet.web.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citynet.web.system.security.WriteTestSupport.agreement;
import static org.citynet.web.system.security.WriteTestSupport.graph;
import static org.citynet.web.system.security.WriteTestSupport.holds;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.citynet.kernel.backup.StoreSnapshot;
import org.citynet.web.system.security.WriteHttp.Credentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every write path, tried without credentials, with wrong ones and with valid ones: the service's paths
 * answer 401 (with the challenges) to the first two and commit for a valid user or token; the embedded
 * Fuseki has no write path at all and no administration endpoint. A refusal leaves every graph as it was
 * and the store's generation where it was; a commit advances it by one.
 */
class WritePathsIT extends WriteTestBase {

    private static final List<Credentials> NOT_ACCEPTED = List.of(
            Credentials.NONE,
            Credentials.basic(EDITOR, "wrong-" + PASSWORD),
            Credentials.basic("nobody", PASSWORD),
            Credentials.basic(EDITOR, ""),
            Credentials.bearer("unknown token", "x" + TOKEN),
            Credentials.bearer("token hash as token", WriteTestSupport.sha256Hex(TOKEN)),
            Credentials.bearer("empty Bearer", ""),
            new Credentials("unknown scheme", "Digest username=\"editor\""));

    @ParameterizedTest
    @EnumSource(WritePath.class)
    void withoutValidCredentialsEveryWriteIsRefusedAndChangesNothing(WritePath path) {
        StoreSnapshot before = snapshot();
        long generation = store.generation();
        String graph = graph("refused-" + path.name().toLowerCase());
        for (Credentials credentials : NOT_ACCEPTED) {
            HttpResponse<String> response = write(path, graph, agreement("refused"), credentials);
            if (path.onService()) {
                WriteTestSupport.unauthorized(response);
            } else {
                assertThat(response.statusCode()).as("%s %s", path, credentials).isBetween(400, 499);
            }
            if (path.onService() && credentials.description().equals("unknown token")) {
                assertThat(response.headers().allValues("WWW-Authenticate")).as("%s", path)
                        .anySatisfy(challenge -> assertThat(challenge).contains("error=\"invalid_token\""));
            }
        }
        snapshot().assertSameAs(before);
        assertThat(store.generation()).isEqualTo(generation);
    }

    @ParameterizedTest
    @EnumSource(value = WritePath.class, mode = EnumSource.Mode.MATCH_ANY, names = "FUSEKI_.*")
    void fusekiRefusesWritesEvenWithTheServicesCredentials(WritePath path) {
        StoreSnapshot before = snapshot();
        long generation = store.generation();
        for (Credentials credentials : List.of(BASIC, BEARER)) {
            HttpResponse<String> response = write(path, graph("fuseki"), agreement("fuseki"), credentials);
            assertThat(response.statusCode()).as("%s %s", path, credentials).isBetween(400, 499);
        }
        snapshot().assertSameAs(before);
        assertThat(store.generation()).isEqualTo(generation);
    }

    static Stream<Arguments> serviceWritesAndCredentials() {
        return Arrays.stream(WritePath.values()).filter(WritePath::onService)
                .flatMap(path -> Stream.of(Arguments.of(path, BASIC), Arguments.of(path, BEARER)));
    }

    @ParameterizedTest
    @MethodSource("serviceWritesAndCredentials")
    void aValidUserOrTokenWritesAValidChange(WritePath path, Credentials credentials) {
        String name = path.name().toLowerCase() + "-" + (credentials == BASIC ? "basic" : "bearer");
        String graph = graph(name);
        if (path == WritePath.GSP_DELETE) {
            assertThat(write(WritePath.GSP_PUT, graph, agreement(name), credentials).statusCode()).isEqualTo(201);
            assertThat(holds(store, graph, name)).isTrue();
        }
        long generation = store.generation();
        HttpResponse<String> response = write(path, graph, agreement(name), credentials);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(switch (path) {
            case GSP_PUT, GSP_POST -> 201;
            default -> 204;
        });
        assertThat(store.generation()).isEqualTo(generation + 1);
        assertThat(holds(store, graph, name)).isEqualTo(path != WritePath.GSP_DELETE);
        if (response.statusCode() == 201) {
            // The Location is the graph's Graph Store URL: anyone can read the new graph there.
            HttpResponse<String> created = http.get(URI.create(response.headers().firstValue("Location")
                    .orElseThrow()), "application/n-triples");
            assertThat(created.statusCode()).isEqualTo(200);
            assertThat(created.body()).contains("<" + WriteTestSupport.AGREEMENTS + name + ">");
        }
    }

    @Test
    void aPutToAnExistingGraphReplacesItAndSays204() {
        String graph = graph("replaced");
        assertThat(write(WritePath.GSP_PUT, graph, agreement("first"), BASIC).statusCode()).isEqualTo(201);
        assertThat(write(WritePath.GSP_PUT, graph, agreement("second"), BEARER).statusCode()).isEqualTo(204);
        assertThat(holds(store, graph, "first")).isFalse();
        assertThat(holds(store, graph, "second")).isTrue();
        assertThat(write(WritePath.GSP_POST, graph, agreement("third"), BASIC).statusCode()).isEqualTo(204);
        assertThat(holds(store, graph, "second")).isTrue();
        assertThat(holds(store, graph, "third")).isTrue();
    }

    @Test
    void refusalsAreProblemDetailsWhateverTheClientAccepts() {
        for (String accept : List.of("text/turtle", "application/sparql-results+json", "text/html")) {
            WriteTestSupport.unauthorized(write(WritePath.GSP_PUT, graph("accept"), agreement("accept"),
                    Credentials.NONE, "Accept", accept));
            WriteTestSupport.problem(write(WritePath.SPARQL_UPDATE_BODY, graph("accept"),
                    agreement("accept", "city:espoo", "2020", "2024"), BEARER, "Accept", accept), 422,
                    "shape-violation");
        }
    }

    @Test
    void fusekiHasNoAdministrationEndpointsButPing() {
        String server = "http://localhost:" + fuseki.port();
        assertThat(http.get(URI.create(server + "/$/ping"), "*/*").statusCode()).isEqualTo(200);
        for (String admin : List.of("/$/server", "/$/datasets", "/$/datasets/citynet", "/$/stats", "/$/stats/citynet",
                "/$/metrics", "/$/tasks", "/$/compact/citynet", "/$/backup/citynet", "/$/backups/list", "/$/reload",
                "/$/sleep", "/$/logs")) {
            assertThat(http.get(URI.create(server + admin), "*/*").statusCode()).as("GET %s", admin)
                    .isEqualTo(404);
            for (String method : List.of("POST", "DELETE")) {
                HttpResponse<String> response = http.send(method, URI.create(server + admin), null, null,
                        BASIC);
                // Jetty answers 405 to methods its not-found servlet does not implement: still no endpoint.
                assertThat(response.statusCode()).as("%s %s", method, admin).isIn(404, 405);
            }
        }
    }

    @Test
    void readsStayPublicAndIgnoreCredentials() {
        String ask = "/sparql?query=" + WriteHttp.encode("ASK { ?s ?p ?o }");
        for (Credentials credentials : List.of(Credentials.NONE, Credentials.basic(EDITOR, "wrong"),
                Credentials.bearer("bad token", "nope"), BASIC)) {
            HttpResponse<String> response = http.send("GET", service(ask), null, null, credentials,
                    "Accept", "application/sparql-results+json");
            assertThat(response.statusCode()).as("%s", credentials).isEqualTo(200);
            assertThat(response.body()).contains("true");
            HttpResponse<String> form = http.send("POST", service("/sparql"), "application/x-www-form-urlencoded",
                    "query=" + WriteHttp.encode("ASK { ?s ?p ?o }"), credentials);
            assertThat(form.statusCode()).as("form query, %s", credentials).isEqualTo(200);
            assertThat(http.send("GET", service("/api/cities"), null, null, credentials).statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        }
    }
}
