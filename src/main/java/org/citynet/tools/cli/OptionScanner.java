package org.citynet.tools.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits the arguments after a subcommand into options ({@code --name value} or {@code --name=value}, flags
 * without a value) and positional arguments, refusing options the subcommand does not know.
 */
final class OptionScanner {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();

    /**
     * @param args    everything after the subcommand
     * @param options option names that take a value
     * @param flags   option names that take none
     * @throws UsageException for an unknown option or a missing value
     */
    OptionScanner(List<String> args, Set<String> options, Set<String> flags) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                positional.add(arg);
                continue;
            }
            int equals = arg.indexOf('=');
            String name = equals > 0 ? arg.substring(0, equals) : arg;
            if (flags.contains(name) && equals < 0) {
                values.put(name, "true");
            } else if (options.contains(name)) {
                values.put(name, equals > 0 ? arg.substring(equals + 1) : valueAt(args, ++i, name));
            } else {
                throw new UsageException("unknown option " + arg);
            }
        }
    }

    String get(String name) {
        return values.get(name);
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    String required(String name, String subcommand) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new UsageException(subcommand + " needs " + name);
        }
        return value;
    }

    List<String> positional() {
        return List.copyOf(positional);
    }

    /** @throws UsageException naming the option if the value is not a whole number in range */
    long number(String name, long fallback, long min, long max) {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            long number = Long.parseLong(value.replace("_", ""));
            if (number < min || number > max) {
                throw new UsageException(name + " must be between " + min + " and " + max + ", not " + value);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be a whole number, not '" + value + "'");
        }
    }

    private static String valueAt(List<String> args, int index, String option) {
        if (index >= args.size() || args.get(index).startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(index);
    }
}
