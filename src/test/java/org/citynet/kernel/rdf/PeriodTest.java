package org.citynet.kernel.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one "in force on a date" rule: periods at the data's precision, open ends, the signing date. */
class PeriodTest {

    private static final Period Y2010_2015 = new Period(year(2010), year(2015));

    @Test
    void aPeriodEndingInAYearCoversEveryDayOfThatYear() {
        assertThat(Y2010_2015.covers(day("2015-12-31"))).isTrue();
        assertThat(Y2010_2015.covers(day("2010-01-01"))).isTrue();
        assertThat(Y2010_2015.covers(day("2016-01-01"))).isFalse();
        assertThat(Y2010_2015.covers(day("2009-12-31"))).isFalse();
        assertThat(Y2010_2015.covers(year(2015))).isTrue();
        assertThat(Y2010_2015.covers(year(2016))).isFalse();
    }

    @Test
    void aYearAsOfMatchesAPeriodOfDaysWithinIt() {
        Period summer = new Period(day("2015-06-01"), day("2015-08-31"));
        assertThat(summer.covers(year(2015))).isTrue();
        assertThat(summer.covers(year(2014))).isFalse();
        assertThat(summer.covers(PartialDate.parseRequest("2015-09"))).isFalse();
        assertThat(summer.covers(PartialDate.parseRequest("2015-08"))).isTrue();
        assertThat(summer.covers(day("2015-05-31"))).isFalse();
    }

    @Test
    void aMissingEndIsOpen() {
        Period since2016 = new Period(PartialDate.parseRequest("2016-05"), null);
        assertThat(since2016.known()).isTrue();
        assertThat(since2016.covers(day("2099-01-01"))).isTrue();
        assertThat(since2016.covers(day("2016-05-01"))).isTrue();
        assertThat(since2016.covers(day("2016-04-30"))).isFalse();
    }

    @Test
    void aMissingStartIsOpen() {
        Period until2019 = new Period(null, year(2019));
        assertThat(until2019.covers(day("1900-01-01"))).isTrue();
        assertThat(until2019.covers(day("2019-12-31"))).isTrue();
        assertThat(until2019.covers(year(2020))).isFalse();
    }

    @Test
    void anAgreementStartsAtItsValidityStartElseAtItsSigning() {
        assertThat(Period.ofAgreement(year(2010), year(2009), year(2015))).isEqualTo(Y2010_2015);
        assertThat(Period.ofAgreement(null, year(1998), null)).isEqualTo(new Period(year(1998), null));
        assertThat(Period.ofAgreement(null, null, year(2019))).isEqualTo(new Period(null, year(2019)));
        assertThat(Period.ofAgreement(null, null, null)).isEqualTo(Period.UNKNOWN);
    }

    private static PartialDate year(int year) {
        return PartialDate.ofYear(year);
    }

    private static PartialDate day(String text) {
        return PartialDate.parseRequest(text);
    }
}
