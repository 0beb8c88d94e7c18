package org.citynet.tools.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator's files: reproducible to the byte, streamed to a file only when complete, readable by RIOT. */
class KnowledgeGraphGeneratorTest {

    static final Path ROOT = Path.of("").toAbsolutePath();

    @TempDir
    Path temp;

    @Test
    void theSameSeedAndSizeGiveTheSameBytes() throws IOException {
        for (String name : List.of("graph.nq", "graph.nq.gz", "graph.trig")) {
            Path first = generate(300, 42, temp.resolve("a-" + name));
            Path second = generate(300, 42, temp.resolve("b-" + name));
            assertThat(Files.readAllBytes(second)).as(name).isEqualTo(Files.readAllBytes(first));
        }
    }

    @Test
    void anotherSeedGivesAnotherGraphOfTheSameShape() throws IOException {
        GenerationSummary one = summary(300, 42, temp.resolve("one.nq"));
        GenerationSummary other = summary(300, 43, temp.resolve("other.nq"));
        byte[] oneBytes = Files.readAllBytes(temp.resolve("one.nq"));
        assertThat(Files.readAllBytes(temp.resolve("other.nq"))).isNotEqualTo(oneBytes);
        assertThat(other.cities()).isEqualTo(one.cities()).isEqualTo(300);
        assertThat(other.networks()).isEqualTo(one.networks());
        assertThat(other.memberships()).isNotEqualTo(one.memberships());
    }

    @Test
    void nquadsAndTrigHoldTheSameStatements() {
        DatasetGraph nquads = read(generate(200, 7, temp.resolve("g.nq.gz")));
        DatasetGraph trig = read(generate(200, 7, temp.resolve("g.trig")));
        assertThat(nquads.stream().count()).isEqualTo(trig.stream().count()).isPositive();
        trig.find().forEachRemaining(quad -> assertThat(nquads.contains(quad)).as("%s", quad).isTrue());
    }

    @Test
    void theSummaryCountsWhatTheFileHolds() {
        Path file = temp.resolve("counted.nq");
        GenerationSummary summary = summary(250, 3, file);
        DatasetGraph data = read(file);
        assertThat(summary.quads()).isEqualTo(data.stream().count());
        assertThat(summary.bytes()).isEqualTo(file.toFile().length());
        assertThat(summary.cities()).isEqualTo(250);
        // graph/sources, the register (source 0) and three sources of up to 100 cities each.
        assertThat(summary.sources()).isEqualTo(4);
        assertThat(data.listGraphNodes()).toIterable().hasSize(5);
    }

    @Test
    void anUnknownExtensionIsRefusedAndNothingIsLeftBehind() throws IOException {
        KnowledgeGraphGenerator generator = new KnowledgeGraphGenerator(new GeneratorSettings(20, 1), ROOT);
        assertThatThrownBy(() -> generator.writeTo(temp.resolve("graph.ttl")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("*.nq");
        try (var files = Files.list(temp)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void tooFewCitiesAreRefused() {
        assertThatThrownBy(() -> new GeneratorSettings(9, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 10");
    }

    @Test
    void aMissingVocabularyIsReportedByItsPath() {
        assertThatThrownBy(() -> new KnowledgeGraphGenerator(new GeneratorSettings(20, 1), temp))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("vocabularies.ttl");
    }

    static Path generate(int cities, long seed, Path file) {
        new KnowledgeGraphGenerator(new GeneratorSettings(cities, seed), ROOT).writeTo(file);
        return file;
    }

    static GenerationSummary summary(int cities, long seed, Path file) {
        return new KnowledgeGraphGenerator(new GeneratorSettings(cities, seed), ROOT).writeTo(file);
    }

    /** Parses a generated file, gzipped or not, with RIOT. */
    static DatasetGraph read(Path file) {
        DatasetGraph dataset = DatasetGraphFactory.create();
        String name = file.getFileName().toString();
        Lang lang = name.contains(".trig") ? Lang.TRIG : Lang.NQUADS;
        try (InputStream in = name.endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(file))
                : Files.newInputStream(file)) {
            RDFParser.source(in).lang(lang).parse(dataset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dataset;
    }
}
