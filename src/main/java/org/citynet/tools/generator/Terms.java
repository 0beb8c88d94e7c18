package org.citynet.tools.generator;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;

/** The classes and properties the generator writes: the same ones the real data uses. */
final class Terms {

    // The system vocabulary, not this package's generator.Vocabulary (the SKOS concepts).
    static final String CN = org.citynet.kernel.rdf.Vocabulary.NS;
    static final String ORG = "http://www.w3.org/ns/org#";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String DCT = "http://purl.org/dc/terms/";
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String SCHEMA = "http://schema.org/";
    static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    static final String LANGUAGE = "http://publications.europa.eu/resource/authority/language/";

    static final Node TYPE = RDF.type.asNode();

    static final Node CITY = cn("City");
    static final Node CITY_NETWORK = cn("CityNetwork");
    static final Node WORKING_GROUP = cn("WorkingGroup");
    static final Node TWINNING_AGREEMENT = cn("TwinningAgreement");
    static final Node PARTNERSHIP_AGREEMENT = cn("PartnershipAgreement");
    static final Node MEMORANDUM = cn("MemorandumOfUnderstanding");
    static final Node PARTNERSHIP = cn("Partnership");
    static final Node SOURCE_DOCUMENT = cn("SourceDocument");
    static final Node COUNTRY = iri(SCHEMA + "Country");
    static final Node MEMBERSHIP = iri(ORG + "Membership");
    static final Node FORMAL_ORGANIZATION = iri(ORG + "FormalOrganization");
    static final Node COLLABORATION = iri(ORG + "OrganizationalCollaboration");
    static final Node PROV_ENTITY = iri(PROV + "Entity");

    static final Node PREF_LABEL = iri(SKOS + "prefLabel");
    static final Node IN_SCHEME = iri(SKOS + "inScheme");
    static final Node DESCRIPTION = iri(DCT + "description");
    static final Node SUBJECT = iri(DCT + "subject");
    static final Node TITLE = iri(DCT + "title");
    static final Node PUBLISHER = iri(DCT + "publisher");
    static final Node LANGUAGE_OF = iri(DCT + "language");
    static final Node DATE = iri(DCT + "date");
    static final Node DERIVED_FROM = iri(PROV + "wasDerivedFrom");
    static final Node COUNTRY_OF = cn("country");
    static final Node ISO_CODE = cn("isoCountryCode");
    static final Node TWINNED_WITH = cn("twinnedWith");
    static final Node PARTY = cn("party");
    static final Node PARTNER = cn("partner");
    static final Node PARTNERSHIP_KIND = cn("partnershipKind");
    static final Node SIGNING_DATE = cn("signingDate");
    static final Node SEED_FILE = cn("seedFile");
    static final Node MEMBER = iri(ORG + "member");
    static final Node ORGANIZATION = iri(ORG + "organization");
    static final Node ROLE = iri(ORG + "role");
    static final Node MEMBER_OF = iri(ORG + "memberOf");
    static final Node UNIT_OF = iri(ORG + "unitOf");
    static final Node CLASSIFICATION = iri(ORG + "classification");
    static final Node START_DATE = iri(SCHEMA + "startDate");
    static final Node END_DATE = iri(SCHEMA + "endDate");
    static final Node FOUNDING_DATE = iri(SCHEMA + "foundingDate");

    private Terms() {
    }

    static Node cn(String local) {
        return iri(CN + local);
    }

    static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    static Node year(int year) {
        return NodeFactory.createLiteralDT(Integer.toString(year), XSDDatatype.XSDgYear);
    }

    static Node date(int year, int month, int day) {
        return NodeFactory.createLiteralDT(String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", year, month, day),
                XSDDatatype.XSDdate);
    }

    static Node string(String text) {
        return NodeFactory.createLiteralDT(text, XSDDatatype.XSDstring);
    }

    static Node text(String text, String language) {
        return NodeFactory.createLiteralLang(text, language);
    }
}
