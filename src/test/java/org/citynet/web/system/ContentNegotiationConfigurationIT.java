package org.citynet.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.citynet.support.ServiceTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.accept.ContentNegotiationManager;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/** The negotiation and the two converters as Spring MVC ends up with them in the running service. */
class ContentNegotiationConfigurationIT extends ServiceTestBase {

    @Autowired
    RequestMappingHandlerAdapter adapter;
    @Autowired
    ContentNegotiationManager negotiation;

    @Test
    void theRdfAndResultsConvertersAreRegisteredOnceAheadOfSpringsOwn() {
        List<HttpMessageConverter<?>> converters = adapter.getMessageConverters();
        assertThat(converters).filteredOn(RdfMessageConverter.class::isInstance).hasSize(1);
        assertThat(converters).filteredOn(SparqlResultsMessageConverter.class::isInstance).hasSize(1);
        int ours = Math.max(indexOf(converters, RdfMessageConverter.class),
                indexOf(converters, SparqlResultsMessageConverter.class));
        assertThat(converters.subList(0, ours)).noneMatch(c -> c.getClass().getName().contains("Jackson"));
    }

    @Test
    void formatParametersAreReadBeforeAccept() {
        assertThat(negotiation.getStrategies()).hasSize(2);
        assertThat(negotiation.getStrategies().get(0)).isInstanceOf(FormatParameter.class);
        assertThat(negotiation.getStrategies().get(1)).isInstanceOf(HeaderContentNegotiationStrategy.class);
    }

    private static int indexOf(List<HttpMessageConverter<?>> converters, Class<?> type) {
        for (int i = 0; i < converters.size(); i++) {
            if (type.isInstance(converters.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
