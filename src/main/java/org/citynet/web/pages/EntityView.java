package org.citynet.web.pages;

import java.util.List;

/**
 * The HTML page of one resource, ready for the template: names in the reader's language, links already
 * pointing to this site's pages, every value citing the sources that state it by number.
 *
 * @param iri        the canonical IRI the page describes
 * @param title      the resource's name in the reader's language (or the end of its IRI)
 * @param titleLang  the language tag of {@code title}, "" if unknown
 * @param types      what the resource is
 * @param statements its properties and values
 * @param incoming   the statements of other resources that point to it
 * @param sources    the named graphs and source documents cited, numbered
 * @param alternates the same description in RDF syntaxes
 */
public record EntityView(String iri, String title, String titleLang, List<Link> types, List<Row> statements,
                         List<Row> incoming, List<Source> sources, List<Alternate> alternates) {

    /** A link with its text; {@code lang} is the text's language tag, "" if unknown. */
    public record Link(String href, String text, String lang, boolean external) {
    }

    /** One value of a property: a link to a resource, or a literal with its language and datatype. */
    public record Value(Link link, String text, String lang, String datatype, List<Citation> citations) {

        public boolean hasLink() {
            return link != null;
        }
    }

    /** A property with its values (or, for incoming links, the resources pointing with it). */
    public record Row(Link property, List<Value> values) {
    }

    /** A reference to a numbered source, e.g. [2]. */
    public record Citation(int number, String anchor) {
    }

    /**
     * A named graph the page cites and, if it has one, the source document it is derived from.
     *
     * @param kind      "document" (a source document, or the editors' curation), "ontology" (the ontology
     *                  graph), "sources" (the graph describing the sources), "load" (the loader's record of
     *                  the last load) or "graph" (anything else, described by {@code note})
     * @param titleLang the language of the document's title, or of the note
     * @param quotes    the words of the document the resource gives as evidence (cn:evidence)
     */
    public record Source(int number, String anchor, String kind, String graph, Link document, String titleLang,
                         Link publisher, String date, String language, String seedFile, String note,
                         List<Quote> quotes) {
    }

    /**
     * The exact words of a source document that state what its graph says of the resource.
     *
     * @param iri  the quotation's canonical IRI (for {@code cite})
     * @param href where a person browses the quotation
     * @param lang the language tag of the words, as the document is written
     */
    public record Quote(String iri, String href, String text, String lang) {
    }

    /** The description in another format. */
    public record Alternate(String href, String mediaType, String name) {
    }
}
