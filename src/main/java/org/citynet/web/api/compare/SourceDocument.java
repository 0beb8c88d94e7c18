package org.citynet.web.api.compare;

import java.util.Map;

/**
 * A document a fact is derived from ({@code prov:wasDerivedFrom}), as described in the sources graph.
 *
 * @param titles   {@code dct:title} by language tag
 * @param seedFile {@code cn:seedFile}, the file keeping the document's text; null for the editors' curation
 */
public record SourceDocument(String iri, Map<String, String> titles, String seedFile) {

    public SourceDocument {
        titles = Map.copyOf(titles);
    }
}
