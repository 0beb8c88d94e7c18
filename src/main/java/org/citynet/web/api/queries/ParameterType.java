package org.citynet.web.api.queries;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * The types a named-query parameter can have. Each turns the text a user sent into an RDF term, or
 * refuses it with a message that says what was expected; the term is then bound into the query by
 * Jena's substitution, never pasted into the query text.
 */
public enum ParameterType {
    IRI("an absolute http(s) IRI") {
        @Override
        Node parse(String text) {
            try {
                IRIx iri = IRIx.create(text);
                if (!iri.isAbsolute() || iri.hasViolations() || !(iri.hasScheme("http") || iri.hasScheme("https"))) {
                    throw new IllegalArgumentException();
                }
                return NodeFactory.createURI(iri.str());
            } catch (IRIException | IllegalArgumentException e) {
                throw invalid(text);
            }
        }
    },
    STRING("text of at most 200 characters") {
        @Override
        Node parse(String text) {
            if (text.length() > 200 || text.chars().anyMatch(c -> Character.isISOControl(c))) {
                throw invalid(text);
            }
            return NodeFactory.createLiteralString(text);
        }
    },
    LANGUAGE("a language tag such as en, fi or sv") {
        private static final Pattern TAG = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*");

        @Override
        Node parse(String text) {
            if (!TAG.matcher(text).matches()) {
                throw invalid(text);
            }
            return NodeFactory.createLiteralString(text.toLowerCase(Locale.ROOT));
        }
    },
    INTEGER("an integer between -1000000000 and 1000000000") {
        @Override
        Node parse(String text) {
            try {
                long value = Long.parseLong(text);
                if (Math.abs(value) > 1_000_000_000L) {
                    throw invalid(text);
                }
                return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
            } catch (NumberFormatException e) {
                throw invalid(text);
            }
        }
    },
    DATE("a date as YYYY-MM-DD") {
        @Override
        Node parse(String text) {
            try {
                return NodeFactory.createLiteralDT(LocalDate.parse(text).toString(), XSDDatatype.XSDdate);
            } catch (DateTimeParseException e) {
                throw invalid(text);
            }
        }
    },
    YEAR("a year as four digits, e.g. 2015") {
        private static final Pattern YYYY = Pattern.compile("[0-9]{4}");

        @Override
        Node parse(String text) {
            if (!YYYY.matcher(text).matches()) {
                throw invalid(text);
            }
            // Bound as an integer: queries compare it with the year part of a date of any precision.
            return NodeFactory.createLiteralDT(text, XSDDatatype.XSDinteger);
        }
    };

    private final String expected;

    ParameterType(String expected) {
        this.expected = expected;
    }

    /** What a valid value looks like, for error messages and API documentation. */
    public String expected() {
        return expected;
    }

    /** Parses a value; throws {@link IllegalArgumentException} naming what was expected. */
    abstract Node parse(String text);

    IllegalArgumentException invalid(String text) {
        String shown = text.length() > 60 ? text.substring(0, 60) + "…" : text;
        return new IllegalArgumentException("expected " + expected + ", got '" + shown + "'");
    }

    /** The type named in a query decorator, e.g. {@code iri} or {@code year}. */
    public static ParameterType fromDecorator(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown parameter type '" + name.trim()
                    + "' (known: iri, string, language, integer, date, year)");
        }
    }
}
