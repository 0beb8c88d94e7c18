package org.citynet.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.citynet.web.system.InvalidParameterException;
import org.junit.jupiter.api.Test;

/** Page arithmetic, page requests and the Link header, without Spring. */
class PageLinksTest {

    private static final String BASE = "https://example.org/api/queries/search-labels";

    @Test
    void firstPageLinksToNextAndLastOnly() {
        Map<String, String> links = PageLinks.of(BASE + "?text=a&pageSize=5", new Page(1, 5, 12));
        assertThat(links).containsExactly(
                Map.entry("first", BASE + "?text=a&pageSize=5&page=1"),
                Map.entry("next", BASE + "?text=a&pageSize=5&page=2"),
                Map.entry("last", BASE + "?text=a&pageSize=5&page=3"));
    }

    @Test
    void middlePageLinksBothWaysAndReplacesItsOwnPage() {
        Map<String, String> links = PageLinks.of(BASE + "?page=2&text=a", new Page(2, 5, 12));
        assertThat(links).containsOnlyKeys("first", "prev", "next", "last");
        assertThat(links.get("prev")).isEqualTo(BASE + "?text=a&page=1");
        assertThat(links.get("next")).isEqualTo(BASE + "?text=a&page=3");
        assertThat(links.get("next")).doesNotContain("page=2");
    }

    @Test
    void lastPageHasNoNext() {
        assertThat(PageLinks.of(BASE + "?page=3", new Page(3, 5, 12))).containsOnlyKeys("first", "prev", "last");
        assertThat(PageLinks.of(BASE, new Page(1, 5, 0))).containsOnlyKeys("first", "last");
    }

    @Test
    void encodedValuesComeBackExactlyAsSent() {
        String sent = BASE + "?text=%22)%20%7D%20%3B%20DROP%20ALL&lang=fi";
        String next = PageLinks.of(sent, new Page(1, 1, 2)).get("next");
        assertThat(next).isEqualTo(sent + "&page=2");
    }

    @Test
    void headerIsRfc8288() {
        assertThat(PageLinks.header(BASE + "?page=2", new Page(2, 10, 30))).isEqualTo(
                "<" + BASE + "?page=1>; rel=\"first\", <" + BASE + "?page=1>; rel=\"prev\", <"
                        + BASE + "?page=3>; rel=\"next\", <" + BASE + "?page=3>; rel=\"last\"");
    }

    @Test
    void pagesCountCeilAndAnEmptyAnswerHasOnePage() {
        assertThat(new Page(1, 5, 10).pages()).isEqualTo(2);
        assertThat(new Page(1, 5, 11).pages()).isEqualTo(3);
        assertThat(new Page(1, 5, 0).pages()).isEqualTo(1);
        assertThat(new Page(3, 5, 10).exists()).isFalse();
        assertThat(new Page(3, 5, 10).missing()).contains("2 pages").contains("10 rows");
        assertThat(new PageRequest(2, 5).offset()).isEqualTo(5);
    }

    @Test
    void pageRequestsAreValidatedNamingTheParameter() {
        assertThat(PageRequest.of(null, null, 50, 1000)).isEqualTo(new PageRequest(1, 50));
        assertThat(PageRequest.of(null, null, 5000, 1000).size()).isEqualTo(1000);
        assertThat(PageRequest.of("3", "7", 50, 1000)).isEqualTo(new PageRequest(3, 7));
        assertThatThrownBy(() -> PageRequest.of("0", null, 50, 1000))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("'page'");
        assertThatThrownBy(() -> PageRequest.of("two", null, 50, 1000))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("'page'");
        assertThatThrownBy(() -> PageRequest.of(null, "1001", 50, 1000))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("'pageSize'")
                .hasMessageContaining("at most 1000");
        assertThatThrownBy(() -> PageRequest.of(null, "-1", 50, 1000))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("'pageSize'");
    }
}
