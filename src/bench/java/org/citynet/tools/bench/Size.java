package org.citynet.tools.bench;

import java.util.Locale;

/**
 * One size the harness measures: the repository's real data ({@code real}) or a number of generated cities
 * ({@code 1k}, {@code 10k}, {@code 100k}, or a plain number).
 *
 * @param label  as given on the command line, used in file names and the report
 * @param cities generated cities; 0 for the real data
 */
record Size(String label, int cities) {

    boolean real() {
        return cities == 0;
    }

    static Size parse(String text) {
        String label = text.strip().toLowerCase(Locale.ROOT);
        if (label.equals("real")) {
            return new Size(label, 0);
        }
        int factor = label.endsWith("k") ? 1_000 : label.endsWith("m") ? 1_000_000 : 1;
        String digits = factor == 1 ? label : label.substring(0, label.length() - 1);
        try {
            int cities = Math.multiplyExact(Integer.parseInt(digits), factor);
            if (cities < 10) {
                throw new NumberFormatException();
            }
            return new Size(label, cities);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("bench.sizes: '" + text + "' is neither 'real' nor a number of cities"
                    + " (at least 10; 1k, 10k, 100k or a plain number)");
        }
    }
}
