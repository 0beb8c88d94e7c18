package org.citynet.tools.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns a command line picocli could not parse, or one a command refused before doing anything, into one
 * line on stderr naming what is wrong ({@code citynet: restore does not take --out}), picocli's suggestion
 * for a near miss, and the usage of the command concerned; exit code {@value CitynetCli#USAGE}.
 */
final class UsageErrors implements IParameterExceptionHandler {

    private final PrintStream err;

    UsageErrors(PrintStream err) {
        this.err = err;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        ParameterException first = first(e);
        err.println("citynet: " + message(first, List.of(args)));
        UnmatchedArgumentException.printSuggestions(first, err);
        e.getCommandLine().usage(err);
        return CitynetCli.USAGE;
    }

    /**
     * picocli checks for missing options before it reports arguments nothing took; an argument nothing took
     * ({@code --stor}, an option of another subcommand) is the likelier mistake, so it is reported first.
     */
    private static ParameterException first(ParameterException e) {
        List<String> unmatched = e.getCommandLine().getUnmatchedArguments();
        return e instanceof MissingParameterException && !unmatched.isEmpty()
                ? new UnmatchedArgumentException(e.getCommandLine(), unmatched) : e;
    }

    private static String message(ParameterException e, List<String> args) {
        CommandLine command = e.getCommandLine();
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            return unmatched(command, unmatched.getUnmatched().get(0));
        }
        if (e instanceof MissingParameterException missing) {
            return missing(command, missing.getMissing(), args);
        }
        if (e.getArgSpec() != null && e.getCause() instanceof TypeConversionException invalid) {
            return name(e.getArgSpec()) + " " + invalid.getMessage();
        }
        if (e.getArgSpec() != null && e.getCause() instanceof IllegalArgumentException invalid) {
            return invalid.getMessage();
        }
        return e.getMessage();
    }

    /** The first argument nothing took: an unknown subcommand, an option of another subcommand, or a stray value. */
    private static String unmatched(CommandLine command, String argument) {
        if (command.getParent() == null && !argument.startsWith("-")) {
            return "unknown subcommand " + argument;
        }
        if (!argument.startsWith("-")) {
            return command.getCommandName() + " takes no argument " + argument;
        }
        String option = argument.split("=", 2)[0];
        boolean another = command.getParent() != null && command.getParent().getSubcommands().values().stream()
                .anyMatch(sub -> sub.getCommandSpec().findOption(option) != null);
        return another ? command.getCommandName() + " does not take " + option : "unknown option " + argument;
    }

    /** A required option or FILE not given ("backup needs --out FILE"), or an option given without its value. */
    private static String missing(CommandLine command, List<ArgSpec> missing, List<String> args) {
        for (ArgSpec arg : missing) {
            if (arg instanceof OptionSpec option && given(option, args)) {
                return option.longestName() + " needs a value";
            }
        }
        return command.getCommandName() + " needs " + missing.stream().map(UsageErrors::describe)
                .collect(Collectors.joining(" and "));
    }

    private static boolean given(OptionSpec option, List<String> args) {
        return args.stream().anyMatch(arg -> List.of(option.names()).contains(arg.split("=", 2)[0]));
    }

    private static String describe(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return option.longestName() + " " + option.paramLabel();
        }
        return (arg.arity().isVariable() ? "at least one " : "") + arg.paramLabel();
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }
}
