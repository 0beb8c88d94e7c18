package org.citynet.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** How the answer cache reads {@code If-None-Match} and tells request variants apart. */
class AnswerCacheFilterTest {

    private static final String TAG = "\"abc-1-api-x\"";

    @Test
    void ifNoneMatchTakesListsWeakTagsAndStar() {
        assertThat(AnswerCacheFilter.matches(null, TAG)).isFalse();
        assertThat(AnswerCacheFilter.matches(TAG, TAG)).isTrue();
        assertThat(AnswerCacheFilter.matches("\"other\", W/" + TAG, TAG)).isTrue();
        assertThat(AnswerCacheFilter.matches("*", TAG)).isTrue();
        assertThat(AnswerCacheFilter.matches("\"abc-0-api-x\"", TAG)).isFalse();
    }

    @Test
    void theVariantChangesWithParametersFormatLanguageAndOrigin() {
        String plain = AnswerCacheFilter.variant(request("cities=espoo,helsinki", null, null, null));
        assertThat(AnswerCacheFilter.variant(request("cities=espoo,helsinki", null, null, null))).isEqualTo(plain);
        assertThat(AnswerCacheFilter.variant(request("cities=espoo,vantaa", null, null, null))).isNotEqualTo(plain);
        assertThat(AnswerCacheFilter.variant(request("cities=espoo,helsinki", "text/csv", null, null)))
                .isNotEqualTo(plain);
        assertThat(AnswerCacheFilter.variant(request("cities=espoo,helsinki", null, "fi", null))).isNotEqualTo(plain);
        assertThat(AnswerCacheFilter.variant(request("cities=espoo,helsinki", null, null, "https://example.org")))
                .isNotEqualTo(plain);
    }

    private static MockHttpServletRequest request(String query, String accept, String language, String origin) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/compare");
        request.setQueryString(query);
        if (accept != null) {
            request.addHeader("Accept", accept);
        }
        if (language != null) {
            request.addHeader("Accept-Language", language);
        }
        if (origin != null) {
            request.addHeader("Origin", origin);
        }
        return request;
    }
}
