package org.citynet.web.linkeddata;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The published JSON-LD context ({@code /context.jsonld}) and JSON-LD output that references it. RIOT's
 * JSON-LD writer compacts with a context made from the prefix map it is given; the published context is
 * made from the very same {@link Prefixes}, so replacing the inline context by a reference to the
 * published one changes nothing in what the document means. Immutable; one per application.
 */
public final class JsonLdContext {

    private static final JsonWriterFactory PRETTY = Json.createWriterFactory(
            Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private final Prefixes prefixes;
    private final String document;

    public JsonLdContext(Prefixes prefixes) {
        this.prefixes = prefixes;
        JsonObjectBuilder context = Json.createObjectBuilder();
        prefixes.asMap().forEach(context::add);
        this.document = write(Json.createObjectBuilder().add("@context", context).build());
    }

    /** The context document, {@code {"@context": {prefix: namespace, ...}}}. */
    public String document() {
        return document;
    }

    /** Writes the graph as compacted JSON-LD whose {@code @context} is the URL of the published context. */
    public void write(Graph data, String contextUrl, OutputStream out) {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.getPrefixMapping().setNsPrefixes(prefixes.asMap());
        data.find().forEach(graph::add);
        ByteArrayOutputStream compacted = new ByteArrayOutputStream();
        RDFWriter.source(graph).format(RDFFormat.JSONLD11_PRETTY).output(compacted);
        JsonStructure json;
        try (var reader = Json.createReader(new StringReader(compacted.toString(StandardCharsets.UTF_8)))) {
            json = reader.read();
        }
        JsonObjectBuilder result = Json.createObjectBuilder().add("@context", contextUrl);
        if (json instanceof JsonObject object) {
            object.forEach((key, value) -> {
                if (!key.equals("@context")) {
                    result.add(key, value);
                }
            });
        } else {
            // Without a shared subject RIOT writes a bare array of nodes: keep them as the @graph.
            result.add("@graph", (JsonValue) json);
        }
        try (JsonWriter writer = PRETTY.createWriter(out, StandardCharsets.UTF_8)) {
            writer.write(result.build());
        }
    }

    private static String write(JsonObject object) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonWriter writer = PRETTY.createWriter(out, StandardCharsets.UTF_8)) {
            writer.write(object);
        }
        return out.toString(StandardCharsets.UTF_8).strip() + "\n";
    }
}
