package org.citynet.web.linkeddata;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;

import org.citynet.web.system.PublishedContext;

/**
 * The JSON-LD context published at {@code /context.jsonld}: a term for each of the {@link Prefixes} every
 * RDF representation is written with, so that JSON-LD compacted against it reads as the Turtle does
 * ({@code cn:twinnedWith}, {@code "@id": "city:espoo"}). Immutable; one per application.
 */
public final class JsonLdContext {

    private final JsonObject context;
    private final String document;

    public JsonLdContext(Prefixes prefixes) {
        JsonObjectBuilder terms = Json.createObjectBuilder();
        prefixes.asMap().forEach(terms::add);
        this.context = Json.createObjectBuilder().add("@context", terms).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out, StandardCharsets.UTF_8)) {
            writer.write(context);
        }
        this.document = out.toString(StandardCharsets.UTF_8).strip() + "\n";
    }

    /** The context document, {@code {"@context": {prefix: namespace, ...}}}. */
    public String document() {
        return document;
    }

    /** The context as published at {@code url}, for JSON-LD answers to reference. */
    public PublishedContext at(String url) {
        return new PublishedContext(url, context);
    }
}
