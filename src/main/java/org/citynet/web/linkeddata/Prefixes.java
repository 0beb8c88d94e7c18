package org.citynet.web.linkeddata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;

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
        map.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        map.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        map.put("owl", "http://www.w3.org/2002/07/owl#");
        map.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        map.put("skos", "http://www.w3.org/2004/02/skos/core#");
        map.put("dct", "http://purl.org/dc/terms/");
        map.put("org", "http://www.w3.org/ns/org#");
        map.put("prov", "http://www.w3.org/ns/prov#");
        map.put("schema", "http://schema.org/");
        map.put("foaf", "http://xmlns.com/foaf/0.1/");
        map.put("geo", "http://www.opengis.net/ont/geosparql#");
        map.put("vann", "http://purl.org/vocab/vann/");
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
