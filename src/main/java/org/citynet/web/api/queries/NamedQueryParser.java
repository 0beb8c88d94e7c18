package org.citynet.web.api.queries;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.citynet.web.api.PageRequest;

/**
 * Reads a named query from the text of a {@code .rq} file. Decorators are comment lines at the top:
 *
 * <pre>
 * #+ summary: Twin cities of a city
 * #+ description: Longer text; further lines indented under it
 * #+   continue it.
 * #+ params:
 * #+   - city: iri = https://w3id.org/citynet/id/city/espoo ; The city
 * #+   - year: year ; Required, because it has no default
 * #+ pagination: 50
 * #+ page-by: city
 * #+ precompute: unfiltered
 * </pre>
 *
 * Parameter types are those of {@link ParameterType}. A paginated query must be a SELECT with an
 * ORDER BY and without its own LIMIT or OFFSET, so that pages are stable and the total is true. A query
 * paged by a variable ({@link PageKeys}) orders by it, among plain variables only.
 */
public final class NamedQueryParser {

    private static final Pattern DECORATOR = Pattern.compile("^#\\+\\s?(\\s*)(.*)$");
    private static final Pattern KEY_VALUE = Pattern.compile("^([a-z]+(?:-[a-z]+)*):\\s*(.*)$");
    private static final Pattern PARAM = Pattern.compile(
            "^-\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*:\\s*([A-Za-z]+)\\s*(?:=\\s*([^;]*?))?\\s*(?:;\\s*(.*))?$");
    public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    /** Request parameters the API uses for pages; no query may declare them. */
    public static final List<String> RESERVED = List.of(PageRequest.PAGE, PageRequest.PAGE_SIZE);

    private NamedQueryParser() {
    }

    /** Parses; throws {@link NamedQueryException} describing every problem found in the file. */
    public static NamedQuery parse(String name, String text) {
        List<String> problems = new ArrayList<>();
        if (!NAME.matcher(name).matches()) {
            problems.add("file name must be lower-case letters, digits and '-' (it becomes the API path)");
        }
        Decorators d = readDecorators(text, problems);
        Query query = parseQuery(text, problems);
        if (d.summary == null || d.summary.isBlank()) {
            problems.add("missing '#+ summary:' line");
        }
        for (QueryParameter p : d.parameters) {
            checkParameter(p, text, problems);
        }
        if (d.pageSize > 0 && query != null) {
            if (!query.isSelectType() || !query.hasOrderBy()) {
                problems.add("a paginated query must be a SELECT with ORDER BY, so pages are stable");
            }
            if (query.hasLimit() || query.hasOffset()) {
                problems.add("a paginated query must not set its own LIMIT or OFFSET");
            }
        }
        if (d.pageBy != null && query != null) {
            problems.addAll(PageKeys.problems(query, d.pageBy));
            if (d.precompute || d.unfiltered) {
                problems.add("'#+ page-by:' and '#+ precompute:' exclude each other: a precomputed query "
                        + "already answers every page from its kept rows");
            }
        }
        if (d.precompute && d.unfiltered) {
            problems.add("'#+ precompute:' is given as both true and unfiltered; give it once");
        }
        if (d.unfiltered && query != null) {
            problems.addAll(KeptFilterRows.problems(query, d.parameterNames()));
        }
        if (!problems.isEmpty()) {
            throw new NamedQueryException(name, problems);
        }
        return new NamedQuery(name, d.summary.strip(), Optional.ofNullable(d.description).orElse("").strip(),
                d.parameters, d.pageSize, d.precompute, d.unfiltered, d.pageBy, query, text);
    }

    private static Query parseQuery(String text, List<String> problems) {
        try {
            return QueryFactory.create(text, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            problems.add("SPARQL syntax error at line " + e.getLine() + ", column " + e.getColumn() + ": "
                    + e.getMessage());
            return null;
        }
    }

    private static void checkParameter(QueryParameter p, String text, List<String> problems) {
        if (RESERVED.contains(p.name())) {
            problems.add("parameter name '" + p.name() + "' is reserved for pagination (" + String.join(", ", RESERVED) + ")");
        }
        if (!Pattern.compile("[?$]" + p.name() + "\\b").matcher(text).find()) {
            problems.add("parameter '" + p.name() + "' is not a variable of the query");
        }
        if (p.defaultValue() != null) {
            try {
                p.type().parse(p.defaultValue());
            } catch (IllegalArgumentException e) {
                problems.add("default of parameter '" + p.name() + "': " + e.getMessage());
            }
        }
    }

    private static Decorators readDecorators(String text, List<String> problems) {
        Decorators d = new Decorators();
        String current = null;
        for (String line : text.split("\\R")) {
            Matcher m = DECORATOR.matcher(line);
            if (!m.matches()) {
                continue;
            }
            boolean indented = !m.group(1).isEmpty();
            String body = m.group(2).strip();
            if (indented && current != null) {
                d.continueWith(current, body, problems);
                continue;
            }
            Matcher kv = KEY_VALUE.matcher(body);
            if (!kv.matches()) {
                problems.add("unreadable decorator line: '" + line.strip() + "'");
                continue;
            }
            current = kv.group(1);
            d.set(current, kv.group(2).strip(), problems);
        }
        return d;
    }

    /** Mutable while reading; becomes part of an immutable {@link NamedQuery}. */
    private static final class Decorators {
        String summary;
        String description;
        int pageSize;
        boolean precompute;
        boolean unfiltered;
        String pageBy;
        final List<QueryParameter> parameters = new ArrayList<>();

        void set(String key, String value, List<String> problems) {
            switch (key) {
                case "summary" -> summary = value;
                case "description" -> description = value;
                case "params" -> {
                    if (!value.isEmpty()) {
                        problems.add("'#+ params:' lists its parameters on the following lines, as '#+   - name: type'");
                    }
                }
                case "pagination" -> pageSize = pageSize(value, problems);
                case "precompute" -> {
                    switch (value) {
                        case "true" -> precompute = true;
                        case "false" -> precompute = false;
                        case "unfiltered" -> unfiltered = true;
                        default -> problems.add("'#+ precompute:' is true, false or unfiltered, not '" + value + "'");
                    }
                }
                case "page-by" -> {
                    String variable = value.startsWith("?") || value.startsWith("$") ? value.substring(1) : value;
                    if (variable.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                        pageBy = variable;
                    } else {
                        problems.add("'#+ page-by:' names one variable of the query, not '" + value + "'");
                    }
                }
                default -> problems.add("unknown decorator '#+ " + key
                        + ":' (known: summary, description, params, pagination, precompute, page-by)");
            }
        }

        Set<String> parameterNames() {
            return NamedQuery.names(parameters);
        }

        void continueWith(String key, String value, List<String> problems) {
            if (!key.equals("params") && PARAM.matcher(value).matches()) {
                // Without this, a forgotten '#+ params:' line silently turns a parameter into prose.
                problems.add("'" + value + "' looks like a parameter but follows '#+ " + key
                        + ":'; put it under a '#+ params:' line");
                return;
            }
            switch (key) {
                case "summary" -> summary = summary + " " + value;
                case "description" -> description = description.isEmpty() ? value : description + " " + value;
                case "params" -> parameters.add(parameter(value, problems));
                default -> problems.add("'#+ " + key + ":' does not continue on further lines");
            }
        }

        private static QueryParameter parameter(String line, List<String> problems) {
            Matcher m = PARAM.matcher(line);
            if (!m.matches()) {
                problems.add("unreadable parameter line '" + line + "' (expected '- name: type [= default] [; description]')");
                return new QueryParameter("invalid", ParameterType.STRING, "", "");
            }
            ParameterType type;
            try {
                type = ParameterType.fromDecorator(m.group(2));
            } catch (IllegalArgumentException e) {
                problems.add("parameter '" + m.group(1) + "': " + e.getMessage());
                type = ParameterType.STRING;
            }
            String def = m.group(3) == null || m.group(3).isBlank() ? null : m.group(3).strip();
            return new QueryParameter(m.group(1), type, def, m.group(4) == null ? "" : m.group(4).strip());
        }

        private static int pageSize(String value, List<String> problems) {
            try {
                int size = Integer.parseInt(value);
                if (size < 1 || size > 10_000) {
                    throw new NumberFormatException();
                }
                return size;
            } catch (NumberFormatException e) {
                problems.add("'#+ pagination:' must be a page size between 1 and 10000, not '" + value + "'");
                return 0;
            }
        }
    }
}
