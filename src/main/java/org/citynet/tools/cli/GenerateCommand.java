package org.citynet.tools.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.citynet.tools.generator.GenerationSummary;
import org.citynet.tools.generator.GeneratorSettings;
import org.citynet.tools.generator.KnowledgeGraphGenerator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code generate --cities N --out FILE [--seed S] [--root DIR]}: writes a synthetic knowledge graph of N
 * cities (see {@link KnowledgeGraphGenerator}) and prints what it wrote.
 */
@Command(name = "generate", description = "Write a synthetic graph of N cities (about 115 quads each) to FILE;"
        + " the same N and S always give the same bytes.")
final class GenerateCommand extends CliCommand {

    static final long MAX_CITIES = 50_000_000;

    @Option(names = "--cities", paramLabel = "N", required = true, converter = Values.WholeNumber.class,
            description = "how many cities, from " + GeneratorSettings.MIN_CITIES + " to 50_000_000")
    private long cities;

    @Option(names = "--out", paramLabel = "FILE", required = true, converter = Values.GeneratedFile.class,
            description = "*.nq or *.trig, optionally gzipped (*.nq.gz, *.trig.gz)")
    private Path file;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", converter = Values.WholeNumber.class,
            description = "any whole number (default: 1)")
    private long seed;

    @Mixin
    private ProjectRoot root;

    @Override
    public Integer call() {
        if (cities < GeneratorSettings.MIN_CITIES || cities > MAX_CITIES) {
            throw usageError("--cities must be between " + GeneratorSettings.MIN_CITIES + " and " + MAX_CITIES
                    + ", not " + cities);
        }
        if (!Files.isRegularFile(root.path().resolve("ontology").resolve("vocabularies.ttl"))) {
            throw usageError("--root must be the project folder: there is no ontology/vocabularies.ttl under "
                    + root.path().toAbsolutePath().normalize());
        }
        GenerationSummary summary = new KnowledgeGraphGenerator(new GeneratorSettings((int) cities, seed),
                root.path()).writeTo(file);
        out().println("Wrote " + file + ": " + summary.describe());
        return CitynetCli.OK;
    }
}
