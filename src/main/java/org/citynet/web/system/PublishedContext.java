package org.citynet.web.system;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdVersion;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.serialization.QuadsToJsonld;
import com.apicatalog.rdf.api.RdfConsumerException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Symbol;

/**
 * A JSON-LD context published at a URL, for JSON-LD answers that reference it ({@code "@context": url})
 * instead of carrying their own. Written by Titanium, Jena's JSON-LD 1.1 engine: the statements become
 * expanded JSON-LD ({@code fromRdf}) and are compacted against the context named by its URL, which a document
 * loader of this class resolves to {@link #document()} without going to the network (the URL is this
 * service's own). An answer asks for it by carrying it in its dataset's context ({@link #attachTo}), where
 * {@link RdfMessageConverter} finds it. Immutable.
 *
 * @param url      where the context is published, as the client reaches it
 * @param document the published document, {@code {"@context": {...}}}
 */
public record PublishedContext(String url, JsonObject document) {

    private static final Symbol SYMBOL = Symbol.create("https://w3id.org/citynet/published-json-ld-context");
    private static final JsonWriterFactory PRETTY = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    /** The context {@code data} carries, or null. */
    static PublishedContext of(DatasetGraph data) {
        return data.getContext().get(SYMBOL) instanceof PublishedContext context ? context : null;
    }

    /** Makes JSON-LD of {@code data} reference this context; returns {@code data}. */
    public DatasetGraph attachTo(DatasetGraph data) {
        data.getContext().set(SYMBOL, this);
        return data;
    }

    /** Writes the graph as JSON-LD compacted against this context, whose {@code @context} is its URL. */
    public void write(Graph graph, OutputStream out) {
        JsonObject compacted;
        try {
            compacted = JsonLd.compact(JsonDocument.of(expanded(graph)),
                            JsonDocument.of(Json.createObjectBuilder().add("@context", url).build()))
                    .loader(loader()).ordered(true).get();
        } catch (JsonLdError e) {
            throw new IllegalStateException("JSON-LD compaction against " + url + " failed", e);
        }
        // Titanium adds the context last; first, it lets streaming JSON-LD parsers (Comunica's) read as they go,
        // as JSON-LD 1.1's streaming profile asks.
        JsonObjectBuilder contextFirst = Json.createObjectBuilder().add("@context", url);
        compacted.forEach((key, value) -> {
            if (!key.equals("@context")) {
                contextFirst.add(key, value);
            }
        });
        try (JsonWriter writer = PRETTY.createWriter(out, StandardCharsets.UTF_8)) {
            writer.write(contextFirst.build());
        }
    }

    /** Resolves the context's own URL, and nothing else: no JSON-LD answer makes this service fetch a URL. */
    private DocumentLoader loader() {
        return (requested, options) -> {
            if (!requested.toString().equals(url)) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "Not loaded: " + requested);
            }
            return JsonDocument.of(document);
        };
    }

    private static jakarta.json.JsonArray expanded(Graph graph) throws JsonLdError {
        QuadsToJsonld expanded = JsonLd.fromRdf().mode(JsonLdVersion.V1_1).ordered(true);
        try {
            for (Triple triple : graph.find().toList()) {
                Node object = triple.getObject();
                if (object.isLiteral()) {
                    String language = object.getLiteralLanguage();
                    expanded.quad(term(triple.getSubject()), term(triple.getPredicate()), object.getLiteralLexicalForm(),
                            object.getLiteralDatatypeURI(), language.isEmpty() ? null : language, null, null);
                } else {
                    expanded.quad(term(triple.getSubject()), term(triple.getPredicate()), term(object), null, null,
                            null, null);
                }
            }
        } catch (RdfConsumerException e) {
            throw new IllegalStateException("Not expressible in JSON-LD", e);
        }
        return expanded.toJsonLd();
    }

    private static String term(Node node) {
        return node.isBlank() ? "_:" + node.getBlankNodeLabel() : node.getURI();
    }
}
