package org.citynet.web.linkeddata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.citynet.kernel.rdf.Vocabularies.GEO;
import org.citynet.kernel.rdf.Vocabularies.PROV;
import org.citynet.kernel.rdf.Vocabularies.SCHEMA;
import org.citynet.kernel.rdf.Vocabularies.VANN;

/**
 * The prefixes every RDF representation is written with, and from which the published JSON-LD context is
 * made: the vocabularies the graph uses and one prefix per kind of entity under the canonical base. The
 * same map goes to the JSON-LD writer and into {@code /context.jsonld}, which is what lets the JSON-LD
 * output reference the published context instead of carrying its own. Immutable.
 */
public final class Prefixes {

    /** Every type segment of the data's entity IRIs ({@code {base}id/{type}/…}), one prefix each. */
    static final List<String> ENTITY_TYPES = List.of("city", "country", "network", "working-group",
            "body", "group", "agreement", "partnership", "membership", "organization", "office", "site", "unit",
            "event", "award", "award-conferral", "plan", "place", "goal", "activity", "source", "quote", "theme",
            "role", "network-kind", "agreement-kind", "partnership-kind", "organization-kind", "validity-status");

    private final Map<String, String> namespaces;
    private final List<String> ordered;

    public Prefixes(IriMapping iris) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("cn", iris.ontologyNamespace());
        map.put("rdf", RDF.uri);
        map.put("rdfs", RDFS.uri);
        map.put("owl", OWL.NS);
        map.put("xsd", XSD.NS);
        map.put("skos", SKOS.uri);
        map.put("dct", DCTerms.NS);
        map.put("org", ORG.NS);
        map.put("prov", PROV.NS);
        map.put("schema", SCHEMA.NS);
        map.put("foaf", FOAF.NS);
        map.put("geo", GEO.NS);
        map.put("vann", VANN.NS);
        map.put("graph", iris.base() + "graph/");
        for (String type : ENTITY_TYPES) {
            map.put(type, iris.id(type + "/"));
        }
        this.namespaces = Map.copyOf(map);
        this.ordered = List.copyOf(map.keySet());
    }

    /** A fresh, mutable Jena prefix map (writers may add to it). */
    public PrefixMap prefixMap() {
        PrefixMap map = PrefixMapFactory.create();
        ordered.forEach(prefix -> map.add(prefix, namespaces.get(prefix)));
        return map;
    }

    /** Prefix to namespace, in a stable order. */
    public Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        ordered.forEach(prefix -> map.put(prefix, namespaces.get(prefix)));
        return map;
    }

    /** {@code cn:City} for an IRI in a known namespace, else the IRI itself. */
    public String shorten(String iri) {
        for (String prefix : ordered) {
            String namespace = namespaces.get(prefix);
            if (iri.startsWith(namespace) && iri.length() > namespace.length()) {
                return prefix + ":" + iri.substring(namespace.length());
            }
        }
        return iri;
    }
}
