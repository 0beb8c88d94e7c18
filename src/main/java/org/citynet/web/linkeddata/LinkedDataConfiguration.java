package org.citynet.web.linkeddata;

import org.citynet.kernel.store.DataVersions;
import org.citynet.kernel.store.QueryRunner;
import org.citynet.web.system.CacheConfiguration;
import org.citynet.web.system.CitynetProperties;
import org.citynet.web.system.RdfMessageConverter;
import org.springframework.cache.CacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the linked-data feature: the IRI mapping, the RDF prefixes and JSON-LD context, the descriptions
 * and the ontology document. Every store read of the feature uses the SPARQL endpoint's timeout. The HTML
 * side ({@link HtmlPages}) comes from the pages package.
 */
@Configuration(proxyBeanMethods = false)
class LinkedDataConfiguration {

    @Bean
    static IriMapping iriMapping(CitynetProperties properties) {
        return new IriMapping(properties.base());
    }

    @Bean
    static Prefixes prefixes(IriMapping iris) {
        return new Prefixes(iris);
    }

    @Bean
    static JsonLdContext jsonLdContext(Prefixes prefixes) {
        return new JsonLdContext(prefixes);
    }

    @Bean
    static Describer describer(QueryRunner runner, CitynetProperties properties, IriMapping iris) {
        return new Describer(runner, properties.sparql().timeout(), iris);
    }

    @Bean
    static OntologyDocs ontologyDocs(IriMapping iris, QueryRunner runner, CitynetProperties properties,
                                     CacheManager caches) {
        return new OntologyDocs(iris, runner, properties.sparql().timeout(),
                caches.getCache(CacheConfiguration.ONTOLOGY));
    }

    @Bean
    static Representations representations(DataVersions versions, Prefixes prefixes, JsonLdContext context,
                                           RdfMessageConverter converter) {
        return new Representations(versions, prefixes, context, converter);
    }
}
