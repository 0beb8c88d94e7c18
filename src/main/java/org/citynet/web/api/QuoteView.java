package org.citynet.web.api;

/**
 * The exact words of a source document that state a fact of the answer (a {@code cn:Quotation}): the
 * sentence or list line character for character as the document has it.
 *
 * @param iri      the quotation's IRI ({@code {base}id/quote/NNN-hash}), which dereferences like any entity
 * @param text     the words
 * @param language their language tag ({@code sv}, {@code fi}), as the source is written
 */
public record QuoteView(String iri, String text, String language) {
}
