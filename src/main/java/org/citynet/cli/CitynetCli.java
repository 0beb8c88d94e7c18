package org.citynet.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.citynet.store.KnowledgeGraphFiles;
import org.citynet.store.KnowledgeGraphLoader;
import org.citynet.store.LoadException;
import org.citynet.store.LoadSummary;
import org.citynet.store.StagedKnowledgeGraph;
import org.citynet.store.ValidationOutcome;

/**
 * Command line for checking and loading the knowledge graph without starting the web application:
 *
 * <pre>
 * ./mvnw -q compile exec:java -Dexec.args="validate [--root DIR]"
 * ./mvnw -q compile exec:java -Dexec.args="load --store mem|DIR|http://host:3030/ds [--root DIR]"
 * ./mvnw -q compile exec:java -Dexec.args="generate --cities 1000 --seed 1 --out run/gen-1k.nq.gz"
 * ./mvnw -q compile exec:java -Dexec.args="bulk-load --store run/tdb2-gen run/gen-1k.nq.gz"
 * </pre>
 *
 * Exit codes: 0 done, 1 refused (every problem on stderr, one per line), 2 usage error, 3 the store failed.
 */
public final class CitynetCli {

    static final int OK = 0;
    static final int REFUSED = 1;
    static final int USAGE = 2;
    static final int FAILED = 3;

    static final String USAGE_TEXT = """
            Usage: citynet <subcommand> [options]
              validate [--root DIR]                  parse and SHACL-validate ontology/ and data/ under DIR
              load --store LOCATION [--root DIR]     validate, then replace the graphs in LOCATION:
                                                     mem, a TDB2 directory, or an http(s) dataset URL
            """ + GenerateCommand.USAGE + "\n" + BulkLoadCommand.USAGE + """

            DIR defaults to the working directory.""";

    private static final String LOGBACK_CONFIG = "logback.configurationFile";

    private final PrintStream out;
    private final PrintStream err;
    private final KnowledgeGraphLoader loader = new KnowledgeGraphLoader();

    public CitynetCli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        // Must happen before the first logger is created: without it Logback logs DEBUG to stdout.
        if (System.getProperty(LOGBACK_CONFIG) == null) {
            System.setProperty(LOGBACK_CONFIG, "org/citynet/cli/logback-cli.xml");
        }
        System.exit(new CitynetCli(System.out, System.err).run(args));
    }

    /** Runs one command and returns the exit code. */
    public int run(String... args) {
        try {
            List<String> rest = args.length == 0 ? List.of() : List.of(args).subList(1, args.length);
            if (args.length > 0 && args[0].equals("generate")) {
                return new GenerateCommand(out).run(rest);
            }
            if (args.length > 0 && args[0].equals("bulk-load")) {
                return new BulkLoadCommand(out).run(rest);
            }
            CliArguments arguments = CliArguments.parse(args);
            return switch (arguments.command()) {
                case HELP -> help();
                case VALIDATE -> validate(arguments.root());
                case LOAD -> load(arguments.root(), arguments.store());
            };
        } catch (UsageException e) {
            err.println("citynet: " + e.getMessage());
            err.println(USAGE_TEXT);
            return USAGE;
        } catch (LoadException e) {
            e.problems().forEach(problem -> err.println(problem.describe()));
            err.println("Refused: " + e.problems().size() + " problem(s)");
            return REFUSED;
        } catch (RuntimeException e) {
            err.println("citynet: failed: " + e);
            return FAILED;
        }
    }

    private int help() {
        out.println(USAGE_TEXT);
        return OK;
    }

    private int validate(Path root) {
        KnowledgeGraphFiles files = KnowledgeGraphFiles.fromRoot(root);
        StagedKnowledgeGraph staged = loader.parse(files);
        ValidationOutcome outcome = loader.validate(staged);
        outcome.problems().forEach(problem -> err.println(problem.describe()));
        out.printf("%d ontology, %d shapes, %d data files: %d graphs, %d triples; %d violations, %d warnings%n",
                files.ontology().size(), files.shapes().size(), files.data().size(), staged.graphNames().size(),
                staged.tripleCount(), outcome.refusals().size(), outcome.warnings().size());
        return outcome.conforms() ? OK : REFUSED;
    }

    private int load(Path root, String location) {
        KnowledgeGraphFiles files = KnowledgeGraphFiles.fromRoot(root);
        try (OpenStore store = OpenStore.open(location)) {
            LoadSummary summary = loader.load(files, store.target());
            summary.warnings().forEach(warning -> err.println(warning.describe()));
            out.printf("Loaded %d graphs, %d triples into %s in %d ms; content hash %s%n", summary.graphs().size(),
                    summary.triples(), location, summary.duration().toMillis(), summary.contentHash());
            return OK;
        }
    }
}
