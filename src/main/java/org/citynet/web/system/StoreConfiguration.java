package org.citynet.web.system;

import java.util.List;

import org.citynet.kernel.load.KnowledgeGraphFiles;
import org.citynet.kernel.load.KnowledgeGraphLoader;
import org.citynet.kernel.store.DataVersions;
import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.kernel.store.QueryRunner;
import org.citynet.kernel.store.StoreFactory;
import org.citynet.kernel.store.StoreInitializer;
import org.citynet.kernel.store.StoreStartup;
import org.citynet.kernel.store.StoreTimeListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Opens the store once, brings it up to date with the files before any other bean can use it, and closes
 * it when the application stops. {@code --reload} on the command line (or {@code citynet.store.reload})
 * loads the files again even if the store already holds them.
 *
 * <p>Opening and loading happen in one bean, {@link InitializedStore}, which owns closing the store; the
 * {@link KnowledgeStore} and the {@link StoreStartup} report are both taken from it, so every bean that
 * asks for the store gets it loaded.
 */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    @Bean(destroyMethod = "close")
    InitializedStore initializedStore(CitynetProperties properties, ApplicationArguments arguments) {
        CitynetProperties.Store config = properties.store();
        KnowledgeStore store = StoreFactory.open(config.location(), properties.rootPath(),
                new StoreFactory.RemoteOptions(config.queryEndpoint(), config.updateEndpoint(),
                        config.gspEndpoint(), config.username(), config.password()));
        try {
            boolean reload = config.reload() || arguments.containsOption("reload");
            StoreStartup startup = new StoreInitializer(new KnowledgeGraphLoader())
                    .ensureLoaded(store, KnowledgeGraphFiles.fromRoot(properties.rootPath()), reload);
            return new InitializedStore(store, startup);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    // Closed through InitializedStore, not here: an empty destroyMethod stops Spring inferring close().
    @Bean(destroyMethod = "")
    KnowledgeStore knowledgeStore(InitializedStore initialized) {
        return initialized.store();
    }

    @Bean
    StoreStartup storeStartup(InitializedStore initialized) {
        return initialized.startup();
    }

    /** Every query's store time goes to the listeners other features declare (the rate limit charges it). */
    @Bean
    QueryRunner queryRunner(KnowledgeStore store, CitynetProperties properties,
                            ObjectProvider<StoreTimeListener> listeners) {
        List<StoreTimeListener> all = listeners.orderedStream().toList();
        StoreTimeListener listener = all.size() == 1 ? all.get(0)
                : storeTime -> all.forEach(each -> each.queried(storeTime));
        return new QueryRunner(store, properties.sparql().maxConcurrentQueries(), listener);
    }

    @Bean
    DataVersions dataVersions(KnowledgeStore store, QueryRunner runner, CitynetProperties properties) {
        return new DataVersions(store, runner, properties.sparql().timeout());
    }

    /** The opened, up-to-date store and the report of how it got so; closing it closes the store. */
    record InitializedStore(KnowledgeStore store, StoreStartup startup) implements AutoCloseable {

        @Override
        public void close() {
            store.close();
        }
    }
}
