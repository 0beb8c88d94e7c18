package org.citynet.web.api.queries;

import java.nio.file.Path;

import org.citynet.web.system.CitynetProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads the named queries of {@code {citynet.root}/queries} once, at start-up. A file that cannot be
 * served (syntax error, bad decorator, a paginated query without ORDER BY, ...) stops the start with a
 * message naming the file and every problem in it, instead of failing the first client who calls it.
 */
@Configuration(proxyBeanMethods = false)
class NamedQueryConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NamedQueryConfiguration.class);

    @Bean
    NamedQueryCatalog namedQueryCatalog(CitynetProperties properties) {
        Path folder = properties.rootPath().resolve("queries");
        NamedQueryCatalog catalog = NamedQueryCatalog.load(folder);
        log.info("Serving {} named queries from {}", catalog.all().size(), folder);
        return catalog;
    }
}
