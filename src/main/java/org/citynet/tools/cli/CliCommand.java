package org.citynet.tools.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A subcommand of {@link CitynetCli}: picocli creates it for one command line, sets its options and calls
 * it; it returns the exit code, or throws (see {@link CitynetCli} for how exceptions become exit codes).
 */
abstract class CliCommand implements Callable<Integer> {

    @ParentCommand
    private CitynetCli cli;

    @Spec
    private CommandSpec spec;

    /** Where results go (stdout). */
    PrintStream out() {
        return cli.out();
    }

    /** Where problems go (stderr). */
    PrintStream err() {
        return cli.err();
    }

    /** A usage error found after parsing (exit 2, with this command's usage). */
    ParameterException usageError(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
