package org.citynet.cli;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The parsed command line: a subcommand and its options.
 *
 * @param command what to do
 * @param root    project root holding {@code ontology/} and {@code data/}; defaults to the working directory
 * @param store   for {@code load}: {@code mem}, a TDB2 directory or an http(s) dataset URL; else null
 */
record CliArguments(Command command, Path root, String store) {

    enum Command { VALIDATE, LOAD, HELP }

    /** @throws UsageException for an unknown subcommand or option, or a missing or misplaced value */
    static CliArguments parse(String... args) {
        if (args.length == 0) {
            throw new UsageException("missing subcommand");
        }
        Command command = command(args[0]);
        Path root = Path.of(".");
        String store = null;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            int equals = arg.indexOf('=');
            // Accept both "--root DIR" and "--root=DIR".
            String name = equals > 0 ? arg.substring(0, equals) : arg;
            switch (name) {
                case "-h", "--help" -> command = Command.HELP;
                case "--root" -> root = Path.of(equals > 0 ? arg.substring(equals + 1) : value(args, ++i, name));
                case "--store" -> store = equals > 0 ? arg.substring(equals + 1) : value(args, ++i, name);
                default -> throw new UsageException("unknown option " + arg);
            }
        }
        return checked(new CliArguments(command, root, store));
    }

    private static Command command(String name) {
        return switch (name) {
            case "validate", "load" -> Command.valueOf(name.toUpperCase(Locale.ROOT));
            case "help", "-h", "--help" -> Command.HELP;
            default -> throw new UsageException("unknown subcommand " + name);
        };
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args[index];
    }

    private static CliArguments checked(CliArguments arguments) {
        if (arguments.command == Command.LOAD && (arguments.store == null || arguments.store.isBlank())) {
            throw new UsageException("load needs --store LOCATION");
        }
        if (arguments.command == Command.VALIDATE && arguments.store != null) {
            throw new UsageException("validate does not take --store");
        }
        return arguments;
    }
}
