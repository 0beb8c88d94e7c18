package org.citynet.tools.generator;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.citynet.kernel.rdf.CN;
import org.citynet.kernel.rdf.Vocabularies.PROV;
import org.citynet.kernel.rdf.Vocabularies.SCHEMA;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generates a synthetic knowledge graph of the same shape as the real one, at any size, for load and query
 * testing: cities with Finnish, Swedish and English labels and countries, networks with working groups,
 * memberships with roles and periods, twinning and other agreements with parties, dates and themes,
 * partnerships, and one named graph per synthetic source document described in {@code graph/sources}.
 * Themes, roles and kinds are the real concepts of {@code ontology/vocabularies.ttl}; every generated IRI
 * has a {@code gen-} slug.
 *
 * <pre>
 * GenerationSummary summary = new KnowledgeGraphGenerator(new GeneratorSettings(1000, 42), Path.of("."))
 *         .writeTo(Path.of("run/gen-1k.nq.gz"));
 * </pre>
 *
 * <p>Deterministic: the same settings and vocabularies give byte-identical files. Streaming: memory use
 * does not grow with the number of statements (only the network list, one entry per five cities, is kept).
 * Graphs come one after another: sources, the register (source 0), then each source's cities.
 */
public final class KnowledgeGraphGenerator {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeGraphGenerator.class);
    private static final int PROGRESS_EVERY = 10_000;

    private final GeneratorSettings settings;
    private final Layout layout;

    /**
     * @param root the project folder whose {@code ontology/vocabularies.ttl} gives themes, roles and kinds
     * @throws IllegalStateException if the vocabularies cannot be read or lack what the generator uses
     */
    public KnowledgeGraphGenerator(GeneratorSettings settings, Path root) {
        this.settings = settings;
        this.layout = new Layout(settings, Vocabulary.read(root));
    }

    /**
     * Writes the graph to a file in the format its name asks for (see {@link OutputFormat}). The file
     * appears only when complete: the data goes to a temporary file beside it, which then replaces it.
     *
     * @throws IllegalArgumentException for a file name of no known format
     * @throws UncheckedIOException     if writing fails; no partial file is left behind
     */
    public GenerationSummary writeTo(Path file) {
        OutputFormat format = OutputFormat.of(file);
        Path target = file.toAbsolutePath().normalize();
        Path temporary = target.resolveSibling("." + target.getFileName() + ".part");
        try {
            Files.createDirectories(target.getParent());
            Instant start = Instant.now();
            Tally tally = new Tally();
            long quads;
            try (OutputStream out = Files.newOutputStream(temporary)) {
                quads = write(format.open(out, OutputFormat.gzipped(file)), tally);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return summary(tally, quads, Files.size(target), Duration.between(start, Instant.now()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /** Writes the whole graph to a stream (started and finished here) and returns the number of quads. */
    long write(StreamRDF stream, Tally tally) {
        Statements out = new Statements(stream);
        stream.start();
        prefixes(stream);
        new SourcesWriter(layout, out, tally).write();
        new RegisterWriter(layout, out, tally).write();
        CityWriter cities = new CityWriter(layout, out, tally);
        for (int source = 1; source <= settings.citySources(); source++) {
            out.graph(Ids.sourceGraph(source));
            String language = layout.languageOf(source);
            for (int city = settings.firstCityOf(source); city <= settings.lastCityOf(source); city++) {
                cities.write(city, language);
                if (city % PROGRESS_EVERY == 0) {
                    log.info("Generated {} of {} cities, {} quads", city, settings.cities(), out.quads());
                }
            }
        }
        stream.finish();
        return out.quads();
    }

    private static void prefixes(StreamRDF stream) {
        stream.prefix("cn", CN.NS);
        stream.prefix("org", ORG.NS);
        stream.prefix("skos", SKOS.uri);
        stream.prefix("dct", DCTerms.NS);
        stream.prefix("prov", PROV.NS);
        stream.prefix("schema", SCHEMA.NS);
        stream.prefix("xsd", XSD.NS);
        stream.prefix("graph", Ids.BASE + "graph/");
        for (String type : new String[] {"city", "country", "network", "working-group", "membership", "agreement",
                "partnership", "source", "theme", "role", "network-kind", "partnership-kind"}) {
            stream.prefix(type.equals("working-group") ? "wg" : type, Ids.BASE + "id/" + type + "/");
        }
    }

    private GenerationSummary summary(Tally tally, long quads, long bytes, Duration duration) {
        return new GenerationSummary(settings, quads, bytes, tally.get(Tally.Kind.SOURCE),
                tally.get(Tally.Kind.COUNTRY), tally.get(Tally.Kind.CITY), tally.get(Tally.Kind.NETWORK),
                tally.get(Tally.Kind.WORKING_GROUP), tally.get(Tally.Kind.MEMBERSHIP), tally.get(Tally.Kind.TWINNING),
                tally.get(Tally.Kind.AGREEMENT), tally.get(Tally.Kind.PARTNERSHIP), duration);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", file, e.toString());
        }
    }
}
