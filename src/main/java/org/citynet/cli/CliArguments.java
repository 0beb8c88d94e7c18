package org.citynet.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.citynet.gazetteer.GazetteerOptions;

/**
 * The parsed command line: a subcommand and its options.
 *
 * @param command what to do
 * @param root    project root holding {@code ontology/} and {@code data/}; defaults to the working directory
 * @param store   for {@code load}: {@code mem}, a TDB2 directory or an http(s) dataset URL; else null
 * @param gazetteer for {@code gazetteer}: the importer's inputs and outputs; else null
 */
record CliArguments(Command command, Path root, String store, GazetteerOptions gazetteer) {

    enum Command { VALIDATE, LOAD, GAZETTEER, HELP }

    /** @throws UsageException for an unknown subcommand or option, or a missing or misplaced value */
    static CliArguments parse(String... args) {
        if (args.length == 0) {
            throw new UsageException("missing subcommand");
        }
        Command command = command(args[0]);
        Path root = Path.of(".");
        String store = null;
        GazetteerFlags flags = new GazetteerFlags();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            int equals = arg.indexOf('=');
            // Accept both "--root DIR" and "--root=DIR".
            String name = equals > 0 ? arg.substring(0, equals) : arg;
            switch (name) {
                case "-h", "--help" -> command = Command.HELP;
                case "--root" -> root = Path.of(equals > 0 ? arg.substring(equals + 1) : value(args, ++i, name));
                case "--store" -> store = equals > 0 ? arg.substring(equals + 1) : value(args, ++i, name);
                case "--package", "--overrides", "--out", "--date" ->
                        flags.set(name, equals > 0 ? arg.substring(equals + 1) : value(args, ++i, name));
                case "--check" -> flags.set(name, "true");
                default -> throw new UsageException("unknown option " + arg);
            }
        }
        if (command != Command.GAZETTEER && !flags.given.isEmpty()) {
            throw new UsageException(command.name().toLowerCase(Locale.ROOT) + " does not take " + flags.given.get(0));
        }
        GazetteerOptions gazetteer = command == Command.GAZETTEER ? flags.options(root) : null;
        return checked(new CliArguments(command, root, store, gazetteer));
    }

    /** The gazetteer subcommand's own options, collected while parsing. */
    private static final class GazetteerFlags {
        final List<String> given = new ArrayList<>();
        Path tarball;
        Path overrides;
        Path output;
        LocalDate date;
        boolean check;

        void set(String option, String value) {
            given.add(option);
            switch (option) {
                case "--package" -> tarball = Path.of(value);
                case "--overrides" -> overrides = Path.of(value);
                case "--out" -> output = Path.of(value);
                case "--date" -> date = date(value);
                default -> check = true;
            }
        }

        GazetteerOptions options(Path root) {
            return new GazetteerOptions(root, tarball, overrides, output, date, check);
        }

        private static LocalDate date(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new UsageException("--date needs a date as YYYY-MM-DD, not " + value);
            }
        }
    }

    private static Command command(String name) {
        return switch (name) {
            case "validate", "load", "gazetteer" -> Command.valueOf(name.toUpperCase(Locale.ROOT));
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
        if ((arguments.command == Command.VALIDATE || arguments.command == Command.GAZETTEER)
                && arguments.store != null) {
            throw new UsageException(arguments.command.name().toLowerCase(Locale.ROOT) + " does not take --store");
        }
        return arguments;
    }
}
