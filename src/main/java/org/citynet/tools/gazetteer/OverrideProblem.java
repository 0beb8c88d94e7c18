package org.citynet.tools.gazetteer;

/**
 * Why a line of the override file is refused.
 *
 * @param line    1-based line number
 * @param message what is wrong and how to put it right
 */
public record OverrideProblem(int line, String message) {

    /** {@code data/gazetteer-overrides.tsv:7: message} */
    public String describe(String file) {
        return file + ":" + line + ": " + message;
    }
}
