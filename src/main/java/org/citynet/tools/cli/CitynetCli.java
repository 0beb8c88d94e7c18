package org.citynet.tools.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.citynet.kernel.backup.RestoreRefusedException;
import org.citynet.kernel.load.LoadException;
import org.citynet.tools.gazetteer.GazetteerException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The command line ({@code citynet}) for checking, loading, backing up and restoring the knowledge graph,
 * enriching it from the gazetteer, and generating and bulk-loading data at scale, without the web application:
 *
 * <pre>
 * ./mvnw -q compile exec:java -Dexec.args="validate [--root DIR]"
 * ./mvnw -q compile exec:java -Dexec.args="load --store mem|DIR|http://host:3030/ds [--root DIR]"
 * ./mvnw -q compile exec:java -Dexec.args="gazetteer [--root DIR] [--package TGZ] [--overrides TSV] [--out TRIG] [--date YYYY-MM-DD] [--check]"
 * ./mvnw -q compile exec:java -Dexec.args="backup --store DIR|URL --out FILE.nq.gz"
 * ./mvnw -q compile exec:java -Dexec.args="restore --store DIR|URL --in FILE.nq.gz [--force]"
 * ./mvnw -q compile exec:java -Dexec.args="generate --cities 1000 --seed 1 --out run/gen-1k.nq.gz"
 * ./mvnw -q compile exec:java -Dexec.args="bulk-load --store run/tdb2-gen run/gen-1k.nq.gz"
 * ./mvnw -q compile exec:java -Dexec.args="help load"
 * </pre>
 *
 * Parsed by picocli: this class is the top-level command, each subcommand a class of this package. One
 * {@link #run} builds a fresh {@link CommandLine}, so an instance can run several command lines one after
 * another (as the tests do). Exit codes: {@value #OK} done, {@value #REFUSED} refused (every problem on
 * stderr, one per line), {@value #USAGE} usage error (named on stderr, with the command's usage),
 * {@value #FAILED} the store failed.
 */
@Command(name = "citynet", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
        versionProvider = CliVersion.class, sortOptions = false, sortSynopsis = false,
        description = "Checks and loads the knowledge graph, backs up and restores a store, places the cities"
                + " with the GeoNames gazetteer, and generates and bulk-loads data at scale, without the web service.",
        subcommands = {ValidateCommand.class, LoadCommand.class, GazetteerCommand.class, BackupCommand.class,
            RestoreCommand.class, GenerateCommand.class, BulkLoadCommand.class, HelpCommand.class},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:done", "1:refused: every problem on stderr, one per line (gazetteer: also an unresolved"
                + " city, a refused override line, or with --check an out-of-date file)", "2:usage error",
            "3:the store failed"})
public final class CitynetCli implements Callable<Integer> {

    static final int OK = 0;
    static final int REFUSED = 1;
    static final int USAGE = 2;
    static final int FAILED = 3;

    private static final String LOGBACK_CONFIG = "logback.configurationFile";

    private final PrintStream out;
    private final PrintStream err;

    @Spec
    private CommandSpec spec;

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

    /** Runs one command line and returns the exit code. */
    public int run(String... args) {
        CommandLine line = new CommandLine(this)
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                // "--root --check" is a missing value, not a folder named "--check".
                .setUnmatchedOptionsAllowedAsOptionParameters(false)
                .setHelpFactory(new CliHelp())
                .setParameterExceptionHandler(new UsageErrors(err))
                .setExecutionExceptionHandler(this::refusedOrFailed);
        line.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST,
                CliHelp::commandList);
        return line.execute(args);
    }

    /** {@code citynet} alone: a subcommand is needed. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing subcommand");
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    /** What a subcommand threw: refusals (exit 1) say what to fix; anything else is a failure of the store (3). */
    private int refusedOrFailed(Exception e, CommandLine command, ParseResult parsed) {
        if (e instanceof LoadException refused) {
            refused.problems().forEach(problem -> err.println(problem.describe()));
            err.println("Refused: " + refused.problems().size() + " problem(s)");
            return REFUSED;
        }
        if (e instanceof RestoreRefusedException refused) {
            refused.reasons().forEach(err::println);
            err.println("Refused: nothing was changed");
            return REFUSED;
        }
        if (e instanceof GazetteerException) {
            err.println("citynet: " + e.getMessage());
            return REFUSED;
        }
        err.println("citynet: failed: " + e);
        return FAILED;
    }
}
