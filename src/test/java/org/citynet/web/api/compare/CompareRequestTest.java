package org.citynet.web.api.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.citynet.web.system.InvalidParameterException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;

class CompareRequestTest {

    @Test
    void readsCityIdsInOrderAndTheFilter() {
        CompareRequest request = CompareRequest.parse(" espoo, helsinki ,vantaa", "2015-06", "exclude");
        assertThat(request.cities()).containsExactly("espoo", "helsinki", "vantaa");
        assertThat(request.filter().asOf()).hasToString("2015-06");
        assertThat(request.filter().undated()).isEqualTo(UndatedPolicy.EXCLUDE);
    }

    @Test
    void withoutAsOfOrUndatedEverythingCountsAndUndatedIsIncluded() {
        CompareRequest request = CompareRequest.parse("espoo,helsinki", null, null);
        assertThat(request.filter().asOf()).isNull();
        assertThat(request.filter().undated()).isEqualTo(UndatedPolicy.INCLUDE);
    }

    @Test
    void acceptsTenCities() {
        assertThat(CompareRequest.parse("a,b,c,d,e,f,g,h,i,j", null, null).cities()).hasSize(CompareRequest.MAX_CITIES);
    }

    @ParameterizedTest
    @NullSource
    @org.junit.jupiter.params.provider.ValueSource(strings = {"", "  "})
    void refusesMissingCities(String cities) {
        assertRefused(cities, null, null, "cities", "required");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "espoo|only 'espoo'",
            "espoo,espoo|'espoo' more than once",
            "espoo,,helsinki|empty entry",
            "espoo,|empty entry",
            "Espoo,helsinki|'Espoo', which is not a city id",
            "espoo,hel sinki|'hel sinki'",
            "espoo,-helsinki|'-helsinki'",
            "espoo,<http://x>|'<http://x>'",
            "a,b,c,d,e,f,g,h,i,j,k|at most 10"})
    void refusesBadCityLists(String cities, String message) {
        assertRefused(cities, null, null, "cities", message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"15", "2015-13", "2023-02-30", "2015-01-01T00:00", "yesterday", "''"})
    void refusesBadDates(String asOf) {
        assertRefused("espoo,helsinki", asOf, null, "asOf", "'");
    }

    @Test
    void refusesAnUnknownUndatedPolicy() {
        assertRefused("espoo,helsinki", "2015", "sometimes", "undated", "include or exclude");
    }

    @Test
    void doesNotEchoLongInputAtLength() {
        String longId = "x".repeat(500);
        assertThatThrownBy(() -> CompareRequest.parse("espoo,-" + longId, null, null))
                .hasMessageContaining("…").satisfies(e -> assertThat(e.getMessage().length()).isLessThan(200));
    }

    private static void assertRefused(String cities, String asOf, String undated, String parameter, String message) {
        assertThatThrownBy(() -> CompareRequest.parse(cities, asOf, undated))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo(parameter))
                .hasMessageContaining("'" + parameter + "'").hasMessageContaining(message);
    }
}
