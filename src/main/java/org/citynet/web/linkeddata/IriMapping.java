package org.citynet.web.linkeddata;

import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Resource;
import org.citynet.kernel.rdf.CN;

/**
 * Maps the graph's canonical IRIs (under {@code citynet.base-iri}) to this service's own addresses and
 * back, so that a local run dereferences the IRIs the data holds: {@code GET /id/city/espoo} describes
 * {@code {base}id/city/espoo}. RDF output keeps the canonical IRIs; HTML links point to the local
 * address so that a person can browse. Immutable.
 */
public final class IriMapping {

    /** Path characters an IRI of ours may contain (RFC 3987 unreserved and sub-delims, ':', '@', '/'). */
    private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9._~!$&'()*+,;=:@/-]*");

    private final String base;

    public IriMapping(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    /** The canonical base, ending in '/'. */
    public String base() {
        return base;
    }

    /**
     * The canonical IRI a local path names: {@code /id/city/espoo} → {@code {base}id/city/espoo}; empty if
     * the path could not be part of an IRI of ours (then nothing is there to describe).
     */
    public Optional<String> canonical(String path) {
        if (path == null || !PATH.matcher(path).matches() || path.contains("//")) {
            return Optional.empty();
        }
        return Optional.of(base + path.substring(1));
    }

    /**
     * Where a person browses an IRI: one under the base becomes {@code localBase} + the rest (fragment
     * kept), any other IRI stays as it is.
     *
     * @param localBase this service's address ending in '/', absolute or root-relative
     */
    public String local(String iri, String localBase) {
        return isCanonical(iri) ? localBase + iri.substring(base.length()) : iri;
    }

    /** True for IRIs under the canonical base, which this service answers for. */
    public boolean isCanonical(String iri) {
        return iri != null && iri.startsWith(base);
    }

    /** The ontology's IRI, {@code {base}ontology}; its terms are hash IRIs that resolve to it. */
    public String ontology() {
        return base + "ontology";
    }

    /** The ontology's namespace, {@code {base}ontology#}. */
    public String ontologyNamespace() {
        return ontology() + "#";
    }

    /**
     * A term of the citynet ontology under the canonical base: {@code CN.City} gives
     * {@code {base}ontology#City}, which is {@code CN.City}'s own IRI with the default base.
     *
     * @throws IllegalArgumentException if the term is not one of {@link CN}'s
     */
    public String term(Resource term) {
        if (!term.isURIResource() || !term.getURI().startsWith(CN.NS)) {
            throw new IllegalArgumentException("Not a term of the citynet ontology: " + term);
        }
        return ontologyNamespace() + term.getURI().substring(CN.NS.length());
    }

    /** A named graph the data files name under the base, e.g. {@code sources}. */
    public String graph(String name) {
        return base + "graph/" + name;
    }

    /** A scheme or entity IRI under {@code {base}id/}, e.g. {@code theme} for the theme scheme. */
    public String id(String rest) {
        return base + "id/" + rest;
    }
}
