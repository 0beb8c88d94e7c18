package org.citynet.web.api.agreement;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

import org.citynet.kernel.rdf.CN;
import org.citynet.web.api.ApiParameters;
import org.citynet.web.system.InvalidParameterException;

/**
 * The API's names for the agreement classes ({@code ?type=} filter and the {@code type} field):
 * {@code other} is an agreement of no more specific class (regional cooperation, MAL).
 */
public enum AgreementType {
    TWINNING("twinning", CN.TwinningAgreement.getURI()),
    PARTNERSHIP("partnership", CN.PartnershipAgreement.getURI()),
    MOU("mou", CN.MemorandumOfUnderstanding.getURI()),
    OTHER("other", CN.Agreement.getURI());

    private final String apiName;
    private final String classIri;

    AgreementType(String apiName, String classIri) {
        this.apiName = apiName;
        this.classIri = classIri;
    }

    public String apiName() {
        return apiName;
    }

    public String classIri() {
        return classIri;
    }

    /** The type of an agreement with the given asserted classes; the most specific one wins. */
    public static AgreementType of(Collection<String> classIris) {
        for (AgreementType type : values()) {
            if (type != OTHER && classIris.contains(type.classIri)) {
                return type;
            }
        }
        return OTHER;
    }

    /** The {@code type} parameter, or null if absent; anything else is a 400 naming the parameter. */
    public static AgreementType parameter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (AgreementType type : values()) {
            if (type.apiName.equals(value.strip().toLowerCase(Locale.ROOT))) {
                return type;
            }
        }
        throw new InvalidParameterException("type", "must be one of "
                + Arrays.stream(values()).map(AgreementType::apiName).collect(Collectors.joining(", "))
                + ", not '" + ApiParameters.abbreviate(value) + "'");
    }
}
