package org.citynet.tools.generator;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/** The classes and properties the generator writes: the same ones the real data uses. */
final class Terms {

    // The system vocabulary, not this package's generator.Vocabulary (the SKOS concepts).
    static final String CN = org.citynet.kernel.rdf.Vocabulary.NS;
    // Jena has no PROV-O vocabulary class, and its SchemaDO is https://schema.org/ where the data uses http://.
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String SCHEMA = "http://schema.org/";
    static final String WGS84 = "http://www.w3.org/2003/01/geo/wgs84_pos#";
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
    static final Node MEMBERSHIP = ORG.Membership.asNode();
    static final Node FORMAL_ORGANIZATION = ORG.FormalOrganization.asNode();
    static final Node COLLABORATION = ORG.OrganizationalCollaboration.asNode();
    static final Node PROV_ENTITY = iri(PROV + "Entity");

    static final Node PREF_LABEL = SKOS.prefLabel.asNode();
    static final Node IN_SCHEME = SKOS.inScheme.asNode();
    static final Node DESCRIPTION = DCTerms.description.asNode();
    static final Node SUBJECT = DCTerms.subject.asNode();
    static final Node TITLE = DCTerms.title.asNode();
    static final Node PUBLISHER = DCTerms.publisher.asNode();
    static final Node LANGUAGE_OF = DCTerms.language.asNode();
    static final Node DATE = DCTerms.date.asNode();
    static final Node DERIVED_FROM = iri(PROV + "wasDerivedFrom");
    static final Node COUNTRY_OF = cn("country");
    static final Node ISO_CODE = cn("isoCountryCode");
    static final Node TWINNED_WITH = cn("twinnedWith");
    static final Node PARTY = cn("party");
    static final Node PARTNER = cn("partner");
    static final Node PARTNERSHIP_KIND = cn("partnershipKind");
    static final Node SIGNING_DATE = cn("signingDate");
    static final Node SEED_FILE = cn("seedFile");
    static final Node MEMBER = ORG.member.asNode();
    static final Node ORGANIZATION = ORG.organization.asNode();
    static final Node ROLE = ORG.role.asNode();
    static final Node MEMBER_OF = ORG.memberOf.asNode();
    static final Node UNIT_OF = ORG.unitOf.asNode();
    static final Node CLASSIFICATION = ORG.classification.asNode();
    static final Node START_DATE = iri(SCHEMA + "startDate");
    static final Node END_DATE = iri(SCHEMA + "endDate");
    static final Node FOUNDING_DATE = iri(SCHEMA + "foundingDate");
    static final Node LAT = iri(WGS84 + "lat");
    static final Node LONG = iri(WGS84 + "long");

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

    static Node decimal(String lexical) {
        return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdecimal);
    }

    static Node string(String text) {
        return NodeFactory.createLiteralDT(text, XSDDatatype.XSDstring);
    }

    static Node text(String text, String language) {
        return NodeFactory.createLiteralLang(text, language);
    }
}
