package org.citynet.kernel.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.citynet.kernel.rdf.AgreementValidity.Verdict;
import org.junit.jupiter.api.Test;

/** The one in-force rule, with what the sources leave open: superseded without an end, no known start. */
class AgreementValidityTest {

    private static final List<String> SUPERSEDED = List.of(Vocabulary.SUPERSEDED);
    private static final List<String> CALLED_CURRENT = List.of(Vocabulary.BASE + "id/validity-status/called-current");

    private static Verdict on(String date, String validFrom, String signed, String validTo, List<String> statuses) {
        return AgreementValidity.of(validFrom, signed, validTo, statuses).on(PartialDate.parseRequest(date));
    }

    @Test
    void aSupersededAgreementWithoutAnEndIsNeverInForceOnceItHasStarted() {
        // The first Espoo–Shanghai memorandum: signed 1999, superseded, its end not stated.
        assertThat(on("1999", null, "1999", null, SUPERSEDED)).isEqualTo(Verdict.END_UNKNOWN);
        assertThat(on("2015", null, "1999", null, SUPERSEDED)).isEqualTo(Verdict.END_UNKNOWN);
        assertThat(on("1998", null, "1999", null, SUPERSEDED)).isEqualTo(Verdict.NOT_IN_FORCE);
        assertThat(AgreementValidity.of(null, "1999", null, SUPERSEDED).endUnknown()).isTrue();
    }

    @Test
    void aSupersededAgreementWithAStatedEndIsJudgedByItsDates() {
        assertThat(on("2012", "2010", null, "2015", SUPERSEDED)).isEqualTo(Verdict.IN_FORCE);
        assertThat(on("2016", "2010", null, "2015", SUPERSEDED)).isEqualTo(Verdict.NOT_IN_FORCE);
    }

    @Test
    void calledCurrentChangesNothing() {
        assertThat(on("2015", "2010", null, "2015", CALLED_CURRENT)).isEqualTo(Verdict.IN_FORCE);
        assertThat(on("2015", null, null, "2019", CALLED_CURRENT)).isEqualTo(Verdict.START_UNKNOWN);
    }

    @Test
    void withoutAKnownStartOnlyAnEndBeforeTheDateDecides() {
        assertThat(on("2015", null, null, "2019", List.of())).isEqualTo(Verdict.START_UNKNOWN);
        assertThat(on("2020", null, null, "2019", List.of())).isEqualTo(Verdict.NOT_IN_FORCE);
        assertThat(on("2020", null, null, null, null)).isEqualTo(Verdict.START_UNKNOWN);
    }

    @Test
    void datesAreComparedAtTheCoarserPrecision() {
        assertThat(on("2015-06-30", "2010", null, "2015", List.of())).isEqualTo(Verdict.IN_FORCE);
        assertThat(on("2005-09-30", "2005-10-01", null, null, List.of())).isEqualTo(Verdict.NOT_IN_FORCE);
        assertThat(on("2005", "2005-10-01", null, null, List.of())).isEqualTo(Verdict.IN_FORCE);
        assertThat(on("2009", "2010", "2009", null, List.of())).isEqualTo(Verdict.NOT_IN_FORCE);
    }
}
