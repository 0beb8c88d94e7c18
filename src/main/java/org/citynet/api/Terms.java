package org.citynet.api;

/** The ontology terms the API's Java code tells apart (the queries name the rest). */
public final class Terms {

    /** Namespace of the citynet ontology, prefix {@code cn:}. */
    public static final String NS = "https://w3id.org/citynet/ontology#";

    public static final String AGREEMENT = NS + "Agreement";
    public static final String TWINNING_AGREEMENT = NS + "TwinningAgreement";
    public static final String PARTNERSHIP_AGREEMENT = NS + "PartnershipAgreement";
    public static final String MEMORANDUM_OF_UNDERSTANDING = NS + "MemorandumOfUnderstanding";
    public static final String PARTNERSHIP = NS + "Partnership";
    public static final String CITY_NETWORK = NS + "CityNetwork";
    public static final String WORKING_GROUP = NS + "WorkingGroup";
    public static final String COOPERATION_BODY = NS + "CooperationBody";
    public static final String CITY = NS + "City";
    public static final String COUNTRY = "http://schema.org/Country";

    private Terms() {
    }
}
