package org.citynet.kernel.rdf;

/**
 * The citynet IRIs the Java code names, spelled out once: the base the data files write their IRIs under,
 * the ontology namespace ({@code cn:}), the graph names and the classes code tells apart. The queries name
 * the rest in their {@code .rq} files; the loader's own graph and manifest terms are in
 * {@code org.citynet.kernel.rdf.LoadVocabulary}, built on these. The service may publish the data under another
 * address ({@code citynet.base-iri}, see {@link Iris}); these are the IRIs as the data holds them.
 */
public final class Vocabulary {

    /** The base of every IRI in the data files. */
    public static final String BASE = "https://w3id.org/citynet/";

    /** Namespace of the citynet ontology, prefix {@code cn:}. */
    public static final String NS = BASE + "ontology#";

    /** Prefix of every graph name. */
    public static final String GRAPH_BASE = BASE + "graph/";

    public static final String AGREEMENT = NS + "Agreement";
    public static final String TWINNING_AGREEMENT = NS + "TwinningAgreement";
    public static final String PARTNERSHIP_AGREEMENT = NS + "PartnershipAgreement";
    public static final String MEMORANDUM_OF_UNDERSTANDING = NS + "MemorandumOfUnderstanding";
    public static final String PARTNERSHIP = NS + "Partnership";
    public static final String CITY_NETWORK = NS + "CityNetwork";
    public static final String WORKING_GROUP = NS + "WorkingGroup";
    public static final String COOPERATION_BODY = NS + "CooperationBody";
    public static final String CITY = NS + "City";
    public static final String SOURCE_DOCUMENT = NS + "SourceDocument";
    public static final String QUOTATION = NS + "Quotation";

    /** A node's evidence: the quotations of its source that state what the source's graph says of it. */
    public static final String EVIDENCE = NS + "evidence";
    /** How a source presents an agreement's validity in words (a concept of the validity-status scheme). */
    public static final String VALIDITY_STATUS = NS + "validityStatus";
    /** A property whose value the source of the graph leaves open for the node. */
    public static final String NOT_STATED = NS + "notStated";

    /** The validity status of an agreement the source presents as replaced by a later one. */
    public static final String SUPERSEDED = BASE + "id/validity-status/superseded";

    /** Countries are schema.org's. */
    public static final String COUNTRY = "http://schema.org/Country";

    private Vocabulary() {
    }
}
