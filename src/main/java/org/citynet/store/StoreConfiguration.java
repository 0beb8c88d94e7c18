package org.citynet.store;

import org.citynet.system.CitynetProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Opens the store once, brings it up to date with the files before any other bean can use it, and closes
 * it when the application stops. {@code --reload} on the command line (or {@code citynet.store.reload})
 * loads the files again even if the store already holds them.
 */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    @Bean(destroyMethod = "close")
    KnowledgeStore knowledgeStore(CitynetProperties properties, ApplicationArguments arguments) {
        CitynetProperties.Store config = properties.store();
        KnowledgeStore store = StoreFactory.open(config.location(), properties.rootPath(),
                new StoreFactory.RemoteOptions(config.queryEndpoint(), config.updateEndpoint(),
                        config.gspEndpoint(), config.username(), config.password()));
        try {
            boolean reload = config.reload() || arguments.containsOption("reload");
            new StoreInitializer(new KnowledgeGraphLoader())
                    .ensureLoaded(store, KnowledgeGraphFiles.fromRoot(properties.rootPath()), reload);
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }
}
