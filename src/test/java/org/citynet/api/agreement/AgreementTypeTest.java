package org.citynet.api.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.citynet.api.Terms;
import org.citynet.query.InvalidParameterException;
import org.junit.jupiter.api.Test;

class AgreementTypeTest {

    @Test
    void theMostSpecificAssertedClassNamesTheType() {
        assertThat(AgreementType.of(List.of(Terms.MEMORANDUM_OF_UNDERSTANDING))).isEqualTo(AgreementType.MOU);
        assertThat(AgreementType.of(List.of(Terms.AGREEMENT, Terms.TWINNING_AGREEMENT)))
                .isEqualTo(AgreementType.TWINNING);
        assertThat(AgreementType.of(List.of(Terms.AGREEMENT))).isEqualTo(AgreementType.OTHER);
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
