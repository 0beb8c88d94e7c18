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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
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

    private static final Logger log = LoggerFactory.getLogger(StoreConfiguration.class);

    @Bean(destroyMethod = "close")
    InitializedStore initializedStore(CitynetProperties properties, ApplicationArguments arguments) {
        CitynetProperties.Store config = properties.store();
        warnIfEndpointCapReachesStoreCap(properties);
        KnowledgeStore store = StoreFactory.open(config.location(), properties.rootPath(),
                new StoreFactory.RemoteOptions(config.queryEndpoint(), config.updateEndpoint(),
                        config.gspEndpoint(), config.username(), config.password(),
                        config.remote() ? config.protocol() : null));
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

    /**
     * The endpoint finds an answer too long by asking for one row more than its cap; a store that cuts answers
     * at that many rows makes such an answer a 503 (an answer that may have been cut) instead of the
     * endpoint's 400 asking for a LIMIT.
     */
    private static void warnIfEndpointCapReachesStoreCap(CitynetProperties properties) {
        long storeCap = properties.store().remote() ? properties.store().protocol().maxRows() : 0;
        if (storeCap > 0 && properties.sparql().maxRows() >= storeCap) {
            log.warn("citynet.sparql.max-rows ({}) is not below the store's cap citynet.store.max-rows ({}): answers"
                    + " longer than {} rows will be refused as possibly cut (503) rather than as too long (400)."
                    + " Set citynet.sparql.max-rows to {} or less.", properties.sparql().maxRows(), storeCap,
                    storeCap - 1, storeCap - 1);
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

    /** The data version read once at the start of each request (see {@link DataVersionFilter}). */
    @Bean
    FilterRegistrationBean<DataVersionFilter> dataVersionFilter(DataVersions versions, BackgroundWarmUps warmUps) {
        FilterRegistrationBean<DataVersionFilter> registration = new FilterRegistrationBean<>(
                new DataVersionFilter(versions, warmUps));
        registration.setOrder(FilterOrder.DATA_VERSION);
        return registration;
    }

    /** The opened, up-to-date store and the report of how it got so; closing it closes the store. */
    record InitializedStore(KnowledgeStore store, StoreStartup startup) implements AutoCloseable {

        @Override
        public void close() {
            store.close();
        }
    }
}
