package org.citynet.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A copy of the project's knowledge graph ({@code ontology/}, {@code data/}, {@code queries/}) in a
 * temporary folder, to use as {@code citynet.root} in tests that change, break or add files. Maven runs
 * tests in the project folder, so the originals are found relative to the working directory.
 */
public final class ProjectCopy {

    private static final List<String> FOLDERS = List.of("ontology", "data", "queries");

    private ProjectCopy() {
    }

    /** Copies the folders into {@code target} and returns it. */
    public static Path into(Path target) {
        Path project = Path.of("").toAbsolutePath();
        FOLDERS.forEach(folder -> copyTree(project.resolve(folder), target.resolve(folder)));
        return target;
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path copy = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy " + from + " to " + to, e);
        }
    }
}
