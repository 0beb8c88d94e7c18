package org.citynet.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** How the answer cache of the REST API tells request variants apart. */
class AnswerCacheFilterTest {

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
