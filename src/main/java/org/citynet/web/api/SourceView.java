package org.citynet.web.api;

import java.util.List;

/**
 * A source document an answer rests on (a {@code cn:SourceDocument}), with the quotations of it that back
 * the answer's facts.
 *
 * @param iri          the document's IRI
 * @param title        its title, in its own language
 * @param publisher    who published it
 * @param language     the EU authority IRI of its language
 * @param languageCode the same as an ISO 639-1 code where one exists ({@code sv}, {@code fi})
 * @param date         the date the document gives, at its precision; null if it gives none
 * @param seedFile     the file that keeps its text
 * @param graph        the named graph that holds the facts taken from it
 * @param quotes       its words that state the answer's facts (each item's {@code evidence} names them by
 *                     IRI), ordered by text; empty if the answer's nodes cite none of it
 */
public record SourceView(String iri, String title, Ref publisher, String language, String languageCode,
                         String date, String seedFile, String graph, List<QuoteView> quotes) {
}
