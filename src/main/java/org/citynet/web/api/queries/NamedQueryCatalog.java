package org.citynet.web.api.queries;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every named query of a folder ({@code queries/}), read once. A folder with any unreadable file is
 * refused as a whole, naming every file and problem, so that a broken query is found at start-up
 * rather than by the first user who calls it.
 */
public final class NamedQueryCatalog {

    private final Map<String, NamedQuery> queries;

    private NamedQueryCatalog(Map<String, NamedQuery> queries) {
        this.queries = Collections.unmodifiableMap(queries);
    }

    public static NamedQueryCatalog load(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw NamedQueryException.inFolder(folder.toString(), List.of("the folder does not exist"));
        }
        Map<String, NamedQuery> queries = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Path file : rqFiles(folder)) {
            String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
            try {
                queries.put(name, NamedQueryParser.parse(name, Files.readString(file, StandardCharsets.UTF_8)));
            } catch (NamedQueryException e) {
                problems.add(e.getMessage());
            } catch (IOException e) {
                problems.add("queries/" + file.getFileName() + ": cannot be read: " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw NamedQueryException.inFolder(folder.toString(), problems);
        }
        return new NamedQueryCatalog(queries);
    }

    private static List<Path> rqFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<NamedQuery> all() {
        return List.copyOf(queries.values());
    }

    public Optional<NamedQuery> find(String name) {
        return Optional.ofNullable(queries.get(name));
    }
}
