package org.citynet.web.api.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.citynet.kernel.rdf.PartialDate;
import org.citynet.kernel.rdf.Period;
import org.junit.jupiter.api.Test;

/** The asOf filter: periods that cover the date (see {@code PeriodTest}) and the undated policy. */
class AsOfFilterTest {

    private static final Period Y2010_2015 = new Period(year(2010), year(2015));

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
