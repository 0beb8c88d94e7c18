package org.citynet.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.citynet.kernel.store.KnowledgeStore;

/** HTTP and counting helpers shared by the catalogue's integration tests. */
final class HarvestingSupport {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String root;

    HarvestingSupport(int port) {
        this.root = "http://localhost:" + port + "/";
    }

    String root() {
        return root;
    }

    HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + path));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** GETs {@code path} and parses the answer with Jena in the language its Content-Type names. */
    Model model(String path, String accept) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path, accept);
        assertThat(response.statusCode()).as("GET %s (%s): %s", path, accept, response.body()).isEqualTo(200);
        String contentType = response.headers().firstValue("Content-Type").orElseThrow();
        Lang lang = RDFLanguages.contentTypeToLang(contentType.split(";")[0].trim());
        assertThat(lang).as("RDF language of %s", contentType).isNotNull();
        return RDFParser.fromString(response.body(), lang).toModel();
    }

    /** The one row of a SELECT over an in-memory model (a parsed answer); fails if there is none. */
    static QuerySolution single(Model model, String query) {
        try (RDFConnection connection = RDFConnection.connect(DatasetFactory.wrap(model))) {
            QuerySolution[] row = new QuerySolution[1];
            connection.querySelect(query, solution -> row[0] = solution);
            assertThat(row[0]).as("a row of %s", query).isNotNull();
            return row[0];
        }
    }

    /** A single number from a SELECT with one row and one variable {@code ?n}, asked of the store directly. */
    static long count(KnowledgeStore store, String query) {
        try (RDFConnection connection = store.connect()) {
            long[] n = new long[1];
            connection.querySelect(query, row -> n[0] = row.getLiteral("n").getLong());
            return n[0];
        }
    }
}
