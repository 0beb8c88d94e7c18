package org.citynet.web.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.citynet.support.ServiceTestBase;
import org.junit.jupiter.api.Test;

/**
 * With writes off (no user, no token) the service description says the endpoint is read-only and lists
 * no SPARQL Update; {@code SparqlProtocolIT} checks the opposite with writes on.
 */
class ServiceDescriptionIT extends ServiceTestBase {

    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";

    @Test
    void withWritesOffTheDescriptionSaysReadOnly() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url("/sparql"))).header("Accept", "text/turtle").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        Graph description = RDFParser.fromString(response.body(), Lang.TURTLE).toGraph();
        assertThat(description.contains(NodeFactory.createURI(url("/sparql#service")),
                NodeFactory.createURI(SD + "supportedLanguage"), NodeFactory.createURI(SD + "SPARQL11Query"))).isTrue();
        assertThat(description.contains(null, NodeFactory.createURI(SD + "supportedLanguage"),
                NodeFactory.createURI(SD + "SPARQL11Update"))).isFalse();
        assertThat(description.contains(null, NodeFactory.createURI(SD + "inputFormat"), null)).isFalse();
        assertThat(response.body()).contains("Read-only SPARQL 1.1 query endpoint");
    }
}
