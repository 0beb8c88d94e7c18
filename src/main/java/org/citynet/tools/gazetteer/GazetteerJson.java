package org.citynet.tools.gazetteer;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads the package's {@code package.json} with Jackson's token parser: its top-level string fields (name,
 * version, licence, homepage); nested objects are skipped, other shapes refused with the position of the
 * first surprise.
 */
final class GazetteerJson {

    // The tarball's stream carries on after one file; the parser must not close it.
    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();

    private GazetteerJson() {
    }

    /** Reads one flat object (package.json): its top-level string fields. */
    static Map<String, String> readObject(InputStream in, String file) {
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), in)) {
            expect(parser, parser.nextToken() == JsonToken.START_OBJECT, file, "an object");
            return fields(parser, file);
        } catch (JacksonException e) {
            throw new GazetteerException(file + ": not the JSON expected: " + e.getOriginalMessage(), e);
        }
    }

    private static Map<String, String> fields(JsonParser parser, String file) {
        Map<String, String> fields = new HashMap<>(8);
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == JsonToken.VALUE_STRING) {
                fields.put(name, parser.getString());
            } else {
                // package.json has nested objects (exports, scripts); they are not needed.
                parser.skipChildren();
            }
        }
        expect(parser, parser.currentToken() == JsonToken.END_OBJECT, file, "the end of an object");
        return fields;
    }

    private static void expect(JsonParser parser, boolean ok, String file, String what) {
        if (!ok) {
            throw new GazetteerException(file + ": expected " + what + " at " + parser.currentLocation()
                    .offsetDescription());
        }
    }
}
