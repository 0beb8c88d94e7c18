package org.citynet.kernel.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeGraphFilesTest {

    @TempDir
    Path temp;

    @Test
    void findsOntologyShapesAndDataSortedIgnoringOtherFiles() throws IOException {
        Path root = LoaderFixtures.copyGood(temp);
        Files.createDirectories(root.resolve("data/nested"));
        Files.writeString(root.resolve("data/nested/deeper.ttl"), "# not read: the search is not recursive");

        KnowledgeGraphFiles files = KnowledgeGraphFiles.fromRoot(root);

        assertThat(names(files, files.ontology())).containsExactly("ontology/example.ttl");
        assertThat(names(files, files.shapes())).containsExactly("ontology/example-shapes.ttl");
        assertThat(names(files, files.data()))
                .containsExactly("data/agreements.trig", "data/cities.ttl", "data/events.nq");
    }

    @Test
    void relativeRootIsTakenFromTheWorkingDirectory() {
        Path relative = Path.of("").toAbsolutePath().relativize(LoaderFixtures.copyGood(temp));

        KnowledgeGraphFiles files = KnowledgeGraphFiles.fromRoot(relative);

        assertThat(files.root()).isEqualTo(temp.toAbsolutePath().normalize());
        assertThat(files.data()).hasSize(3).allSatisfy(path -> assertThat(path).exists());
        assertThat(names(files, files.ontology())).containsExactly("ontology/example.ttl");
    }

    @Test
    void explicitListsResolveAgainstTheRoot() {
        KnowledgeGraphFiles files = KnowledgeGraphFiles.of(LoaderFixtures.root(), List.of(), List.of(),
                List.of(Path.of("broken/bad-iri.ttl")));

        assertThat(files.data()).containsExactly(LoaderFixtures.root().resolve("broken/bad-iri.ttl"));
        assertThat(files.displayName(files.data().get(0))).isEqualTo("broken/bad-iri.ttl");
    }

    @Test
    void missingDirectoryIsAnIoProblem() {
        assertThatThrownBy(() -> KnowledgeGraphFiles.fromRoot(temp))
                .isInstanceOfSatisfying(LoadException.class, e -> assertThat(e.problems())
                        .singleElement()
                        .satisfies(problem -> assertThat(problem.kind()).isEqualTo(LoadProblem.Kind.IO)));
    }

    @Test
    void hashDependsOnNamesAndBytesOnly() throws IOException {
        Path first = LoaderFixtures.copyGood(temp.resolve("first"));
        Path second = LoaderFixtures.copyGood(temp.resolve("second"));
        String hash = KnowledgeGraphFiles.fromRoot(first).contentHash();

        assertThat(hash).hasSize(64).isEqualTo(KnowledgeGraphFiles.fromRoot(first).contentHash());
        assertThat(KnowledgeGraphFiles.fromRoot(second).contentHash()).as("same content elsewhere").isEqualTo(hash);

        FileTime longAgo = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));
        Files.setLastModifiedTime(first.resolve("data/cities.ttl"), longAgo);
        assertThat(KnowledgeGraphFiles.fromRoot(first).contentHash()).as("touched only").isEqualTo(hash);

        Files.writeString(first.resolve("data/cities.ttl"), " ", StandardOpenOption.APPEND);
        assertThat(KnowledgeGraphFiles.fromRoot(first).contentHash()).as("one byte more").isNotEqualTo(hash);

        Files.move(second.resolve("data/cities.ttl"), second.resolve("data/towns.ttl"));
        assertThat(KnowledgeGraphFiles.fromRoot(second).contentHash()).as("renamed").isNotEqualTo(hash);
    }

    private static List<String> names(KnowledgeGraphFiles files, List<Path> paths) {
        return paths.stream().map(files::displayName).toList();
    }
}
