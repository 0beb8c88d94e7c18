package org.citynet.web.api.queries;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * What the named queries keep for the data version, for {@code /actuator/metrics}: an operator who sees the heap
 * fill can tell whether kept answers are the cause ({@code citynet.named-queries.kept}, estimated bytes, under
 * {@code citynet.named-queries.kept-heap-percent}).
 */
@Component
class KeptAnswersMetrics implements MeterBinder {

    private final NamedQueryService service;

    KeptAnswersMetrics(NamedQueryService service) {
        this.service = service;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("citynet.named-queries.kept", service, NamedQueryService::keptBytes).baseUnit("bytes")
                .description("Estimated heap held by the whole answers, page keys and unfiltered rows kept")
                .register(registry);
        Gauge.builder("citynet.named-queries.kept.values", service, NamedQueryService::keptCount)
                .description("Whole answers, page keys and unfiltered rows kept for the data version")
                .register(registry);
    }
}
