package org.citynet.kernel.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The loader's test fixtures under {@code src/test/resources/loader}: a tiny ontology with shapes, good
 * data in {@code data/}, refused files in {@code broken/} and a warning-only file in {@code warning/}.
 */
public final class LoaderFixtures {

    /** Graphs and triples of the good fixture: ontology 6, agreements 7, cities 6, events 4 (with a blank node). */
    public static final int GOOD_GRAPHS = 4;
    public static final long GOOD_TRIPLES = 23;

    public static final String AGREEMENTS_GRAPH = "https://example.org/graph/agreements";
    public static final String CITIES_GRAPH = "https://w3id.org/citynet/graph/file/cities";
    public static final String EVENTS_GRAPH = "https://example.org/graph/events";
    public static final String ONTOLOGY_GRAPH = "https://w3id.org/citynet/graph/ontology";

    private LoaderFixtures() {
    }

    /** The fixture root: {@code ontology/} and {@code data/} below it hold the good knowledge graph. */
    public static Path root() {
        try {
            return Path.of(LoaderFixtures.class.getResource("/loader").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static KnowledgeGraphFiles good() {
        return KnowledgeGraphFiles.fromRoot(root());
    }

    /** The good files plus extra data files, given relative to the fixture root, e.g. {@code broken/x.trig}. */
    public static KnowledgeGraphFiles goodPlus(String... extraData) {
        KnowledgeGraphFiles good = good();
        List<Path> data = new ArrayList<>(good.data());
        Stream.of(extraData).map(Path::of).forEach(data::add);
        return KnowledgeGraphFiles.of(root(), good.ontology(), good.shapes(), data);
    }

    /** Copies {@code ontology/} and {@code data/} into {@code target}, for tests that change files. */
    public static Path copyGood(Path target) {
        for (String directory : List.of("ontology", "data")) {
            copyDirectory(root().resolve(directory), target.resolve(directory));
        }
        return target;
    }

    /** Copies one fixture file, e.g. {@code broken/x.trig}, into {@code data/} under a copied root. */
    public static void addData(Path copiedRoot, String fixture) {
        Path source = root().resolve(fixture);
        copy(source, copiedRoot.resolve("data").resolve(source.getFileName().toString()));
    }

    private static void copyDirectory(Path from, Path to) {
        try (Stream<Path> files = Files.list(from)) {
            Files.createDirectories(to);
            files.forEach(file -> copy(file, to.resolve(file.getFileName().toString())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
