package org.citynet.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The differences the suite knows of and does not fail on, each with its cause:
 * {@code src/test/resources/conformance/known-differences.tsv} (store, surface, cause), the causes explained in
 * {@code docs/store-conformance.md}. Any other difference fails the suite; a known one that has gone is
 * reported so that the list is kept short.
 */
final class KnownDifferences {

    private static final String RESOURCE = "/conformance/known-differences.tsv";

    private final Map<String, String> causes;

    private KnownDifferences(Map<String, String> causes) {
        this.causes = causes;
    }

    static KnownDifferences load() {
        Map<String, String> causes = new LinkedHashMap<>();
        try (InputStream in = KnownDifferences.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + RESOURCE);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length != 3) {
                    throw new IllegalStateException(RESOURCE + ": not store, surface, cause: " + line);
                }
                causes.put(key(fields[0], fields[1]), fields[2].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new KnownDifferences(causes);
    }

    /** Why the surface differs on the store, if that is known; {@code virtuoso*} names every Virtuoso run. */
    Optional<String> cause(String store, String surface) {
        String exact = causes.get(key(store, surface));
        if (exact != null) {
            return Optional.of(exact);
        }
        return causes.entrySet().stream().filter(entry -> {
            String[] known = entry.getKey().split("\t", 2);
            return known[0].endsWith("*") && store.startsWith(known[0].substring(0, known[0].length() - 1))
                    && known[1].equals(surface);
        }).map(Map.Entry::getValue).findFirst();
    }

    private static String key(String store, String surface) {
        return store + "\t" + surface;
    }
}
