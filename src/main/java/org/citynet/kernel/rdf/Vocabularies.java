package org.citynet.kernel.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms of the outside vocabularies the code names that Jena has no class for, written the way Jena
 * writes its own ({@code org.apache.jena.vocabulary}): per vocabulary its namespace {@code NS} and the
 * terms the code uses as {@link Resource}s and {@link Property}s (Java keywords get a leading '_', as Jena's
 * {@code VOID._class}). Add a term here when code needs it; spell no vocabulary IRI out anywhere else.
 *
 * <p>The rest come from Jena: {@code DCTerms}, {@code DCAT}, {@code VOID}, {@code SKOS}, {@code ORG},
 * {@code RDF}, {@code RDFS}, {@code OWL}, {@code XSD} and {@code VCARD4} (vCard 2006,
 * {@code http://www.w3.org/2006/vcard/ns#}; Jena's {@code VCARD} is the 2001 one) in
 * {@code org.apache.jena.vocabulary}, {@code FOAF} in {@code org.apache.jena.sparql.vocabulary}. The
 * citynet ontology's own terms ({@code cn:}) are {@link CN}, generated from {@code ontology/citynet.ttl}
 * at build time.
 */
public final class Vocabularies {

    private Vocabularies() {
    }

    /** PROV-O, {@code prov:}. Jena has no class for it. */
    public static final class PROV {
        public static final String NS = "http://www.w3.org/ns/prov#";
        public static final Resource Entity = resource(NS, "Entity");
        public static final Property wasDerivedFrom = property(NS, "wasDerivedFrom");
        public static final Property wasQuotedFrom = property(NS, "wasQuotedFrom");
        public static final Property value = property(NS, "value");

        private PROV() {
        }
    }

    /**
     * GeoSPARQL, {@code geo:}. Jena's class for it ({@code Geo}) is in jena-geosparql, a spatial index and
     * query engine the service does not use.
     */
    public static final class GEO {
        public static final String NS = "http://www.opengis.net/ont/geosparql#";
        public static final Resource Geometry = resource(NS, "Geometry");
        public static final Property hasGeometry = property(NS, "hasGeometry");
        public static final Property asWKT = property(NS, "asWKT");

        private GEO() {
        }
    }

    /** W3C Basic Geo (WGS84 lat/long), {@code wgs84:}. Jena has no class for it. */
    public static final class WGS84 {
        public static final String NS = "http://www.w3.org/2003/01/geo/wgs84_pos#";
        public static final Property lat = property(NS, "lat");
        public static final Property _long = property(NS, "long");

        private WGS84() {
        }
    }

    /** SPARQL 1.1 Service Description, {@code sd:}. Jena has no class for it. */
    public static final class SD {
        public static final String NS = "http://www.w3.org/ns/sparql-service-description#";
        public static final Resource Dataset = resource(NS, "Dataset");
        public static final Resource Graph = resource(NS, "Graph");
        public static final Resource NamedGraph = resource(NS, "NamedGraph");
        public static final Property defaultDataset = property(NS, "defaultDataset");
        public static final Property defaultGraph = property(NS, "defaultGraph");
        public static final Property namedGraph = property(NS, "namedGraph");
        public static final Property name = property(NS, "name");
        public static final Property graph = property(NS, "graph");

        private SD() {
        }
    }

    /** SPDX 2 terms (checksums of the dumps), {@code spdx:}. Jena has no class for it. */
    public static final class SPDX {
        public static final String NS = "http://spdx.org/rdf/terms#";
        public static final Resource Checksum = resource(NS, "Checksum");
        public static final Resource checksumAlgorithm_sha256 = resource(NS, "checksumAlgorithm_sha256");
        public static final Property checksum = property(NS, "checksum");
        public static final Property algorithm = property(NS, "algorithm");
        public static final Property checksumValue = property(NS, "checksumValue");

        private SPDX() {
        }
    }

    /**
     * schema.org as the data writes it, {@code http://schema.org/}, prefix {@code schema:}. Jena's
     * {@code SchemaDO} is the {@code https://schema.org/} namespace, which names other IRIs.
     */
    public static final class SCHEMA {
        public static final String NS = "http://schema.org/";
        public static final Resource Country = resource(NS, "Country");
        public static final Property startDate = property(NS, "startDate");
        public static final Property endDate = property(NS, "endDate");
        public static final Property foundingDate = property(NS, "foundingDate");

        private SCHEMA() {
        }
    }

    /** Creative Commons Rights Expression Language, {@code cc:} (the gazetteer's attribution). Jena has none. */
    public static final class CC {
        public static final String NS = "http://creativecommons.org/ns#";

        private CC() {
        }
    }

    /** VANN, vocabulary annotations, {@code vann:} (the ontology's preferred prefix). Jena has no class for it. */
    public static final class VANN {
        public static final String NS = "http://purl.org/vocab/vann/";

        private VANN() {
        }
    }

    private static Property property(String ns, String local) {
        return ResourceFactory.createProperty(ns, local);
    }

    private static Resource resource(String ns, String local) {
        return ResourceFactory.createResource(ns + local);
    }
}
