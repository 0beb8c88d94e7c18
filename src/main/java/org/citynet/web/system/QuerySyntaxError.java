package org.citynet.web.system;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.QueryParseException;

/**
 * A SPARQL syntax error as a client should see it: where the offending text starts and a short message.
 * Jena's {@link QueryParseException#getLine()} and {@code getColumn()} give the position of the last token
 * it <em>accepted</em> (0 before the first), while its message names the token it could not accept; the
 * position is therefore taken from the message, and the grammar's list of expected tokens is kept only when
 * it is short enough to help.
 *
 * @param line   1-based, or 0 when the error has no position (e.g. "SELECT * not legal with GROUP BY")
 * @param column 1-based, or 0 like {@code line}
 */
public record QuerySyntaxError(String message, int line, int column) {

    private static final Pattern POSITION = Pattern.compile("at line (\\d+), column (\\d+)");
    private static final String EXPECTING = "Was expecting";
    private static final int MAX_EXPECTED = 12;

    public static QuerySyntaxError of(QueryParseException e) {
        String text = e.getMessage() == null ? "Syntax error" : e.getMessage().strip();
        int expecting = text.indexOf(EXPECTING);
        String message = (expecting < 0 ? text : text.substring(0, expecting)).strip().replaceAll("\\s+", " ");
        if (expecting >= 0) {
            message += expected(text.substring(expecting));
        }
        Matcher position = POSITION.matcher(text);
        if (position.find()) {
            return new QuerySyntaxError(message, Integer.parseInt(position.group(1)),
                    Integer.parseInt(position.group(2)));
        }
        return new QuerySyntaxError(message, Math.max(e.getLine(), 0), Math.max(e.getColumn(), 0));
    }

    public boolean hasPosition() {
        return line > 0;
    }

    /** " Expected one of: select, ask, …" for a short list of expected tokens, else nothing. */
    private static String expected(String expecting) {
        List<String> tokens = Arrays.stream(expecting.split("\\R")).skip(1).map(String::strip)
                .map(line -> line.replaceAll("\\s*\\.\\.\\.$", "").replaceAll("^\"(.*)\"$", "$1"))
                .filter(token -> !token.isEmpty() && !token.startsWith("\\u"))
                .toList();
        if (tokens.isEmpty() || tokens.size() > MAX_EXPECTED) {
            return "";
        }
        return " Expected one of: " + String.join(", ", tokens) + ".";
    }
}
