package org.citynet.tools.generator;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.citynet.kernel.rdf.CN;
import org.citynet.kernel.rdf.Vocabularies;
import org.citynet.kernel.rdf.Vocabularies.PROV;
import org.citynet.kernel.rdf.Vocabularies.SCHEMA;
import org.citynet.kernel.rdf.Vocabularies.WGS84;

/**
 * The classes and properties the generator writes: the same ones the real data uses, as nodes. The terms are
 * the ontology's ({@link CN}), Jena's vocabulary classes and {@link Vocabularies}; none is spelled out here.
 */
final class Terms {

    /** The EU language authority table, whose IRIs the sources' {@code dct:language} names. */
    static final String LANGUAGE = "http://publications.europa.eu/resource/authority/language/";

    static final Node TYPE = RDF.type.asNode();

    static final Node CITY = CN.City.asNode();
    static final Node CITY_NETWORK = CN.CityNetwork.asNode();
    static final Node WORKING_GROUP = CN.WorkingGroup.asNode();
    static final Node TWINNING_AGREEMENT = CN.TwinningAgreement.asNode();
    static final Node PARTNERSHIP_AGREEMENT = CN.PartnershipAgreement.asNode();
    static final Node MEMORANDUM = CN.MemorandumOfUnderstanding.asNode();
    static final Node PARTNERSHIP = CN.Partnership.asNode();
    static final Node SOURCE_DOCUMENT = CN.SourceDocument.asNode();
    static final Node COUNTRY = SCHEMA.Country.asNode();
    static final Node MEMBERSHIP = ORG.Membership.asNode();
    static final Node FORMAL_ORGANIZATION = ORG.FormalOrganization.asNode();
    static final Node COLLABORATION = ORG.OrganizationalCollaboration.asNode();
    static final Node PROV_ENTITY = PROV.Entity.asNode();

    static final Node PREF_LABEL = SKOS.prefLabel.asNode();
    static final Node IN_SCHEME = SKOS.inScheme.asNode();
    static final Node DESCRIPTION = DCTerms.description.asNode();
    static final Node SUBJECT = DCTerms.subject.asNode();
    static final Node TITLE = DCTerms.title.asNode();
    static final Node PUBLISHER = DCTerms.publisher.asNode();
    static final Node LANGUAGE_OF = DCTerms.language.asNode();
    static final Node DATE = DCTerms.date.asNode();
    static final Node DERIVED_FROM = PROV.wasDerivedFrom.asNode();
    static final Node COUNTRY_OF = CN.country.asNode();
    static final Node ISO_CODE = CN.isoCountryCode.asNode();
    static final Node TWINNED_WITH = CN.twinnedWith.asNode();
    static final Node PARTY = CN.party.asNode();
    static final Node PARTNER = CN.partner.asNode();
    static final Node PARTNERSHIP_KIND = CN.partnershipKind.asNode();
    static final Node SIGNING_DATE = CN.signingDate.asNode();
    static final Node SEED_FILE = CN.seedFile.asNode();
    static final Node MEMBER = ORG.member.asNode();
    static final Node ORGANIZATION = ORG.organization.asNode();
    static final Node ROLE = ORG.role.asNode();
    static final Node MEMBER_OF = ORG.memberOf.asNode();
    static final Node UNIT_OF = ORG.unitOf.asNode();
    static final Node CLASSIFICATION = ORG.classification.asNode();
    static final Node START_DATE = SCHEMA.startDate.asNode();
    static final Node END_DATE = SCHEMA.endDate.asNode();
    static final Node FOUNDING_DATE = SCHEMA.foundingDate.asNode();
    static final Node LAT = WGS84.lat.asNode();
    static final Node LONG = WGS84._long.asNode();

    private Terms() {
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
