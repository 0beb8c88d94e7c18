package org.citynet.kernel.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.citynet.kernel.load.LoadProblem.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeGraphLoaderParseTest {

    private final KnowledgeGraphLoader loader = new KnowledgeGraphLoader();

    @TempDir
    Path temp;

    @Test
    void goodFilesGoIntoTheirGraphs() {
        KnowledgeGraphFiles files = LoaderFixtures.good();

        StagedKnowledgeGraph staged = loader.parse(files);

        assertThat(staged.graphNames()).extracting(Node::getURI).containsExactly(
                LoaderFixtures.AGREEMENTS_GRAPH, LoaderFixtures.EVENTS_GRAPH, LoaderFixtures.CITIES_GRAPH,
                LoaderFixtures.ONTOLOGY_GRAPH);
        assertThat(size(staged, LoaderFixtures.ONTOLOGY_GRAPH)).isEqualTo(6);
        assertThat(size(staged, LoaderFixtures.AGREEMENTS_GRAPH)).isEqualTo(7);
        assertThat(size(staged, LoaderFixtures.CITIES_GRAPH)).isEqualTo(6);
        assertThat(size(staged, LoaderFixtures.EVENTS_GRAPH)).isEqualTo(4);
        assertThat(staged.tripleCount()).isEqualTo(LoaderFixtures.GOOD_TRIPLES);
        assertThat(staged.dataset().getDefaultGraph().isEmpty()).isTrue();
        assertThat(staged.shapes().isEmpty()).isFalse();
        assertThat(staged.contentHash()).isEqualTo(files.contentHash());
    }

    @Test
    void syntaxErrorNamesFileLineAndColumn() {
        LoadProblem problem = singleProblem(LoaderFixtures.goodPlus("broken/syntax-error.trig"));

        assertThat(problem.kind()).isEqualTo(Kind.SYNTAX);
        assertThat(problem.file()).isEqualTo("broken/syntax-error.trig");
        assertThat(problem.line()).isEqualTo(6);
        assertThat(problem.column()).isEqualTo(5);
        assertThat(problem.message()).contains("expected '.'");
        assertThat(problem.describe()).startsWith("broken/syntax-error.trig:6:5: syntax error: ");
    }

    @Test
    void problemsOfAllFilesAreCollected() {
        List<LoadProblem> problems = problems(LoaderFixtures.goodPlus("broken/syntax-error.trig",
                "broken/bad-iri.ttl", "broken/default-graph.trig"));

        assertThat(problems).extracting(LoadProblem::file).containsOnly("broken/syntax-error.trig",
                "broken/bad-iri.ttl", "broken/default-graph.trig");
        assertThat(problems).filteredOn(problem -> problem.file().equals("broken/bad-iri.ttl"))
                .isNotEmpty()
                .allSatisfy(problem -> assertThat(problem.line()).isEqualTo(3))
                .anySatisfy(problem -> assertThat(problem.message()).contains("space"));
    }

    @Test
    void parserWarningsRefuseToo() throws IOException {
        Path file = write("bad-number.trig", """
                <https://example.org/g> { <https://example.org/s> <https://example.org/p>
                    "twelve"^^<http://www.w3.org/2001/XMLSchema#integer> . }
                """);

        LoadProblem problem = singleProblem(KnowledgeGraphFiles.of(temp, List.of(), List.of(), List.of(file)));

        assertThat(problem.severity()).isEqualTo(LoadProblem.Severity.WARNING);
        assertThat(problem.refusesLoad()).isTrue();
        assertThat(problem.describe()).startsWith("bad-number.trig:2:").contains("syntax warning");
    }

    @Test
    void tripleInTheDefaultGraphOfDataIsRefused() {
        LoadProblem problem = singleProblem(LoaderFixtures.goodPlus("broken/default-graph.trig"));

        assertThat(problem.kind()).isEqualTo(Kind.STRUCTURE);
        assertThat(problem.describe()).startsWith("broken/default-graph.trig: structure error: 1 triple(s)"
                + " in the default graph");
    }

    @Test
    void dataMayNotWriteTheLoadersGraphs() throws IOException {
        Path file = write("sneaky.trig", """
                <https://w3id.org/citynet/graph/load> { <https://example.org/s> <https://example.org/p> 1 . }
                """);

        LoadProblem problem = singleProblem(KnowledgeGraphFiles.of(temp, List.of(), List.of(), List.of(file)));

        assertThat(problem.describe()).contains("sneaky.trig").contains("reserved for the loader");
    }

    @Test
    void relativeIrisAreRefused() throws IOException {
        Path file = write("relative.ttl", "<city-a> <https://example.org/p> 1 .\n");

        LoadProblem problem = singleProblem(KnowledgeGraphFiles.of(temp, List.of(), List.of(), List.of(file)));

        assertThat(problem.describe()).startsWith("relative.ttl: structure error: IRI <file:")
                .contains("resolved against the file's location");
    }

    @Test
    void unreadableAndUnknownFilesAreReported() throws IOException {
        Path text = write("notes.txt", "hello");

        List<LoadProblem> problems = problems(KnowledgeGraphFiles.of(temp, List.of(), List.of(),
                List.of(text, temp.resolve("missing.ttl"))));

        assertThat(problems).extracting(LoadProblem::kind).containsExactly(Kind.STRUCTURE, Kind.IO);
        assertThat(problems.get(1).describe()).startsWith("missing.ttl: cannot read:");
    }

    private long size(StagedKnowledgeGraph staged, String graph) {
        return staged.dataset().getGraph(NodeFactory.createURI(graph)).size();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(temp.resolve(name), content);
    }

    private LoadProblem singleProblem(KnowledgeGraphFiles files) {
        List<LoadProblem> problems = problems(files);
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    private List<LoadProblem> problems(KnowledgeGraphFiles files) {
        try {
            loader.parse(files);
        } catch (LoadException refused) {
            return refused.problems();
        }
        throw new AssertionError("expected the files to be refused");
    }
}
