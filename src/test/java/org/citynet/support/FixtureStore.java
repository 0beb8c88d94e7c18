package org.citynet.support;

import java.nio.file.Path;
import java.util.List;

import org.citynet.kernel.load.KnowledgeGraphFiles;
import org.citynet.kernel.load.KnowledgeGraphLoader;
import org.citynet.kernel.store.DataVersions;
import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.kernel.store.QueryRunner;
import org.citynet.kernel.store.StoreFactory;
import org.citynet.kernel.store.StoreInitializer;
import org.citynet.web.api.ApiQueries;
import org.citynet.web.api.Iris;
import org.citynet.web.api.ListPages;
import org.citynet.web.api.Localizers;
import org.citynet.web.api.SourceCatalog;
import org.citynet.web.api.agreement.AgreementReader;
import org.citynet.web.system.CacheConfiguration;
import org.citynet.web.system.BackgroundSettings;
import org.citynet.web.system.CitynetProperties;
import org.citynet.web.system.security.SecurityConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportSelector;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.type.AnnotationMetadata;

/**
 * The store and the beans around it for a web slice ({@code @WebMvcTest}, the {@code *WebTest} classes; see
 * docs/testing.md): a TDB2 store in memory loaded, through the service's own loader and so validated against
 * the shapes, with the real ontology ({@code ontology/}) and the small fixture graph
 * {@code src/test/resources/fixture/citynet-fixture.trig} instead of {@code data/}. The query runner and the
 * data versions are made as {@code web.system.StoreConfiguration} makes them.
 *
 * <p>It also brings what every slice needs because Spring Boot's slice takes it anyway: the linked-data
 * wiring (the pages' {@code WebMvcConfigurer}, which every slice includes, asks for its IRI mapping and prefixes)
 * the service's own security (reads public, writes refused) and its caches (Spring Cache, which the
 * source catalogue and the pages read through), so that a slice answers as the service would
 * rather than behind Spring Boot's default login. What one feature needs beyond that (its service, its
 * readers) the test imports itself; the REST API's shared readers are {@link ApiBeans}.
 *
 * <p>Not here, on purpose: the servlet filters registered by configuration classes (rate limit, request limits,
 * answer cache), the embedded Fuseki, OpenAPI. They are the integration tests' ({@code *IT}).
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties({CitynetProperties.class, BackgroundSettings.class})
@Import({SecurityConfiguration.class, CacheConfiguration.class, FixtureStore.LinkedDataWiring.class})
public class FixtureStore {

    /** The fixture graph, on the test class path. */
    public static final String FIXTURE = "fixture/citynet-fixture.trig";

    /** The real ontology and shapes under {@code root}, and the fixture as the only data file. */
    public static KnowledgeGraphFiles files(Path root) {
        KnowledgeGraphFiles real = KnowledgeGraphFiles.fromRoot(root);
        return KnowledgeGraphFiles.of(root, real.ontology(), real.shapes(), List.of(fixturePath()));
    }

    /** A new in-memory store loaded with {@link #files}; the caller closes it. */
    public static KnowledgeStore open(Path root) {
        KnowledgeStore store = StoreFactory.open("mem", root, StoreFactory.RemoteOptions.NONE);
        try {
            new StoreInitializer(new KnowledgeGraphLoader()).ensureLoaded(store, files(root), false);
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static Path fixturePath() {
        try {
            return new ClassPathResource(FIXTURE).getFile().toPath();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("The fixture " + FIXTURE + " is not a file on the test class path", e);
        }
    }

    @Bean(destroyMethod = "close")
    KnowledgeStore knowledgeStore(CitynetProperties properties) {
        return open(properties.rootPath());
    }

    @Bean
    QueryRunner queryRunner(KnowledgeStore store, CitynetProperties properties) {
        return new QueryRunner(store, properties.sparql().maxConcurrentQueries());
    }

    @Bean
    DataVersions dataVersions(KnowledgeStore store, QueryRunner runner, CitynetProperties properties) {
        return new DataVersions(store, runner, properties.sparql().timeout());
    }

    /** The REST API's shared readers (IRIs, labels by language, sources, agreements, list pages), for the api slices. */
    @TestConfiguration(proxyBeanMethods = false)
    @Import({ApiQueries.class, Iris.class, Localizers.class, SourceCatalog.class, AgreementReader.class,
            ListPages.class})
    public static class ApiBeans {
    }

    /** By name: the linked-data configuration is package-private to its feature, as it should be. */
    static final class LinkedDataWiring implements ImportSelector {
        @Override
        public String[] selectImports(AnnotationMetadata metadata) {
            return new String[] {"org.citynet.web.linkeddata.LinkedDataConfiguration"};
        }
    }
}
