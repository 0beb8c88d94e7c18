package org.citynet.web.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.citynet.support.ServiceTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The embedded Fuseki offers none of Fuseki's administration protocol: adding or deleting datasets,
 * backups, compaction, statistics, metrics, tasks and server information are not there at all (404), so
 * they need neither authentication nor a loopback-only binding. Only {@code /$/ping} answers. A DELETE
 * gets 405 rather than 404, as it does on any path the server does not know ({@code /no-such-path} is
 * checked alongside); after every request the dataset is still served and nothing was written.
 */
class FusekiAdminEndpointsIT extends ServiceTestBase {

    @Autowired
    EmbeddedFuseki fuseki;

    private final HttpClient http = HttpClient.newHttpClient();

    @ParameterizedTest(name = "{0} {1} is not there")
    @CsvSource({
        "GET,    /$/server,             404",
        "GET,    /$/datasets,           404",
        "GET,    /$/datasets/citynet,   404",
        "POST,   /$/datasets,           404",
        "DELETE, /$/datasets/citynet,   405",
        "DELETE, /no-such-path,         405",
        "POST,   /$/backup/citynet,     404",
        "GET,    /$/backups/list,       404",
        "POST,   /$/compact/citynet,    404",
        "GET,    /$/stats,              404",
        "GET,    /$/stats/citynet,      404",
        "GET,    /$/metrics,            404",
        "GET,    /$/tasks,              404",
        "GET,    /$/logs,               404",
        "POST,   /$/sleep,              404",
        "POST,   /$/reload,             404",
    })
    void adminEndpointsAreNotThere(String method, String path, int status) throws Exception {
        long generation = store.generation();

        HttpResponse<String> response = send(method, path);

        assertThat(response.statusCode()).as("%s %s", method, path).isEqualTo(status);
        assertThat(store.generation()).as("nothing written").isEqualTo(generation);
        assertThat(send("GET", "/citynet?query=ASK%7B%3Fs%3Fp%3Fo%7D").statusCode())
                .as("the dataset is still served").isEqualTo(200);
    }

    @Test
    void pingAnswers() throws Exception {
        assertThat(send("GET", "/$/ping").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + fuseki.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
