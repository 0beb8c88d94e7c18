package org.citynet.web.api.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.citynet.kernel.rdf.CN;
import org.citynet.web.system.InvalidParameterException;
import org.junit.jupiter.api.Test;

class AgreementTypeTest {

    @Test
    void theMostSpecificAssertedClassNamesTheType() {
        assertThat(AgreementType.of(List.of(CN.MemorandumOfUnderstanding.getURI()))).isEqualTo(AgreementType.MOU);
        assertThat(AgreementType.of(List.of(CN.Agreement.getURI(), CN.TwinningAgreement.getURI())))
                .isEqualTo(AgreementType.TWINNING);
        assertThat(AgreementType.of(List.of(CN.Agreement.getURI()))).isEqualTo(AgreementType.OTHER);
    }

    @Test
    void theTypeParameterTakesTheApiNamesOnly() {
        assertThat(AgreementType.parameter("mou")).isEqualTo(AgreementType.MOU);
        assertThat(AgreementType.parameter("Twinning")).isEqualTo(AgreementType.TWINNING);
        assertThat(AgreementType.parameter(null)).isNull();
        assertThatThrownBy(() -> AgreementType.parameter("foo"))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("type"))
                .hasMessageContaining("twinning, partnership, mou, other");
    }
}
