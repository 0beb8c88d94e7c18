package org.citynet.web.api.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.citynet.kernel.rdf.PartialDate;
import org.citynet.kernel.rdf.PartialDate.Precision;
import org.citynet.kernel.rdf.Vocabulary;
import org.citynet.web.api.ApiParameters;
import org.citynet.web.api.agreement.InForceRule.Status;
import org.citynet.web.system.InvalidParameterException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The in-force rule on partial dates, without Spring or a store. */
class InForceRuleTest {

    private static InForceRule on(String date) {
        return new InForceRule(ApiParameters.date("inForce", date));
    }

    @Test
    void aYearOnlyEndIsInForceOnAnyDayOfThatYear() {
        assertThat(on("2015-06-30").status("2010", null, "2015")).isEqualTo(Status.IN_FORCE);
        assertThat(on("2015-12-31").status("2010", null, "2015")).isEqualTo(Status.IN_FORCE);
        assertThat(on("2016-01-01").status("2010", null, "2015")).isEqualTo(Status.NOT_IN_FORCE);
    }

    @Test
    void aPeriodIsInForceInItsFirstAndLastYearsAndNotOutside() {
        assertThat(on("2015").status("2010", null, "2015")).isEqualTo(Status.IN_FORCE);
        assertThat(on("2010").status("2010", null, "2015")).isEqualTo(Status.IN_FORCE);
        assertThat(on("2009").status("2010", null, "2015")).isEqualTo(Status.NOT_IN_FORCE);
        assertThat(on("2015").status("2016", null, "2019")).isEqualTo(Status.NOT_IN_FORCE);
    }

    @Test
    void aDayPreciseStartIsComparedAtTheCoarserPrecisionOfTheQuestion() {
        assertThat(on("2005").status("2005-10-01", null, null)).isEqualTo(Status.IN_FORCE);
        assertThat(on("2005-09").status("2005-10-01", null, null)).isEqualTo(Status.NOT_IN_FORCE);
        assertThat(on("2005-10").status("2005-10-01", null, null)).isEqualTo(Status.IN_FORCE);
        assertThat(on("2005-09-30").status("2005-10-01", null, null)).isEqualTo(Status.NOT_IN_FORCE);
        assertThat(on("2005-10-01").status("2005-10-01", null, null)).isEqualTo(Status.IN_FORCE);
        assertThat(on("2004").status("2005-10-01", null, null)).isEqualTo(Status.NOT_IN_FORCE);
    }

    @Test
    void aMonthPreciseDateCoversEveryDayOfItsMonth() {
        assertThat(on("2016-05-31").status("2016-05", null, "2016-05")).isEqualTo(Status.IN_FORCE);
        assertThat(on("2016-06-01").status("2016-05", null, "2016-05")).isEqualTo(Status.NOT_IN_FORCE);
        assertThat(on("2016-04-30").status("2016-05", null, null)).isEqualTo(Status.NOT_IN_FORCE);
    }

    @Test
    void theSigningDateIsTheStartOnlyWhenNoValidityStartIsGiven() {
        assertThat(on("2015").status(null, "1998", null)).isEqualTo(Status.IN_FORCE);
        assertThat(on("1997").status(null, "1998", null)).isEqualTo(Status.NOT_IN_FORCE);
        assertThat(on("2009").status("2010", "2009", null)).isEqualTo(Status.NOT_IN_FORCE);
    }

    @Test
    void withoutAKnownStartNothingIsJudged() {
        assertThat(on("2015").status(null, null, "2019")).isEqualTo(Status.UNKNOWN_START);
        assertThat(on("2015").status(null, null, null)).isEqualTo(Status.UNKNOWN_START);
    }

    @Test
    void anAgreementTheSourcePresentsAsSupersededWithoutAnEndIsNotInForce() {
        List<String> superseded = List.of(Vocabulary.SUPERSEDED);
        assertThat(on("2015").status(null, "1999", null, superseded)).isEqualTo(Status.SUPERSEDED_WITHOUT_END);
        assertThat(on("1998").status(null, "1999", null, superseded)).isEqualTo(Status.NOT_IN_FORCE);
        assertThat(on("2015").status(null, "1999", null)).isEqualTo(Status.IN_FORCE);
    }

    @Test
    void dataDatesWithATimezoneOrTimeKeepTheirDatePart() {
        assertThat(PartialDate.parseLexical("2015Z")).contains(PartialDate.ofYear(2015));
        assertThat(PartialDate.parseLexical("2016-05+02:00")).contains(new PartialDate(2016, 5, 0, Precision.MONTH));
        assertThat(PartialDate.parseLexical("2005-10-01T12:00:00Z")).contains(new PartialDate(2005, 10, 1, Precision.DAY));
        assertThat(PartialDate.parseLexical("sometime")).isEmpty();
    }

    @Test
    void precisionAndTextFollowTheInput() {
        assertThat(ApiParameters.date("inForce", "2015").precision()).isEqualTo(Precision.YEAR);
        assertThat(ApiParameters.date("inForce", "2015-06").toString()).isEqualTo("2015-06");
        assertThat(ApiParameters.date("inForce", "2015-06-30").precision()).isEqualTo(Precision.DAY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "15", "2015-1-1", "2015-13", "2015-02-30", "2015/06/30", "2015-06-30T00:00",
            ""})
    void malformedDatesAreRefusedNamingTheParameter(String value) {
        assertThatThrownBy(() -> ApiParameters.date("inForce", value))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("inForce"))
                .hasMessageContaining("YYYY");
    }
}
