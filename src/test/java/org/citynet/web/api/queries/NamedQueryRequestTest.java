package org.citynet.web.api.queries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citynet.web.system.InvalidParameterException;
import org.junit.jupiter.api.Test;

class NamedQueryRequestTest {

    @Test
    void separatesPagingFromQueryParameters() {
        Map<String, List<String>> query = new LinkedHashMap<>();
        query.put("text", List.of("esbo"));
        query.put("page", List.of("2"));
        query.put("pageSize", List.of("5"));
        NamedQueryRequest request = NamedQueryRequest.of("search-labels", query);
        assertThat(request.parameters()).containsExactly(Map.entry("text", "esbo"));
        assertThat(request.page()).isEqualTo("2");
        assertThat(request.pageSize()).isEqualTo("5");
        assertThat(request.asksForAPage()).isTrue();
        assertThat(NamedQueryRequest.of("x", Map.of("text", List.of("a"))).asksForAPage()).isFalse();
    }

    @Test
    void refusesAParameterGivenTwice() {
        assertThatThrownBy(() -> NamedQueryRequest.of("x", Map.of("text", List.of("a", "b"))))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("'text' is given 2 times");
    }
}
