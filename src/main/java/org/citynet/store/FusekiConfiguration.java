package org.citynet.store;

import org.citynet.system.CitynetProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The embedded Fuseki, for local stores, unless {@code citynet.fuseki.enabled=false}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "citynet.fuseki.enabled", havingValue = "true", matchIfMissing = true)
class FusekiConfiguration {

    @Bean
    EmbeddedFuseki embeddedFuseki(KnowledgeStore store, CitynetProperties properties) {
        return store.localDataset()
                .map(dataset -> new EmbeddedFuseki(dataset, properties.fuseki()))
                .orElse(null);
    }
}
