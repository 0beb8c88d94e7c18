package org.citynet.catalog;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of DCAT, VoID, the SPARQL Service Description, SPDX and friends that the code writes. */
final class Vocab {

    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String DCT = "http://purl.org/dc/terms/";
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String SPDX = "http://spdx.org/rdf/terms#";
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String VCARD = "http://www.w3.org/2006/vcard/ns#";

    static final Property DCAT_BYTE_SIZE = property(DCAT, "byteSize");
    static final Property DCAT_CONTACT_POINT = property(DCAT, "contactPoint");
    static final Property DCAT_END_DATE = property(DCAT, "endDate");
    static final Property DCAT_START_DATE = property(DCAT, "startDate");

    static final Property DCT_ISSUED = property(DCT, "issued");
    static final Property DCT_MODIFIED = property(DCT, "modified");
    static final Property DCT_PUBLISHER = property(DCT, "publisher");
    static final Property DCT_RIGHTS = property(DCT, "rights");
    static final Property DCT_SOURCE = property(DCT, "source");
    static final Property DCT_TEMPORAL = property(DCT, "temporal");
    static final Property DCT_TYPE = property(DCT, "type");
    static final Property DCT_IDENTIFIER = property(DCT, "identifier");
    static final Property DCT_DESCRIPTION = property(DCT, "description");
    static final Resource DCT_PERIOD_OF_TIME = resource(DCT, "PeriodOfTime");
    static final Resource DCT_RIGHTS_STATEMENT = resource(DCT, "RightsStatement");

    static final Property SPDX_CHECKSUM = property(SPDX, "checksum");
    static final Property SPDX_ALGORITHM = property(SPDX, "algorithm");
    static final Property SPDX_CHECKSUM_VALUE = property(SPDX, "checksumValue");
    static final Resource SPDX_CHECKSUM_CLASS = resource(SPDX, "Checksum");
    static final Resource SPDX_SHA256 = resource(SPDX, "checksumAlgorithm_sha256");

    static final Property PROV_WAS_DERIVED_FROM = property(PROV, "wasDerivedFrom");

    static final Resource FOAF_AGENT = resource(FOAF, "Agent");
    static final Property FOAF_NAME = property(FOAF, "name");
    static final Property FOAF_HOMEPAGE = property(FOAF, "homepage");

    static final Resource VCARD_ORGANIZATION = resource(VCARD, "Organization");
    static final Property VCARD_FN = property(VCARD, "fn");
    static final Property VCARD_HAS_URL = property(VCARD, "hasURL");
    static final Property VCARD_HAS_EMAIL = property(VCARD, "hasEmail");

    static final Resource VOID_DATASET = resource(VOID, "Dataset");
    static final Resource VOID_LINKSET = resource(VOID, "Linkset");
    static final Property VOID_TRIPLES = property(VOID, "triples");
    static final Property VOID_ENTITIES = property(VOID, "entities");
    static final Property VOID_CLASSES = property(VOID, "classes");
    static final Property VOID_PROPERTIES = property(VOID, "properties");
    static final Property VOID_DISTINCT_SUBJECTS = property(VOID, "distinctSubjects");
    static final Property VOID_DISTINCT_OBJECTS = property(VOID, "distinctObjects");
    static final Property VOID_CLASS_PARTITION = property(VOID, "classPartition");
    static final Property VOID_PROPERTY_PARTITION = property(VOID, "propertyPartition");
    static final Property VOID_CLASS = property(VOID, "class");
    static final Property VOID_PROPERTY = property(VOID, "property");
    static final Property VOID_VOCABULARY = property(VOID, "vocabulary");
    static final Property VOID_URI_SPACE = property(VOID, "uriSpace");
    static final Property VOID_SUBSET = property(VOID, "subset");
    static final Property VOID_SUBJECTS_TARGET = property(VOID, "subjectsTarget");
    static final Property VOID_OBJECTS_TARGET = property(VOID, "objectsTarget");
    static final Property VOID_LINK_PREDICATE = property(VOID, "linkPredicate");

    static final Resource SD_DATASET = resource(SD, "Dataset");
    static final Resource SD_GRAPH = resource(SD, "Graph");
    static final Resource SD_NAMED_GRAPH = resource(SD, "NamedGraph");
    static final Property SD_DEFAULT_DATASET = property(SD, "defaultDataset");
    static final Property SD_DEFAULT_GRAPH = property(SD, "defaultGraph");
    static final Property SD_NAMED_GRAPH_PROPERTY = property(SD, "namedGraph");
    static final Property SD_NAME = property(SD, "name");
    static final Property SD_GRAPH_PROPERTY = property(SD, "graph");

    private Vocab() {
    }

    private static Property property(String ns, String local) {
        return ResourceFactory.createProperty(ns, local);
    }

    private static Resource resource(String ns, String local) {
        return ResourceFactory.createResource(ns + local);
    }
}
