package org.citynet.web.catalog;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of DCAT, VoID, the SPARQL Service Description, SPDX and friends that the code writes. */
public final class Vocab {

    public static final String DCAT = "http://www.w3.org/ns/dcat#";
    public static final String DCT = "http://purl.org/dc/terms/";
    public static final String VOID = "http://rdfs.org/ns/void#";
    public static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    public static final String SPDX = "http://spdx.org/rdf/terms#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    public static final String VCARD = "http://www.w3.org/2006/vcard/ns#";

    public static final Property DCAT_BYTE_SIZE = property(DCAT, "byteSize");
    public static final Property DCAT_CONTACT_POINT = property(DCAT, "contactPoint");
    public static final Property DCAT_END_DATE = property(DCAT, "endDate");
    public static final Property DCAT_START_DATE = property(DCAT, "startDate");

    public static final Property DCT_ISSUED = property(DCT, "issued");
    public static final Property DCT_MODIFIED = property(DCT, "modified");
    public static final Property DCT_PUBLISHER = property(DCT, "publisher");
    public static final Property DCT_RIGHTS = property(DCT, "rights");
    public static final Property DCT_SOURCE = property(DCT, "source");
    public static final Property DCT_TEMPORAL = property(DCT, "temporal");
    public static final Property DCT_TYPE = property(DCT, "type");
    public static final Property DCT_IDENTIFIER = property(DCT, "identifier");
    public static final Property DCT_DESCRIPTION = property(DCT, "description");
    public static final Resource DCT_PERIOD_OF_TIME = resource(DCT, "PeriodOfTime");
    public static final Resource DCT_RIGHTS_STATEMENT = resource(DCT, "RightsStatement");

    public static final Property SPDX_CHECKSUM = property(SPDX, "checksum");
    public static final Property SPDX_ALGORITHM = property(SPDX, "algorithm");
    public static final Property SPDX_CHECKSUM_VALUE = property(SPDX, "checksumValue");
    public static final Resource SPDX_CHECKSUM_CLASS = resource(SPDX, "Checksum");
    public static final Resource SPDX_SHA256 = resource(SPDX, "checksumAlgorithm_sha256");

    public static final Property PROV_WAS_DERIVED_FROM = property(PROV, "wasDerivedFrom");

    public static final Resource FOAF_AGENT = resource(FOAF, "Agent");
    public static final Property FOAF_NAME = property(FOAF, "name");
    public static final Property FOAF_HOMEPAGE = property(FOAF, "homepage");

    public static final Resource VCARD_ORGANIZATION = resource(VCARD, "Organization");
    public static final Property VCARD_FN = property(VCARD, "fn");
    public static final Property VCARD_HAS_URL = property(VCARD, "hasURL");
    public static final Property VCARD_HAS_EMAIL = property(VCARD, "hasEmail");

    public static final Resource VOID_DATASET = resource(VOID, "Dataset");
    public static final Resource VOID_LINKSET = resource(VOID, "Linkset");
    public static final Property VOID_TRIPLES = property(VOID, "triples");
    public static final Property VOID_ENTITIES = property(VOID, "entities");
    public static final Property VOID_CLASSES = property(VOID, "classes");
    public static final Property VOID_PROPERTIES = property(VOID, "properties");
    public static final Property VOID_DISTINCT_SUBJECTS = property(VOID, "distinctSubjects");
    public static final Property VOID_DISTINCT_OBJECTS = property(VOID, "distinctObjects");
    public static final Property VOID_CLASS_PARTITION = property(VOID, "classPartition");
    public static final Property VOID_PROPERTY_PARTITION = property(VOID, "propertyPartition");
    public static final Property VOID_CLASS = property(VOID, "class");
    public static final Property VOID_PROPERTY = property(VOID, "property");
    public static final Property VOID_VOCABULARY = property(VOID, "vocabulary");
    public static final Property VOID_URI_SPACE = property(VOID, "uriSpace");
    public static final Property VOID_SUBSET = property(VOID, "subset");
    public static final Property VOID_SUBJECTS_TARGET = property(VOID, "subjectsTarget");
    public static final Property VOID_OBJECTS_TARGET = property(VOID, "objectsTarget");
    public static final Property VOID_LINK_PREDICATE = property(VOID, "linkPredicate");

    public static final Resource SD_DATASET = resource(SD, "Dataset");
    public static final Resource SD_GRAPH = resource(SD, "Graph");
    public static final Resource SD_NAMED_GRAPH = resource(SD, "NamedGraph");
    public static final Property SD_DEFAULT_DATASET = property(SD, "defaultDataset");
    public static final Property SD_DEFAULT_GRAPH = property(SD, "defaultGraph");
    public static final Property SD_NAMED_GRAPH_PROPERTY = property(SD, "namedGraph");
    public static final Property SD_NAME = property(SD, "name");
    public static final Property SD_GRAPH_PROPERTY = property(SD, "graph");

    private Vocab() {
    }

    private static Property property(String ns, String local) {
        return ResourceFactory.createProperty(ns, local);
    }

    private static Resource resource(String ns, String local) {
        return ResourceFactory.createResource(ns + local);
    }
}
