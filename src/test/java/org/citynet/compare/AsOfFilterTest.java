package org.citynet.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The asOf rules: periods at the data's precision, open ends, and the undated policy. */
class AsOfFilterTest {

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
    void withoutADateEverythingCounts() {
        assertThat(AsOfFilter.NONE.admits(Period.UNKNOWN)).isTrue();
        assertThat(AsOfFilter.NONE.admits(Y2010_2015)).isTrue();
        assertThat(new AsOfFilter(null, UndatedPolicy.EXCLUDE).admits(Period.UNKNOWN)).isTrue();
        assertThat(AsOfFilter.NONE.description()).contains("No asOf");
    }

    @Test
    void undatedItemsFollowThePolicy() {
        AsOfFilter include = new AsOfFilter(year(2016), UndatedPolicy.INCLUDE);
        AsOfFilter exclude = new AsOfFilter(year(2016), UndatedPolicy.EXCLUDE);
        assertThat(include.admits(Period.UNKNOWN)).isTrue();
        assertThat(exclude.admits(Period.UNKNOWN)).isFalse();
        assertThat(include.admits(Y2010_2015)).isFalse();
        assertThat(exclude.admits(new Period(year(2016), null))).isTrue();
        assertThat(include.description()).contains("2016", "undated=include", "periodKnown=false");
        assertThat(exclude.description()).contains("undated=exclude");
    }

    @Test
    void undatedPolicyReadsOnlyItsTwoValues() {
        assertThat(UndatedPolicy.parse("include")).isEqualTo(UndatedPolicy.INCLUDE);
        assertThat(UndatedPolicy.parse("exclude")).isEqualTo(UndatedPolicy.EXCLUDE);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> UndatedPolicy.parse("INCLUDE"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static PartialDate year(int year) {
        return PartialDate.ofYear(year);
    }

    private static PartialDate day(String text) {
        return PartialDate.parseRequest(text);
    }
}
