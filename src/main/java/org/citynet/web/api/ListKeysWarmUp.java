package org.citynet.web.api;

import java.util.Map;

import org.citynet.web.system.WarmUp;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The keys of the three long REST lists (cities, networks, agreements) and their order for a client that names
 * no language, read once the service is ready: at 100,000 cities over Virtuoso the first request of a list
 * otherwise waited 25 to 30 s for its keys (read in pages of the store's answer cap); a later one 0.65 s.
 */
// Warmed in this order: the lists first (asked for most and quick), the catalogue, which takes longest, last.
@Order(1)
@Component
class ListKeysWarmUp implements WarmUp {

    private final ListPages pages;
    private final ApiQueries queries;
    private final Localizers localizers;

    ListKeysWarmUp(ListPages pages, ApiQueries queries, Localizers localizers) {
        this.pages = pages;
        this.queries = queries;
        this.localizers = localizers;
    }

    @Override
    public String name() {
        return "the keys of the lists of cities, networks and agreements";
    }

    @Override
    public void warm() {
        Localizer unnamed = localizers.of(null, null);
        pages.ordered(ApiQuery.CITY_KEYS, Map.of(), unnamed);
        pages.ordered(ApiQuery.NETWORK_KEYS, Map.of(), unnamed);
        pages.ordered(ApiQuery.AGREEMENT_KEYS, queries.agreementClassBlock(), unnamed);
    }
}
