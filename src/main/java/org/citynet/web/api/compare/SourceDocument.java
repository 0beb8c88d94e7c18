package org.citynet.web.api.compare;

import java.util.Map;

/**
 * A document a fact is derived from ({@code prov:wasDerivedFrom}), as described in the sources graph. Where
 * the graph gives a field more than once, the smallest value (in code-point order) is kept, so that the
 * description does not depend on the order a store gives rows in. Immutable.
 *
 * @param titles    {@code dct:title} by language tag, one per tag
 * @param seedFile  {@code cn:seedFile}, the file keeping the document's text; null for the editors' curation
 * @param publisher {@code dct:publisher} with its labels; null if not given
 * @param language  {@code dct:language}, an EU authority IRI ({@code …/language/FIN}); null if not given
 * @param date      {@code dct:date}, the date the document's text gives, as written; null if not given
 * @param graph     the named graph holding the facts taken from the document; null if none is described
 */
public record SourceDocument(String iri, Map<String, String> titles, String seedFile, Term publisher,
                             String language, String date, String graph) {

    public SourceDocument {
        titles = Map.copyOf(titles);
    }

    /** A source the sources graph says nothing about. */
    public static SourceDocument undescribed(String iri) {
        return new SourceDocument(iri, Map.of(), null, null, null, null, null);
    }
}
