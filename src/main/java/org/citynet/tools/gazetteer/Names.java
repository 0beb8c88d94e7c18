package org.citynet.tools.gazetteer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How names are compared. Two keys per name:
 * <ul>
 *   <li>{@link #exact}: Unicode NFC, lower case (root locale), runs of spaces and hyphens made one space —
 *       "Køge" and "KØGE" are the same name, "Port-of-Spain" and "Port of Spain" too;</li>
 *   <li>{@link #folded}: the same after removing combining diacritical marks (NFD, drop category Mn) —
 *       "Montreal" meets "Montréal", "Nomme" meets "Nõmme". Letters that are not a base letter plus a mark
 *       (ø, ð, ł, æ) stay as they are, so "Koge" does not meet "Køge".</li>
 * </ul>
 * A match on the exact key is better than one found only by folding.
 */
final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{Mn}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-‐‑–]+");

    private Names() {
    }

    static String exact(String name) {
        String normal = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return SEPARATORS.matcher(normal).replaceAll(" ").strip();
    }

    static String folded(String name) {
        String decomposed = Normalizer.normalize(exact(name), Normalizer.Form.NFD);
        return Normalizer.normalize(MARKS.matcher(decomposed).replaceAll(""), Normalizer.Form.NFC);
    }
}
