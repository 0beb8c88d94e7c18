package org.citynet.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.RdfDataset;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** JSON-LD compacted by Titanium against a published context, which it references by URL. */
class PublishedContextTest {

    private static final String URL = "http://localhost:8080/context.jsonld";
    private static final String ESPOO = "https://w3id.org/citynet/id/city/espoo";
    private static final String CN = "https://w3id.org/citynet/ontology#";

    private final JsonObject document = Json.createObjectBuilder().add("@context", Json.createObjectBuilder()
            .add("cn", CN).add("city", "https://w3id.org/citynet/id/city/")).build();

    @Test
    void theAnswerReferencesTheContextFirstAndUsesItsPrefixes() {
        JsonObject json = Json.createReader(new StringReader(written(graph()))).readObject();
        assertThat(json.keySet().iterator().next()).isEqualTo("@context");
        assertThat(json.getString("@context")).isEqualTo(URL);
        assertThat(json.toString()).contains("\"city:espoo\"", "\"cn:twinnedWith\"", "\"city:kongsberg\"")
                .doesNotContain(ESPOO);
    }

    @Test
    void readWithThePublishedContextItHoldsTheSameStatements() throws Exception {
        List<String> loaded = new ArrayList<>();
        RdfDataset dataset = JsonLd.toRdf(JsonDocument.of(new ByteArrayInputStream(written(graph())
                .getBytes(StandardCharsets.UTF_8)))).loader((url, options) -> {
                    loaded.add(url.toString());
                    return JsonDocument.of(document);
                }).get();
        assertThat(loaded).containsExactly(URL);
        assertThat(dataset.size()).isEqualTo(graph().size());
    }

    private String written(Graph graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PublishedContext(URL, document).write(graph, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Graph graph() {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(Triple.create(NodeFactory.createURI(ESPOO), NodeFactory.createURI(CN + "twinnedWith"),
                NodeFactory.createURI("https://w3id.org/citynet/id/city/kongsberg")));
        graph.add(Triple.create(NodeFactory.createURI(ESPOO), NodeFactory.createURI(CN + "name"),
                NodeFactory.createLiteralLang("Esbo", "sv")));
        return graph;
    }
}
