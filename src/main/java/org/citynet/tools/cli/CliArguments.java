package org.citynet.tools.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.citynet.tools.gazetteer.GazetteerOptions;

/**
 * The parsed command line: a subcommand and the options it takes. Each subcommand declares its options
 * (which take a value, which are flags, which are required) in {@link Command}, so that a new subcommand
 * adds one line there rather than new special cases in the parser.
 *
 * @param command what to do
 * @param root    project root holding {@code ontology/} and {@code data/}; defaults to the working directory
 * @param options every option given, by name ({@code --store}), flags with the value {@code "true"}
 */
record CliArguments(Command command, Path root, Map<String, String> options) {

    enum Command {
        VALIDATE(Set.of("--root"), Set.of(), Set.of()),
        LOAD(Set.of("--root", "--store"), Set.of(), Set.of("--store")),
        GAZETTEER(Set.of("--root", "--package", "--overrides", "--out", "--date"), Set.of("--check"), Set.of()),
        BACKUP(Set.of("--store", "--out"), Set.of(), Set.of("--store", "--out")),
        RESTORE(Set.of("--store", "--in"), Set.of("--force"), Set.of("--store", "--in")),
        HELP(Set.of(), Set.of(), Set.of());

        final Set<String> valued;
        final Set<String> flags;
        final Set<String> required;

        Command(Set<String> valued, Set<String> flags, Set<String> required) {
            this.valued = valued;
            this.flags = flags;
            this.required = required;
        }

        String displayName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    CliArguments {
        options = Map.copyOf(options);
    }

    /** @throws UsageException for an unknown subcommand or option, or a missing or misplaced value */
    static CliArguments parse(String... args) {
        if (args.length == 0) {
            throw new UsageException("missing subcommand");
        }
        Command command = command(args[0]);
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            int equals = arg.indexOf('=');
            // Accept both "--root DIR" and "--root=DIR".
            String name = equals > 0 ? arg.substring(0, equals) : arg;
            if (name.equals("-h") || name.equals("--help")) {
                return new CliArguments(Command.HELP, Path.of("."), Map.of());
            }
            if (command.flags.contains(name) && equals < 0) {
                options.put(name, "true");
            } else if (command.valued.contains(name)) {
                options.put(name, equals > 0 ? arg.substring(equals + 1) : value(args, ++i, name));
            } else if (isKnownAnywhere(name)) {
                throw new UsageException(command.displayName() + " does not take " + name);
            } else {
                throw new UsageException("unknown option " + arg);
            }
        }
        for (String required : command.required) {
            if (options.getOrDefault(required, "").isBlank()) {
                throw new UsageException(command.displayName() + " needs " + required + " " + placeholder(required));
            }
        }
        return new CliArguments(command, Path.of(options.getOrDefault("--root", ".")), options);
    }

    /** {@code mem}, a TDB2 directory or an http(s) dataset URL; null if the command takes none. */
    String store() {
        return options.get("--store");
    }

    /** For {@code backup} the file to write ({@code --out}); for {@code restore} the file to read. */
    Path file() {
        String file = command == Command.BACKUP ? options.get("--out") : options.get("--in");
        return file == null ? null : Path.of(file);
    }

    boolean force() {
        return options.containsKey("--force");
    }

    GazetteerOptions gazetteer() {
        return new GazetteerOptions(root, path("--package"), path("--overrides"), path("--out"), date("--date"),
                options.containsKey("--check"));
    }

    private Path path(String option) {
        String value = options.get(option);
        return value == null ? null : Path.of(value);
    }

    private LocalDate date(String option) {
        String value = options.get(option);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException(option + " needs a date as YYYY-MM-DD, not " + value);
        }
    }

    private static Command command(String name) {
        return switch (name) {
            case "help", "-h", "--help" -> Command.HELP;
            default -> List.of(Command.values()).stream()
                    .filter(c -> c != Command.HELP && c.displayName().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new UsageException("unknown subcommand " + name));
        };
    }

    private static boolean isKnownAnywhere(String option) {
        return List.of(Command.values()).stream().anyMatch(c -> c.valued.contains(option) || c.flags.contains(option));
    }

    private static String placeholder(String option) {
        return switch (option) {
            case "--store" -> "LOCATION";
            case "--out", "--in" -> "FILE";
            default -> "VALUE";
        };
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args[index];
    }
}
