package org.citynet.cli;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The parsed command line: a subcommand and its options.
 *
 * @param command what to do
 * @param root    project root holding {@code ontology/} and {@code data/}; defaults to the working directory
 * @param store   for {@code load}, {@code backup}, {@code restore}: {@code mem}, a TDB2 directory or an http(s)
 *                dataset URL; else null
 * @param file    for {@code backup}: the file to write ({@code --out}); for {@code restore}: the file to read
 *                ({@code --in}); else null
 * @param force   for {@code restore}: replace a store that holds data
 */
record CliArguments(Command command, Path root, String store, Path file, boolean force) {

    enum Command { VALIDATE, LOAD, BACKUP, RESTORE, HELP }

    /** @throws UsageException for an unknown subcommand or option, or a missing or misplaced value */
    static CliArguments parse(String... args) {
        if (args.length == 0) {
            throw new UsageException("missing subcommand");
        }
        Command command = command(args[0]);
        Path root = Path.of(".");
        String store = null;
        Path out = null;
        Path in = null;
        boolean force = false;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            int equals = arg.indexOf('=');
            // Accept both "--root DIR" and "--root=DIR".
            String name = equals > 0 ? arg.substring(0, equals) : arg;
            switch (name) {
                case "-h", "--help" -> command = Command.HELP;
                case "--root" -> root = Path.of(equals > 0 ? arg.substring(equals + 1) : value(args, ++i, name));
                case "--store" -> store = equals > 0 ? arg.substring(equals + 1) : value(args, ++i, name);
                case "--out" -> out = Path.of(equals > 0 ? arg.substring(equals + 1) : value(args, ++i, name));
                case "--in" -> in = Path.of(equals > 0 ? arg.substring(equals + 1) : value(args, ++i, name));
                case "--force" -> force = true;
                default -> throw new UsageException("unknown option " + arg);
            }
        }
        return checked(new CliArguments(command, root, store, command == Command.BACKUP ? out : in, force),
                out, in);
    }

    private static Command command(String name) {
        return switch (name) {
            case "validate", "load", "backup", "restore" -> Command.valueOf(name.toUpperCase(Locale.ROOT));
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

    private static CliArguments checked(CliArguments arguments, Path out, Path in) {
        Command command = arguments.command;
        boolean needsStore = command == Command.LOAD || command == Command.BACKUP || command == Command.RESTORE;
        if (needsStore && (arguments.store == null || arguments.store.isBlank())) {
            throw new UsageException(command.name().toLowerCase(Locale.ROOT) + " needs --store LOCATION");
        }
        if (command == Command.BACKUP && (out == null || in != null)) {
            throw new UsageException("backup needs --out FILE (and no --in)");
        }
        if (command == Command.RESTORE && (in == null || out != null)) {
            throw new UsageException("restore needs --in FILE (and no --out)");
        }
        if (command != Command.BACKUP && command != Command.RESTORE && command != Command.HELP
                && (out != null || in != null)) {
            throw new UsageException("--out and --in belong to backup and restore");
        }
        if (arguments.force && command != Command.RESTORE) {
            throw new UsageException("--force belongs to restore");
        }
        if (arguments.command == Command.VALIDATE && arguments.store != null) {
            throw new UsageException("validate does not take --store");
        }
        return arguments;
    }
}
