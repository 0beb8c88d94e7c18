package org.citynet.kernel.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.citynet.kernel.rdf.PartialDate.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

    @Test
    void readsTheThreePrecisionsAClientMaySend() {
        assertThat(PartialDate.parseRequest("2015")).isEqualTo(new PartialDate(2015, 0, 0, Precision.YEAR));
        assertThat(PartialDate.parseRequest("2016-05")).isEqualTo(new PartialDate(2016, 5, 0, Precision.MONTH));
        assertThat(PartialDate.parseRequest("2005-10-01")).isEqualTo(new PartialDate(2005, 10, 1, Precision.DAY));
        assertThat(PartialDate.parseRequest("2024-02-29").precision()).isEqualTo(Precision.DAY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "15", "20150", "2015-1", "2015-13", "2015-00", "2015-13-01", "2023-02-30",
            "2015-01-01T00:00", "2015Z", "-2015", "1.1.2015", "2015/01/01"})
    void refusesAnythingElse(String text) {
        assertThatThrownBy(() -> PartialDate.parseRequest(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(" ");
    }

    @Test
    void namesTheProblemOfAnImpossibleDay() {
        assertThatThrownBy(() -> PartialDate.parseRequest("2023-02-30")).hasMessage("is not a real date");
        assertThatThrownBy(() -> PartialDate.parseRequest("15")).hasMessageContaining("YYYY-MM-DD");
    }

    @Test
    void readsTheLexicalFormsOfTheDataTypes() {
        assertThat(PartialDate.parseLexical("2015")).contains(PartialDate.ofYear(2015));
        assertThat(PartialDate.parseLexical("2015Z")).contains(PartialDate.ofYear(2015));
        assertThat(PartialDate.parseLexical("2016-05+02:00")).contains(new PartialDate(2016, 5, 0, Precision.MONTH));
        assertThat(PartialDate.parseLexical("2005-10-01")).contains(new PartialDate(2005, 10, 1, Precision.DAY));
        assertThat(PartialDate.parseLexical("2005-10-01T12:30:00Z")).contains(new PartialDate(2005, 10, 1, Precision.DAY));
        assertThat(PartialDate.parseLexical("-0044")).contains(PartialDate.ofYear(-44));
        assertThat(PartialDate.parseLexical("last spring")).isEmpty();
        assertThat(PartialDate.parseLexical("2015-02-31")).isEmpty();
    }

    @Test
    void aYearEqualsEveryDayWithinItAtTheCommonPrecision() {
        PartialDate y2015 = PartialDate.ofYear(2015);
        assertThat(compare(y2015, PartialDate.parseRequest("2015-01-01"))).isZero();
        assertThat(compare(y2015, PartialDate.parseRequest("2015-12-31"))).isZero();
        assertThat(compare(PartialDate.parseRequest("2015-12-31"), y2015)).isZero();
        assertThat(compare(y2015, PartialDate.parseRequest("2016-01-01"))).isNegative();
        assertThat(compare(PartialDate.parseRequest("2014-12-31"), y2015)).isNegative();
    }

    @Test
    void aMonthIsComparedOnItsYearAndMonthOnly() {
        PartialDate may = PartialDate.parseRequest("2016-05");
        assertThat(compare(may, PartialDate.parseRequest("2016-05-31"))).isZero();
        assertThat(compare(may, PartialDate.parseRequest("2016-06-01"))).isNegative();
        assertThat(compare(may, PartialDate.parseRequest("2016-04-30"))).isPositive();
        assertThat(compare(may, PartialDate.ofYear(2016))).isZero();
        assertThat(compare(may, PartialDate.parseRequest("2016-04"))).isPositive();
    }

    @Test
    void daysAreComparedToTheDay() {
        assertThat(compare(PartialDate.parseRequest("2005-10-01"), PartialDate.parseRequest("2005-10-02"))).isNegative();
        assertThat(compare(PartialDate.parseRequest("2005-10-01"), PartialDate.parseRequest("2005-10-01"))).isZero();
    }

    @Test
    void printsAtItsOwnPrecision() {
        assertThat(PartialDate.parseRequest("2015")).hasToString("2015");
        assertThat(PartialDate.parseRequest("2016-05")).hasToString("2016-05");
        assertThat(PartialDate.parseRequest("2005-10-01")).hasToString("2005-10-01");
        assertThat(PartialDate.ofYear(-44)).hasToString("-0044");
        // Zero-padded to four digits as xsd:gYear is, never cut: the years and the precisions around the edges.
        assertThat(PartialDate.ofYear(7)).hasToString("0007");
        assertThat(PartialDate.ofYear(12345)).hasToString("12345");
        assertThat(new PartialDate(-12345, 3, 0, PartialDate.Precision.MONTH)).hasToString("-12345-03");
        assertThat(new PartialDate(987, 1, 9, PartialDate.Precision.DAY)).hasToString("0987-01-09");
        assertThat(PartialDate.parseLexical("2016-12-31")).map(PartialDate::toString).contains("2016-12-31");
    }

    private static int compare(PartialDate a, PartialDate b) {
        return PartialDate.compareAtCommonPrecision(a, b);
    }
}
