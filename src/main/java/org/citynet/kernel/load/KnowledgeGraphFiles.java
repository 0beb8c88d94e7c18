package org.citynet.kernel.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Where the knowledge graph's inputs are: OWL ontology files, SHACL shapes files and data files.
 *
 * <p>{@link #fromRoot(Path)} finds them in a project checkout: {@code ontology/*.ttl} (shapes are the
 * ones whose name contains {@code shapes}) and {@code data/*.{trig,ttl,nq,nt}}, each sorted by name,
 * not recursive. {@link #of} takes explicit lists (tests use it with fixtures). {@link #contentHash()}
 * tells whether anything changed since the last load.
 *
 * @param root     project root; file names in messages are relative to it
 * @param ontology ontology files, loaded into the ontology graph
 * @param shapes   SHACL shapes files, used for validation only
 * @param data     data files, loaded into their own named graphs
 */
public record KnowledgeGraphFiles(Path root, List<Path> ontology, List<Path> shapes, List<Path> data) {

    private static final Set<String> DATA_EXTENSIONS = Set.of("trig", "ttl", "nq", "nt");

    public KnowledgeGraphFiles {
        root = root.toAbsolutePath().normalize();
        ontology = resolveAll(root, ontology);
        shapes = resolveAll(root, shapes);
        data = resolveAll(root, data);
    }

    /**
     * Discovers the inputs under a project root.
     *
     * @throws LoadException if {@code ontology/} or {@code data/} is not a readable directory
     */
    public static KnowledgeGraphFiles fromRoot(Path root) {
        // Absolute first: the listed paths would otherwise be resolved against the root a second time.
        Path absolute = root.toAbsolutePath().normalize();
        List<Path> turtle = list(absolute.resolve("ontology"), name -> name.endsWith(".ttl"));
        List<Path> data = list(absolute.resolve("data"), name -> DATA_EXTENSIONS.contains(extension(name)));
        return new KnowledgeGraphFiles(absolute,
                turtle.stream().filter(path -> !isShapes(path)).toList(),
                turtle.stream().filter(KnowledgeGraphFiles::isShapes).toList(),
                data);
    }

    /** Explicit lists; relative paths are taken relative to {@code root}. */
    public static KnowledgeGraphFiles of(Path root, List<Path> ontology, List<Path> shapes, List<Path> data) {
        return new KnowledgeGraphFiles(root, ontology, shapes, data);
    }

    /**
     * SHA-256 (hex) over the names and bytes of all files, in sorted order. Changes when a file's bytes,
     * name or role change, not when a file is only touched.
     *
     * @throws UncheckedIOException if a file cannot be read
     */
    public String contentHash() {
        ContentHash hash = new ContentHash();
        for (SourceFile file : sources()) {
            try {
                hash.add(file, file.read());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file.name(), e);
            }
        }
        return hash.hex();
    }

    /** The file's name relative to the root if it lies below it, else its full path. */
    public String displayName(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(root) ? root.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }

    /** All files with their roles: ontology first, then shapes, then data. */
    public List<SourceFile> sources() {
        List<SourceFile> sources = new ArrayList<>();
        ontology.forEach(path -> sources.add(new SourceFile(FileRole.ONTOLOGY, path, displayName(path))));
        shapes.forEach(path -> sources.add(new SourceFile(FileRole.SHAPES, path, displayName(path))));
        data.forEach(path -> sources.add(new SourceFile(FileRole.DATA, path, displayName(path))));
        return sources;
    }

    private static List<Path> resolveAll(Path root, List<Path> paths) {
        return paths.stream().map(path -> root.resolve(path).normalize()).toList();
    }

    private static List<Path> list(Path directory, Predicate<String> nameFilter) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(Files::isRegularFile)
                    .filter(path -> nameFilter.test(path.getFileName().toString()))
                    .sorted(Comparator.comparing(path -> path.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new LoadException(List.of(LoadProblem.io(directory.toString(),
                    "not a readable directory (" + e + ")")), e);
        }
    }

    private static boolean isShapes(Path path) {
        return path.getFileName().toString().contains("shapes");
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}
