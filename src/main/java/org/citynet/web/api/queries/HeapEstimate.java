package org.citynet.web.api.queries;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * An estimate of the heap that kept rows hold, in bytes, for the budget of what {@link NamedQueryService} keeps
 * per data version. A limit in cells was no limit on memory: a cell of a label search (a literal and its
 * lower-cased copy) holds several times what a cell of a count does, and at 100,000 cities the cells allowed
 * (1 million whole-answer cells, 1 million page keys, 4 million unfiltered cells) could take more than the
 * 1 GiB service had beside TDB2's node caches.
 *
 * <p>Sizes are those of a 64-bit JVM with compressed references (12-byte headers, 8-byte alignment): a
 * {@code Node_URI} and its string, a {@code Node_Literal} with its {@code LiteralLabel} and lexical form, a
 * binding and its slots, a reference in a list. A term or a row held twice (the same object) is counted once:
 * the terms TDB2 decodes come from its node cache, so one IRI in a thousand rows is one object. Strings count
 * one byte a character, two where one is beyond Latin-1 (Java's compact strings). Not thread-safe; one per
 * estimate.
 */
final class HeapEstimate {

    private static final int REFERENCE = 8;
    private static final int STRING = 24 + 16;
    private static final int URI = 16 + STRING;
    private static final int LITERAL = 16 + 40 + STRING;
    private static final int BLANK = 16 + 16 + STRING;
    private static final int BINDING = 32;

    private final Set<Object> counted = Collections.newSetFromMap(new IdentityHashMap<>());
    private long bytes;

    long bytes() {
        return bytes;
    }

    /** A row: its slots and its terms; one reference to it in a list. */
    HeapEstimate row(Binding row) {
        bytes += REFERENCE;
        if (row != null && counted.add(row)) {
            bytes += BINDING + 2L * REFERENCE * row.size();
            row.forEach((var, term) -> term(term));
        }
        return this;
    }

    /** A term; one reference to it. */
    HeapEstimate term(Node term) {
        bytes += REFERENCE;
        if (term == null || !counted.add(term)) {
            return this;
        }
        if (term.isURI()) {
            bytes += URI + chars(term.getURI());
        } else if (term.isLiteral()) {
            bytes += LITERAL + chars(term.getLiteralLexicalForm());
        } else if (term.isBlank()) {
            bytes += BLANK + chars(term.getBlankNodeLabel());
        } else {
            bytes += URI;
        }
        return this;
    }

    private static long chars(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0xFF) {
                return 2L * text.length();
            }
        }
        return text.length();
    }
}
