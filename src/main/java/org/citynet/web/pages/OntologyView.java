package org.citynet.web.pages;

import java.util.List;

import org.citynet.web.pages.EntityView.Alternate;
import org.citynet.web.pages.EntityView.Link;

/**
 * The HTML documentation of the ontology for one reader: its own classes and properties with labels and
 * definitions in the reader's language, super classes, domains and ranges, and the SKOS schemes.
 *
 * @param iri         the ontology's IRI
 * @param namespace   the namespace of its terms
 * @param title       its title in the reader's language
 * @param description what it is for
 * @param version     its version ({@code owl:versionInfo})
 * @param versionIri  its version IRI
 * @param licence     the licence IRI
 * @param classes     the classes the ontology defines, by name
 * @param objectProperties   its object properties, by name
 * @param datatypeProperties its datatype properties, by name
 * @param reused      the terms of other vocabularies it reuses
 * @param schemes     the SKOS concept schemes, as links to their pages
 * @param alternates  the ontology in RDF syntaxes
 */
public record OntologyView(String iri, String namespace, String title, String description, String version,
                           String versionIri, String licence, List<Term> classes, List<Term> objectProperties,
                           List<Term> datatypeProperties, List<Link> reused, List<Link> schemes,
                           List<Alternate> alternates) {

    /**
     * One term of the ontology.
     *
     * @param anchor     its local name, the fragment of its IRI and the id on the page
     * @param curie      e.g. {@code cn:City}
     * @param label      its name in the reader's language, {@code labelLang} the tag of it
     * @param definition its definition in the reader's language (or another), {@code definitionLang} its tag
     * @param kinds      for properties: what else it is (e.g. symmetric property)
     */
    public record Term(String anchor, String iri, String curie, String label, String labelLang, String definition,
                       String definitionLang, List<Link> superTerms, List<Link> subTerms, List<Link> domains,
                       List<Link> ranges, List<Link> kinds) {
    }
}
