package org.citynet.tools.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.citynet.tools.generator.GenerationSummary;
import org.citynet.tools.generator.GeneratorSettings;
import org.citynet.tools.generator.KnowledgeGraphGenerator;
import org.citynet.tools.generator.OutputFormat;

/**
 * {@code generate --cities N [--seed S] --out FILE [--root DIR]}: writes a synthetic knowledge graph of N
 * cities (see {@link KnowledgeGraphGenerator}) and prints what it wrote.
 */
final class GenerateCommand {

    static final String USAGE = """
              generate --cities N --out FILE [--seed S] [--root DIR]
                                                     write a synthetic graph of N cities (about 115 quads
                                                     each) to FILE (*.nq, *.trig, optionally .gz); the same
                                                     N and S (default 1) always give the same bytes
            """.stripTrailing();

    private final PrintStream out;

    GenerateCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> args) {
        OptionScanner options = new OptionScanner(args, Set.of("--cities", "--seed", "--out", "--root"), Set.of());
        if (!options.positional().isEmpty()) {
            throw new UsageException("generate takes no file arguments; use --out FILE");
        }
        int cities = (int) options.number("--cities", -1, GeneratorSettings.MIN_CITIES, 50_000_000);
        if (cities < 0) {
            throw new UsageException("generate needs --cities N");
        }
        long seed = options.number("--seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
        Path file = Path.of(options.required("--out", "generate"));
        try {
            OutputFormat.of(file);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Path root = Path.of(options.get("--root", "."));
        if (!Files.isRegularFile(root.resolve("ontology").resolve("vocabularies.ttl"))) {
            throw new UsageException("--root must be the project folder: there is no ontology/vocabularies.ttl under "
                    + root.toAbsolutePath().normalize());
        }
        GenerationSummary summary = new KnowledgeGraphGenerator(new GeneratorSettings(cities, seed), root)
                .writeTo(file);
        out.println("Wrote " + file + ": " + summary.describe());
        return CitynetCli.OK;
    }
}
