package org.citynet.web.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citynet.web.system.security.WriteTestSupport.agreement;
import static org.citynet.web.system.security.WriteTestSupport.graph;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;

import org.apache.jena.atlas.json.JsonObject;
import org.citynet.kernel.backup.StoreSnapshot;
import org.citynet.support.ServiceTestBase;
import org.citynet.web.sparql.EmbeddedFuseki;
import org.citynet.web.system.security.WriteHttp.Credentials;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The default: no user and no API token configured, so writes are off. Every write path is refused, on
 * the service with 403 saying that writes are not enabled (never a login challenge no one could answer),
 * on Fuseki because it has no write path; whatever credentials come along, nothing changes.
 */
class WritesOffIT extends ServiceTestBase {

    @Autowired
    EmbeddedFuseki fuseki;

    private final WriteHttp http = new WriteHttp();

    @ParameterizedTest
    @EnumSource(WritePath.class)
    void everyWriteIsRefusedAndChangesNothing(WritePath path) {
        StoreSnapshot before = StoreSnapshot.of(store);
        long generation = store.generation();
        String graph = graph("off-" + path.name().toLowerCase());
        String base = path.onService() ? "http://localhost:" + port : fuseki.datasetUrl();
        for (Credentials credentials : List.of(Credentials.NONE, Credentials.basic("editor", "anything"),
                Credentials.bearer("a token", WriteTestSupport.secret()))) {
            HttpResponse<String> response = http.send(path.method(), path.uri(base, graph), path.contentType(),
                    path.body(graph, WriteTestSupport.PREFIXES, agreement("off")), credentials);
            if (path.onService()) {
                JsonObject problem = WriteTestSupport.problem(response, 403, "writes-not-enabled");
                assertThat(problem.getString("detail")).contains("no users or API tokens are configured");
                assertThat(response.headers().firstValue("WWW-Authenticate")).as("%s", credentials).isEmpty();
            } else {
                assertThat(response.statusCode()).as("%s %s", path, credentials).isBetween(400, 499);
            }
        }
        StoreSnapshot.of(store).assertSameAs(before);
        assertThat(store.generation()).isEqualTo(generation);
        assertThat(http.get(URI.create("http://localhost:" + port + "/sparql/graph?graph="
                + WriteHttp.encode("https://w3id.org/citynet/graph/source-000")), "text/turtle").statusCode())
                .as("Graph Store reads stay public").isEqualTo(200);
    }
}
